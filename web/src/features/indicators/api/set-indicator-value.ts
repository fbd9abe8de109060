import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Indicator, IndicatorValueInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

const valuePath = (collaborationId: string, indicatorId: string, period: string) => `${indicatorPath(collaborationId, indicatorId)}/values/${encodeURIComponent(period)}`;

/** Enters or corrects the value of one period (manual indicators only). */
export function setIndicatorValue(collaborationId: string, indicatorId: string, period: string, input: IndicatorValueInput): Promise<Indicator> {
  return apiRequest<Indicator>(valuePath(collaborationId, indicatorId, period), { method: 'PUT', body: input });
}

export function removeIndicatorValue(collaborationId: string, indicatorId: string, period: string): Promise<void> {
  return apiRequest<void>(valuePath(collaborationId, indicatorId, period), { method: 'DELETE' });
}

export function useSetIndicatorValue(collaborationId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, ...input }: IndicatorValueInput & { period: string }) => setIndicatorValue(collaborationId, indicatorId, period, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}

export function useRemoveIndicatorValue(collaborationId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => removeIndicatorValue(collaborationId, indicatorId, period),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
