import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateGroupMemberInput, GroupMember } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupPath } from './get-group.js';

export function addGroupMember(collaborationId: string, groupId: string, input: CreateGroupMemberInput): Promise<GroupMember> {
  return apiRequest<GroupMember>(`${groupPath(collaborationId, groupId)}/members`, { method: 'POST', body: input });
}

/** Adding a member raises the group's version: the group is fetched again. */
export function useAddGroupMember(collaborationId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGroupMemberInput) => addGroupMember(collaborationId, groupId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId) }),
  });
}
