import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { DocumentImportCommitInput, DocumentImportResult } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function commitImport(collaborationId: string, input: DocumentImportCommitInput): Promise<DocumentImportResult> {
  return apiRequest<DocumentImportResult>(`/api/collaborations/${encodeURIComponent(collaborationId)}/document-imports/commit`, { method: 'POST', body: input });
}

/** Creates agreement, plan and promises in one step, then refreshes the lists that show them. */
export function useCommitImport(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentImportCommitInput) => commitImport(collaborationId, input),
    onSuccess: async () => {
      await Promise.all(
        [queryKeys.agreements, queryKeys.plans, queryKeys.focusAreas, queryKeys.promises].map((key) =>
          queryClient.invalidateQueries({ queryKey: key(collaborationId) }),
        ),
      );
    },
  });
}
