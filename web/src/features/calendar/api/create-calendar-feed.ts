import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateCalendarFeedInput, CreatedCalendarFeed } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** The answer holds the subscription address with its secret: shown this once only. */
export function createCalendarFeed(collaborationId: string, input: CreateCalendarFeedInput): Promise<CreatedCalendarFeed> {
  return apiRequest<CreatedCalendarFeed>(`/api/collaborations/${encodeURIComponent(collaborationId)}/calendar-feeds`, {
    method: 'POST',
    body: input,
  });
}

export function useCreateCalendarFeed(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCalendarFeedInput) => createCalendarFeed(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.calendarFeeds(collaborationId) }),
  });
}
