import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CalendarFeed } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** Administrators get every feed of the collaboration; everyone else their own personal feeds. */
export function getCalendarFeeds(collaborationId: string): Promise<CalendarFeed[]> {
  return apiRequest<CalendarFeed[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/calendar-feeds`);
}

export function useCalendarFeeds(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.calendarFeeds(collaborationId), queryFn: () => getCalendarFeeds(collaborationId) });
}
