import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemPath } from './keys.js';

export function removeProblem(collaborationId: string, problemId: string): Promise<void> {
  return apiRequest<void>(problemPath(collaborationId, problemId), { method: 'DELETE' });
}

export function useRemoveProblem(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (problemId: string) => removeProblem(collaborationId, problemId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}
