import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { AgreementVersionSummary } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

export function getAgreementVersions(collaborationId: string, agreementId: string): Promise<AgreementVersionSummary[]> {
  return apiRequest<AgreementVersionSummary[]>(`${agreementPath(collaborationId, agreementId)}/versions`);
}

/** The adopted versions, oldest first. */
export function useAgreementVersions(collaborationId: string, agreementId: string) {
  return useQuery({
    queryKey: queryKeys.agreementVersions(collaborationId, agreementId),
    queryFn: () => getAgreementVersions(collaborationId, agreementId),
  });
}
