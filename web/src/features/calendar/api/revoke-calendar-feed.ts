import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function revokeCalendarFeed(collaborationId: string, feedId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/calendar-feeds/${encodeURIComponent(feedId)}`, {
    method: 'DELETE',
  });
}

export function useRevokeCalendarFeed(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => revokeCalendarFeed(collaborationId, feedId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.calendarFeeds(collaborationId) }),
  });
}
