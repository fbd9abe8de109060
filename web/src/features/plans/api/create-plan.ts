import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreatePlanInput, Plan } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function createPlan(collaborationId: string, input: CreatePlanInput): Promise<Plan> {
  return apiRequest<Plan>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans`, { method: 'POST', body: input });
}

export function useCreatePlan(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePlanInput) => createPlan(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId), exact: true }),
  });
}
