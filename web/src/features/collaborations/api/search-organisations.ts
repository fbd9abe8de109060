import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Organisation, OrganisationKind } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface OrganisationSearch {
  q: string;
  kind?: OrganisationKind | undefined;
  limit?: number;
}

export function searchOrganisations({ q, kind, limit = 20 }: OrganisationSearch, signal?: AbortSignal): Promise<Organisation[]> {
  return apiRequest<Organisation[]>('/api/organisations', { query: { q, kind, limit }, signal });
}

/** Searches once the user has typed something; keeps the last results on screen while the next ones load. */
export function useOrganisationSearch(search: OrganisationSearch) {
  return useQuery({
    queryKey: queryKeys.organisations(search),
    queryFn: ({ signal }) => searchOrganisations(search, signal),
    enabled: search.q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
