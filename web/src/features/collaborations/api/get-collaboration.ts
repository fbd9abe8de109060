import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getCollaboration(id: string): Promise<Collaboration> {
  return apiRequest<Collaboration>(`/api/collaborations/${encodeURIComponent(id)}`);
}

export function useCollaboration(id: string) {
  return useQuery({ queryKey: queryKeys.collaboration(id), queryFn: () => getCollaboration(id) });
}
