import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function removeParty(collaborationId: string, organisationId: string): Promise<void> {
  return apiRequest<void>(
    `/api/collaborations/${encodeURIComponent(collaborationId)}/parties/${encodeURIComponent(organisationId)}`,
    { method: 'DELETE' },
  );
}

export function useRemoveParty(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) => removeParty(collaborationId, organisationId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaboration(collaborationId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
  });
}
