import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { StatisticSeries } from '../../../lib/api-types.js';
import { situationKeys } from './situation-keys.js';

/** Every imported statistics series of the collaboration, by source and name. */
export function getSeries(collaborationId: string): Promise<StatisticSeries[]> {
  return apiRequest<StatisticSeries[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/statistics/series`);
}

export function useSeries(collaborationId: string) {
  return useQuery({ queryKey: situationKeys.series(collaborationId), queryFn: () => getSeries(collaborationId) });
}
