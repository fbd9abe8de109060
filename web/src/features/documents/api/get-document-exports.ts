import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { documentExportsKey, type DocumentExport } from './document-exports.js';

/** Earlier documents, newest first (those with content only for another organisation are left out by the server). */
export function getDocumentExports(collaborationId: string): Promise<DocumentExport[]> {
  return apiRequest<DocumentExport[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/documents`);
}

export function useDocumentExports(collaborationId: string) {
  return useQuery({ queryKey: documentExportsKey(collaborationId), queryFn: () => getDocumentExports(collaborationId) });
}
