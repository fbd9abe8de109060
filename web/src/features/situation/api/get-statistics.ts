import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { StatisticSource, StatisticValue } from '../../../lib/api-types.js';
import { situationKeys } from './situation-keys.js';

/** One series' values per area and period, oldest first (Brå counts also per 100 000 inhabitants). */
export function getStatistics(collaborationId: string, source: StatisticSource, series: string): Promise<StatisticValue[]> {
  return apiRequest<StatisticValue[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/statistics`, { query: { source, series } });
}

export function useStatistics(collaborationId: string, chosen: { source: StatisticSource; series: string } | null) {
  return useQuery({
    queryKey: situationKeys.values(collaborationId, chosen?.source ?? '', chosen?.series ?? ''),
    queryFn: () => getStatistics(collaborationId, chosen!.source, chosen!.series),
    enabled: chosen !== null,
  });
}
