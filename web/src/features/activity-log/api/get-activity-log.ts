import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { LogEntry } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

const pageSize = 50;

export function getActivityLog(collaborationId: string, activityId: string, offset: number, signal?: AbortSignal): Promise<LogEntry[]> {
  return apiRequest<LogEntry[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}/log`, {
    query: { limit: pageSize, offset },
    signal,
  });
}

/** Newest first, 50 at a time; entries restricted to another organisation never arrive. */
export function useActivityLog(collaborationId: string, activityId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.activityLog(collaborationId, activityId),
    queryFn: ({ pageParam, signal }) => getActivityLog(collaborationId, activityId, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.length === pageSize ? pages.length * pageSize : undefined),
  });
}
