import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CitizenPromise } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function promisesPath(collaborationId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/promises`;
}

export function getPromises(collaborationId: string): Promise<CitizenPromise[]> {
  return apiRequest<CitizenPromise[]>(promisesPath(collaborationId));
}

/** The collaboration's medborgarlöften, one per kommun and period, with the number of promises in each. */
export function usePromises(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.promises(collaborationId), queryFn: () => getPromises(collaborationId) });
}
