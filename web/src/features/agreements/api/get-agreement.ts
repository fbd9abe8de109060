import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function agreementPath(collaborationId: string, agreementId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/agreements/${encodeURIComponent(agreementId)}`;
}

export function getAgreement(collaborationId: string, agreementId: string): Promise<Agreement> {
  return apiRequest<Agreement>(agreementPath(collaborationId, agreementId));
}

/** One agreement: the current version's content (the draft while one is open) and its status today. */
export function useAgreement(collaborationId: string, agreementId: string) {
  return useQuery({ queryKey: queryKeys.agreement(collaborationId, agreementId), queryFn: () => getAgreement(collaborationId, agreementId) });
}
