import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { AgreementDiff } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { agreementPath } from './get-agreement.js';

/** from, to: a version number or "draft". */
export function getAgreementDiff(collaborationId: string, agreementId: string, from: string, to: string): Promise<AgreementDiff> {
  return apiRequest<AgreementDiff>(`${agreementPath(collaborationId, agreementId)}/diff`, { query: { from, to } });
}

export function useAgreementDiff(collaborationId: string, agreementId: string, compare: { from: string; to: string } | null) {
  return useQuery({
    queryKey: queryKeys.agreementDiff(collaborationId, agreementId, compare?.from ?? '', compare?.to ?? ''),
    queryFn: () => getAgreementDiff(collaborationId, agreementId, compare?.from ?? '', compare?.to ?? ''),
    enabled: compare !== null,
  });
}
