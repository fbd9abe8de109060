import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Organisation } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export type AddPartyInput = { organisationId: string } | { newOrganisation: { kind: 'lokalpolisomrade' | 'other'; name: string } };

export function addParty(collaborationId: string, input: AddPartyInput): Promise<Organisation> {
  return apiRequest<Organisation>(`/api/collaborations/${encodeURIComponent(collaborationId)}/parties`, { method: 'POST', body: input });
}

export function useAddParty(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddPartyInput) => addParty(collaborationId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaboration(collaborationId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
  });
}
