import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promisePath } from './get-promise.js';

export function removePromise(collaborationId: string, promiseId: string): Promise<void> {
  return apiRequest<void>(promisePath(collaborationId, promiseId), { method: 'DELETE' });
}

export function useRemovePromise(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (promiseId: string) => removePromise(collaborationId, promiseId),
    onSuccess: async (_done, promiseId) => {
      queryClient.removeQueries({ queryKey: queryKeys.promise(collaborationId, promiseId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId), exact: true });
    },
  });
}
