import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { PlanWithActivities } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getPlan(collaborationId: string, planId: string): Promise<PlanWithActivities> {
  return apiRequest<PlanWithActivities>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}`);
}

/** The plan with all its activities. */
export function usePlan(collaborationId: string, planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.plan(collaborationId, planId),
    queryFn: () => getPlan(collaborationId, planId),
    enabled: options.enabled ?? true,
  });
}
