import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { PromiseItem, UpdatePromiseItemInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function promiseItemPath(collaborationId: string, itemId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/promise-items/${encodeURIComponent(itemId)}`;
}

export interface UpdatePromiseItemRequest {
  itemId: string;
  /** The promise's version when the user started editing. */
  version: number;
  changes: UpdatePromiseItemInput;
}

export function updatePromiseItem(collaborationId: string, { itemId, version, changes }: UpdatePromiseItemRequest): Promise<PromiseItem> {
  return apiRequest<PromiseItem>(promiseItemPath(collaborationId, itemId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version of the promise from a 412 answer (text or linked activities), if that is what the error is. */
export function stalePromiseItemOf(error: unknown): PromiseItem | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: PromiseItem } | undefined)?.current ?? null;
}

export function useUpdatePromiseItem(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePromiseItemRequest) => updatePromiseItem(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId) }),
  });
}
