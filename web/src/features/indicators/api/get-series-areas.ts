import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { StatisticSource, StatisticValue } from '../../../lib/api-types.js';

export interface SeriesArea {
  areaCode: string;
  area: string;
}

/** The areas an imported statistics series has values for (to choose which one an indicator follows). */
export async function getSeriesAreas(collaborationId: string, source: StatisticSource, series: string): Promise<SeriesArea[]> {
  const values = await apiRequest<StatisticValue[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/statistics`, { query: { source, series } });
  const areas = new Map<string, SeriesArea>();
  for (const v of values) areas.set(`${v.areaCode}|${v.area}`, { areaCode: v.areaCode, area: v.area });
  return [...areas.values()].sort((a, b) => a.area.localeCompare(b.area, 'sv'));
}

export function useSeriesAreas(collaborationId: string, chosen: { source: StatisticSource; series: string } | null) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'indicators', 'series-areas', chosen?.source ?? '', chosen?.series ?? ''],
    queryFn: () => getSeriesAreas(collaborationId, chosen!.source, chosen!.series),
    enabled: chosen !== null && chosen.series !== '',
  });
}
