import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { PoliceEvent } from '../../../lib/api-types.js';
import { situationKeys } from './situation-keys.js';

export interface PoliceEventFilter {
  /** YYYY-MM-DD, Swedish days. */
  from?: string;
  to?: string;
  type?: string;
}

/** The latest imported events from Polisen, newest first. */
export function getPoliceEvents(collaborationId: string, filter: PoliceEventFilter): Promise<PoliceEvent[]> {
  return apiRequest<PoliceEvent[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/police-events`, {
    query: { from: filter.from, to: filter.to, type: filter.type, limit: 200 },
  });
}

export function usePoliceEvents(collaborationId: string, filter: PoliceEventFilter) {
  return useQuery({
    queryKey: situationKeys.policeEvents(collaborationId, filter),
    queryFn: () => getPoliceEvents(collaborationId, filter),
    placeholderData: keepPreviousData,
  });
}
