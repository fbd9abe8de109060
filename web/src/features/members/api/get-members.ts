import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Member } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getMembers(collaborationId: string): Promise<Member[]> {
  return apiRequest<Member[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/members`);
}

export function useMembers(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.members(collaborationId), queryFn: () => getMembers(collaborationId) });
}
