import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupPath } from './get-group.js';

export function removeGroup(collaborationId: string, groupId: string): Promise<void> {
  return apiRequest<void>(groupPath(collaborationId, groupId), { method: 'DELETE' });
}

export function useRemoveGroup(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupId: string) => removeGroup(collaborationId, groupId),
    onSuccess: async (_done, groupId) => {
      queryClient.removeQueries({ queryKey: queryKeys.group(collaborationId, groupId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId), exact: true });
      // Plans the group adopted lose the link.
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
    },
  });
}
