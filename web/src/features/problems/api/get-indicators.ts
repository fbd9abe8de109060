import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import type { Indicator } from './types.js';

export function getIndicators(collaborationId: string): Promise<Indicator[]> {
  return apiRequest<Indicator[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/indicators`);
}

/** The collaboration's indicators, to choose the ones that follow a problem (the indicators page's cache entry). */
export function useIndicators(collaborationId: string, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.indicators(collaborationId), queryFn: () => getIndicators(collaborationId), enabled });
}
