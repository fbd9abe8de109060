import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement, CreateAgreementInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function createAgreement(collaborationId: string, input: CreateAgreementInput): Promise<Agreement> {
  return apiRequest<Agreement>(`/api/collaborations/${encodeURIComponent(collaborationId)}/agreements`, { method: 'POST', body: input });
}

export function useCreateAgreement(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgreementInput) => createAgreement(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.agreements(collaborationId), exact: true }),
  });
}
