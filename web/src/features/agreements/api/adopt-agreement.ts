import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

export type AdoptAgreementRequest = { version: number; adoptedOn: string };

/** Fastställ utkastet (If-Match): the version is kept. */
export function adoptAgreement(collaborationId: string, agreementId: string, request: AdoptAgreementRequest): Promise<Agreement> {
  return apiRequest<Agreement>(`${agreementPath(collaborationId, agreementId)}/adopt`, { method: 'POST', body: { adoptedOn: request.adoptedOn }, ifMatch: request.version });
}

export function useAdoptAgreement(collaborationId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AdoptAgreementRequest) => adoptAgreement(collaborationId, agreementId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.agreement(collaborationId, agreementId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId) }),
  });
}
