import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreatePromiseItemInput, PromiseItem } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promisePath } from './get-promise.js';

export function createPromiseItem(collaborationId: string, promiseId: string, input: CreatePromiseItemInput): Promise<PromiseItem> {
  return apiRequest<PromiseItem>(`${promisePath(collaborationId, promiseId)}/items`, { method: 'POST', body: input });
}

export function useCreatePromiseItem(collaborationId: string, promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePromiseItemInput) => createPromiseItem(collaborationId, promiseId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId) }),
  });
}
