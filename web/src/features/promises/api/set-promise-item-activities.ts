import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { PromiseItem } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promiseItemPath } from './update-promise-item.js';

export interface SetPromiseItemActivitiesRequest {
  itemId: string;
  /** The promise's version when the user started choosing. */
  version: number;
  /** The whole set of delivering activities; an empty list unlinks them all. */
  activityIds: string[];
}

export function setPromiseItemActivities(collaborationId: string, { itemId, version, activityIds }: SetPromiseItemActivitiesRequest): Promise<PromiseItem> {
  return apiRequest<PromiseItem>(`${promiseItemPath(collaborationId, itemId)}/activities`, { method: 'PUT', body: { activityIds }, ifMatch: version });
}

export function useSetPromiseItemActivities(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetPromiseItemActivitiesRequest) => setPromiseItemActivities(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId) }),
  });
}
