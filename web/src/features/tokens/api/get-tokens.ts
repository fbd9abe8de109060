import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { ApiToken } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getTokens(collaborationId: string): Promise<ApiToken[]> {
  return apiRequest<ApiToken[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/tokens`);
}

export function useTokens(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.tokens(collaborationId), queryFn: () => getTokens(collaborationId) });
}
