import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

export function removeIndicator(collaborationId: string, indicatorId: string): Promise<void> {
  return apiRequest<void>(indicatorPath(collaborationId, indicatorId), { method: 'DELETE' });
}

export function useRemoveIndicator(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (indicatorId: string) => removeIndicator(collaborationId, indicatorId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
