import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { GroupMember, UpdateGroupMemberInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupPath } from './get-group.js';

export interface UpdateGroupMemberRequest {
  memberId: string;
  /** Members have no version of their own: the group's version when the user started editing. */
  groupVersion: number;
  changes: UpdateGroupMemberInput;
}

export function updateGroupMember(collaborationId: string, groupId: string, { memberId, groupVersion, changes }: UpdateGroupMemberRequest): Promise<GroupMember> {
  return apiRequest<GroupMember>(`${groupPath(collaborationId, groupId)}/members/${encodeURIComponent(memberId)}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: groupVersion,
  });
}

export function useUpdateGroupMember(collaborationId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateGroupMemberRequest) => updateGroupMember(collaborationId, groupId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId) }),
  });
}
