import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { problemKeys } from './keys.js';
import type { Indicator } from './types.js';

export function getIndicators(collaborationId: string): Promise<Indicator[]> {
  return apiRequest<Indicator[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/indicators`);
}

/** The collaboration's indicators, to choose the ones that follow a problem. */
export function useIndicators(collaborationId: string, enabled: boolean) {
  return useQuery({ queryKey: problemKeys.indicators(collaborationId), queryFn: () => getIndicators(collaborationId), enabled });
}
