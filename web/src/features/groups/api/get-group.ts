import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Group } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupsPath } from './get-groups.js';

export function groupPath(collaborationId: string, groupId: string): string {
  return `${groupsPath(collaborationId)}/${encodeURIComponent(groupId)}`;
}

export function getGroup(collaborationId: string, groupId: string): Promise<Group> {
  return apiRequest<Group>(groupPath(collaborationId, groupId));
}

/** One group with its members. */
export function useGroup(collaborationId: string, groupId: string) {
  return useQuery({ queryKey: queryKeys.group(collaborationId, groupId), queryFn: () => getGroup(collaborationId, groupId) });
}
