import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Agreement, UpdateAgreementInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

export interface UpdateAgreementRequest {
  /** The agreement's version when the user started editing. */
  version: number;
  changes: UpdateAgreementInput;
}

export function updateAgreement(collaborationId: string, agreementId: string, { version, changes }: UpdateAgreementRequest): Promise<Agreement> {
  return apiRequest<Agreement>(agreementPath(collaborationId, agreementId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleAgreementOf(error: unknown): Agreement | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Agreement } | undefined)?.current ?? null;
}

export function useUpdateAgreement(collaborationId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateAgreementRequest) => updateAgreement(collaborationId, agreementId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.agreement(collaborationId, agreementId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId) }),
  });
}
