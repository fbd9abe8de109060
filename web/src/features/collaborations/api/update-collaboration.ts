import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdateCollaborationInput {
  /** The version the user started editing from. */
  version: number;
  name: string;
  description: string;
}

export function updateCollaboration(id: string, { version, ...body }: UpdateCollaborationInput): Promise<Collaboration> {
  return apiRequest<Collaboration>(`/api/collaborations/${encodeURIComponent(id)}`, { method: 'PATCH', body, ifMatch: version });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleCollaborationOf(error: unknown): Collaboration | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const current = (error.details as { current?: Collaboration } | undefined)?.current;
  return current ?? null;
}

export function useUpdateCollaboration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCollaborationInput) => updateCollaboration(id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.collaboration(id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
    onError: (error) => {
      // Show the newest state behind the conflict view as well.
      const current = staleCollaborationOf(error);
      if (current) queryClient.setQueryData(queryKeys.collaboration(id), current);
    },
  });
}
