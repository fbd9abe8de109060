import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Plan, UpdatePlanInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdatePlanRequest {
  /** The plan's version when the user started editing. */
  version: number;
  changes: UpdatePlanInput;
}

export function updatePlan(collaborationId: string, planId: string, { version, changes }: UpdatePlanRequest): Promise<Plan> {
  return apiRequest<Plan>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: version,
  });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function stalePlanOf(error: unknown): Plan | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Plan } | undefined)?.current ?? null;
}

export function useUpdatePlan(collaborationId: string, planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePlanRequest) => updatePlan(collaborationId, planId, request),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
