import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface CreateCollaborationInput {
  name: string;
  description: string;
  partyIds: string[];
}

export function createCollaboration(input: CreateCollaborationInput): Promise<Collaboration> {
  return apiRequest<Collaboration>('/api/collaborations', { method: 'POST', body: input });
}

export function useCreateCollaboration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCollaboration,
    onSuccess: (created) => {
      queryClient.setQueryData(queryKeys.collaboration(created.id), created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
  });
}
