import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateGroupInput, Group } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { groupsPath } from './get-groups.js';

export function createGroup(collaborationId: string, input: CreateGroupInput): Promise<Group> {
  return apiRequest<Group>(groupsPath(collaborationId), { method: 'POST', body: input });
}

export function useCreateGroup(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGroupInput) => createGroup(collaborationId, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.group(collaborationId, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.groups(collaborationId), exact: true });
    },
  });
}
