import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { documentExportsKey, type CreateDocumentExportInput, type DocumentExport } from './document-exports.js';

export function createDocumentExport(collaborationId: string, input: CreateDocumentExportInput): Promise<DocumentExport> {
  return apiRequest<DocumentExport>(`/api/collaborations/${encodeURIComponent(collaborationId)}/documents`, { method: 'POST', body: input });
}

export function useCreateDocumentExport(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDocumentExportInput) => createDocumentExport(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentExportsKey(collaborationId) }),
  });
}
