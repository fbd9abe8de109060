import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Group } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function groupsPath(collaborationId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/groups`;
}

export function getGroups(collaborationId: string): Promise<Group[]> {
  return apiRequest<Group[]>(groupsPath(collaborationId));
}

/** The collaboration's groups with their members; `active` is for today. */
export function useGroups(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.groups(collaborationId), queryFn: () => getGroups(collaborationId) });
}
