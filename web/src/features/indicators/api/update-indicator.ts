import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Indicator, UpdateIndicatorInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorPath } from './get-indicators.js';

export interface UpdateIndicatorRequest {
  /** The indicator's version when the user started editing. */
  version: number;
  changes: UpdateIndicatorInput;
}

export function updateIndicator(collaborationId: string, indicatorId: string, { version, changes }: UpdateIndicatorRequest): Promise<Indicator> {
  return apiRequest<Indicator>(indicatorPath(collaborationId, indicatorId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleIndicatorOf(error: unknown): Indicator | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Indicator } | undefined)?.current ?? null;
}

export function useUpdateIndicator(collaborationId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateIndicatorRequest) => updateIndicator(collaborationId, indicatorId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
