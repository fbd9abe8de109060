import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function removeActivity(collaborationId: string, activityId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}`, {
    method: 'DELETE',
  });
}

export function useRemoveActivity(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) => removeActivity(collaborationId, activityId),
    onSuccess: async (_done, activityId) => {
      queryClient.removeQueries({ queryKey: queryKeys.activity(collaborationId, activityId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
