import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateIndicatorInput, Indicator } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { indicatorsPath } from './get-indicators.js';

export function createIndicator(collaborationId: string, input: CreateIndicatorInput): Promise<Indicator> {
  return apiRequest<Indicator>(indicatorsPath(collaborationId), { method: 'POST', body: input });
}

export function useCreateIndicator(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateIndicatorInput) => createIndicator(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.indicators(collaborationId) }),
  });
}
