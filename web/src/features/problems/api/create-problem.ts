import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemsPath } from './keys.js';
import type { CreateProblemInput, Problem } from './types.js';

export function createProblem(collaborationId: string, input: CreateProblemInput): Promise<Problem> {
  return apiRequest<Problem>(problemsPath(collaborationId), { method: 'POST', body: input });
}

export function useCreateProblem(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProblemInput) => createProblem(collaborationId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}
