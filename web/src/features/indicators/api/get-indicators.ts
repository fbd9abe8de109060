import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Indicator } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function indicatorsPath(collaborationId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/indicators`;
}

export function indicatorPath(collaborationId: string, indicatorId: string): string {
  return `${indicatorsPath(collaborationId)}/${encodeURIComponent(indicatorId)}`;
}

export function getIndicators(collaborationId: string): Promise<Indicator[]> {
  return apiRequest<Indicator[]>(indicatorsPath(collaborationId));
}

/** The collaboration's indicators, each with its series (derived by the server from its source) and status. */
export function useIndicators(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.indicators(collaborationId), queryFn: () => getIndicators(collaborationId) });
}
