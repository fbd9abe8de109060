import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Indicator, IndicatorValueInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

const valuePath = (collaborationId: string, indicatorId: string, period: string) => `${indicatorPath(collaborationId, indicatorId)}/values/${encodeURIComponent(period)}`;

/** One manual value as the server holds it (a point of the indicator's series). */
export type IndicatorValue = Indicator['series'][number];

export interface SetIndicatorValueRequest extends IndicatorValueInput {
  period: string;
  /** The version of the value being corrected; leave out for a period that had no value when the user looked. */
  version?: number | undefined;
}

/** Enters a new value (no If-Match: "there is none yet") or corrects the one the user saw (If-Match: its version). */
export function setIndicatorValue(collaborationId: string, indicatorId: string, { period, version, ...input }: SetIndicatorValueRequest): Promise<Indicator> {
  return apiRequest<Indicator>(valuePath(collaborationId, indicatorId, period), { method: 'PUT', body: input, ...(version === undefined ? {} : { ifMatch: version }) });
}

/** From a 412 answer: the value someone else saved for the period (`current`), or null when they removed it. */
export function staleValueOf(error: unknown): { current: IndicatorValue | null } | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const details = error.details as { current?: IndicatorValue | null } | undefined;
  return details && 'current' in details ? { current: details.current ?? null } : null;
}

export function removeIndicatorValue(collaborationId: string, indicatorId: string, period: string): Promise<void> {
  return apiRequest<void>(valuePath(collaborationId, indicatorId, period), { method: 'DELETE' });
}

export function useSetIndicatorValue(collaborationId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetIndicatorValueRequest) => setIndicatorValue(collaborationId, indicatorId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}

export function useRemoveIndicatorValue(collaborationId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => removeIndicatorValue(collaborationId, indicatorId, period),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
