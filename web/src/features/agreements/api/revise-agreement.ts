import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

export type ReviseAgreementRequest = { version: number };

/** Revidera (If-Match): a new draft with the adopted text. */
export function reviseAgreement(collaborationId: string, agreementId: string, request: ReviseAgreementRequest): Promise<Agreement> {
  return apiRequest<Agreement>(`${agreementPath(collaborationId, agreementId)}/revise`, { method: 'POST', body: {}, ifMatch: request.version });
}

export function useReviseAgreement(collaborationId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReviseAgreementRequest) => reviseAgreement(collaborationId, agreementId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.agreement(collaborationId, agreementId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId) }),
  });
}
