import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupPath } from './get-group.js';

export function removeGroupMember(collaborationId: string, groupId: string, memberId: string): Promise<void> {
  return apiRequest<void>(`${groupPath(collaborationId, groupId)}/members/${encodeURIComponent(memberId)}`, { method: 'DELETE' });
}

export function useRemoveGroupMember(collaborationId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeGroupMember(collaborationId, groupId, memberId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId) }),
  });
}
