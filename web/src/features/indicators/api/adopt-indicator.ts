import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Indicator } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

/** Fastställ: the server sets today's date (Swedish time) and freezes the baseline. */
export function adoptIndicator(collaborationId: string, indicatorId: string): Promise<Indicator> {
  return apiRequest<Indicator>(`${indicatorPath(collaborationId, indicatorId)}/adopt`, { method: 'POST', body: {} });
}

export function useAdoptIndicator(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (indicatorId: string) => adoptIndicator(collaborationId, indicatorId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
