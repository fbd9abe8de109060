import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { ApiToken, CreatedToken } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface CreateTokenInput {
  name: string;
  scope: ApiToken['scope'];
}

export function createToken(collaborationId: string, input: CreateTokenInput): Promise<CreatedToken> {
  return apiRequest<CreatedToken>(`/api/collaborations/${encodeURIComponent(collaborationId)}/tokens`, { method: 'POST', body: input });
}

export function useCreateToken(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => createToken(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens(collaborationId) }),
  });
}
