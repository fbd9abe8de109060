import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getCollaborations(): Promise<Collaboration[]> {
  return apiRequest<Collaboration[]>('/api/collaborations');
}

export function useCollaborations() {
  return useQuery({ queryKey: queryKeys.collaborations, queryFn: getCollaborations });
}
