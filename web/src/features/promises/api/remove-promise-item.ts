import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promiseItemPath } from './update-promise-item.js';

export function removePromiseItem(collaborationId: string, itemId: string): Promise<void> {
  return apiRequest<void>(promiseItemPath(collaborationId, itemId), { method: 'DELETE' });
}

export function useRemovePromiseItem(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => removePromiseItem(collaborationId, itemId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId) }),
  });
}
