import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Timeline } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** `asOf` empty means today (the server's Swedish date). */
export function getTimeline(collaborationId: string, activityId: string, asOf: string): Promise<Timeline> {
  return apiRequest<Timeline>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}/timeline`, {
    query: { asOf },
  });
}

export function useTimeline(collaborationId: string, activityId: string, asOf: string) {
  return useQuery({
    queryKey: queryKeys.timeline(collaborationId, activityId, asOf),
    queryFn: () => getTimeline(collaborationId, activityId, asOf),
    placeholderData: keepPreviousData,
  });
}
