import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Activity, CreateActivityInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** Without `frequency` the server reads the target from `whenText`; with it, the user's correction wins. */
export function createActivity(collaborationId: string, planId: string, input: CreateActivityInput): Promise<Activity> {
  return apiRequest<Activity>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}/activities`, {
    method: 'POST',
    body: input,
  });
}

export function useCreateActivity(collaborationId: string, planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateActivityInput) => createActivity(collaborationId, planId, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
