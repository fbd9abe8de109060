import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

export type TerminateAgreementRequest = { version: number; terminatedOn: string };

/** Säg upp (If-Match): terminatedOn is the day notice was given. */
export function terminateAgreement(collaborationId: string, agreementId: string, request: TerminateAgreementRequest): Promise<Agreement> {
  return apiRequest<Agreement>(`${agreementPath(collaborationId, agreementId)}/terminate`, { method: 'POST', body: { terminatedOn: request.terminatedOn }, ifMatch: request.version });
}

export function useTerminateAgreement(collaborationId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TerminateAgreementRequest) => terminateAgreement(collaborationId, agreementId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.agreement(collaborationId, agreementId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId) }),
  });
}
