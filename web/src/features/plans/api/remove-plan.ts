import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function removePlan(collaborationId: string, planId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}`, { method: 'DELETE' });
}

export function useRemovePlan(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => removePlan(collaborationId, planId),
    onSuccess: (_done, planId) => {
      queryClient.removeQueries({ queryKey: queryKeys.plan(collaborationId, planId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId), exact: true });
    },
  });
}
