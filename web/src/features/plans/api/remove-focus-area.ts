import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** The activities stay, without a focus area. */
export function removeFocusArea(collaborationId: string, focusAreaId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/focus-areas/${encodeURIComponent(focusAreaId)}`, {
    method: 'DELETE',
  });
}

export function useRemoveFocusArea(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (focusAreaId: string) => removeFocusArea(collaborationId, focusAreaId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.focusAreas(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
