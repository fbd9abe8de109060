import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Plan } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getPlans(collaborationId: string): Promise<Plan[]> {
  return apiRequest<Plan[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans`);
}

export function usePlans(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.plans(collaborationId), queryFn: () => getPlans(collaborationId) });
}
