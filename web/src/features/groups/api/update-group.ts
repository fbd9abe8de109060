import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Group, UpdateGroupInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupPath } from './get-group.js';

export interface UpdateGroupRequest {
  /** The group's version when the user started editing. */
  version: number;
  changes: UpdateGroupInput;
}

export function updateGroup(collaborationId: string, groupId: string, { version, changes }: UpdateGroupRequest): Promise<Group> {
  return apiRequest<Group>(groupPath(collaborationId, groupId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version of the group from a 412 answer (also for a member's save), if that is what the error is. */
export function staleGroupOf(error: unknown): Group | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Group } | undefined)?.current ?? null;
}

export function useUpdateGroup(collaborationId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateGroupRequest) => updateGroup(collaborationId, groupId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.group(collaborationId, groupId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId) }),
  });
}
