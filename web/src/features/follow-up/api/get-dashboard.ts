import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Dashboard } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** `asOf` empty means today (the server's Swedish date). */
export function getDashboard(collaborationId: string, planId: string, asOf: string): Promise<Dashboard> {
  return apiRequest<Dashboard>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}/dashboard`, {
    query: { asOf },
  });
}

export function useDashboard(collaborationId: string, planId: string, asOf: string) {
  return useQuery({
    queryKey: queryKeys.dashboard(collaborationId, planId, asOf),
    queryFn: () => getDashboard(collaborationId, planId, asOf),
    // Keep the page (and its heading) while another day is loading.
    placeholderData: keepPreviousData,
  });
}
