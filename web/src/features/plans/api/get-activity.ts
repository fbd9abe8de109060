import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Activity } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getActivity(collaborationId: string, activityId: string): Promise<Activity> {
  return apiRequest<Activity>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}`);
}

export function useActivity(collaborationId: string, activityId: string) {
  return useQuery({ queryKey: queryKeys.activity(collaborationId, activityId), queryFn: () => getActivity(collaborationId, activityId) });
}
