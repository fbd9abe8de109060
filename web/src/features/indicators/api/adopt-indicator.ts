import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Indicator } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

export interface AdoptIndicatorRequest {
  indicatorId: string;
  /** The indicator's version the user looked at: the baseline frozen is the one they saw, or the server answers 412. */
  version: number;
}

/** Fastställ: the server sets today's date (Swedish time) and freezes the baseline. */
export function adoptIndicator(collaborationId: string, { indicatorId, version }: AdoptIndicatorRequest): Promise<Indicator> {
  return apiRequest<Indicator>(`${indicatorPath(collaborationId, indicatorId)}/adopt`, { method: 'POST', body: {}, ifMatch: version });
}

export function useAdoptIndicator(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AdoptIndicatorRequest) => adoptIndicator(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
