import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { AgreementSummary } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getAgreements(collaborationId: string): Promise<AgreementSummary[]> {
  return apiRequest<AgreementSummary[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/agreements`);
}

/** The collaboration's agreements with their status today. */
export function useAgreements(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.agreements(collaborationId), queryFn: () => getAgreements(collaborationId) });
}
