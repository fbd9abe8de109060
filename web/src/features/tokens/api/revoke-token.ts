import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function revokeToken(collaborationId: string, tokenId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/tokens/${encodeURIComponent(tokenId)}`, {
    method: 'DELETE',
  });
}

export function useRevokeToken(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => revokeToken(collaborationId, tokenId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens(collaborationId) }),
  });
}
