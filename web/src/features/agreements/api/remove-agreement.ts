import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

/** Ta bort ett utkast som aldrig fastställts (administrators; the server refuses once a version is adopted). */
export function removeAgreement(collaborationId: string, agreementId: string): Promise<void> {
  return apiRequest<void>(agreementPath(collaborationId, agreementId), { method: 'DELETE' });
}

export function useRemoveAgreement(collaborationId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeAgreement(collaborationId, agreementId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: queryKeys.agreement(collaborationId, agreementId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId) });
    },
  });
}
