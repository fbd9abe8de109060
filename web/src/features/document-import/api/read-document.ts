import type { ImportedDocument } from '../../../lib/api-types.js';
import { uploadWithProgress } from '../../../lib/upload.js';

/** Largest file the server reads (importers/documents MAX_DOCUMENT_BYTES), checked before sending. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md'] as const;

/** Sends the file to be read; nothing is stored until the reviewed result is committed. */
export function readDocument(
  collaborationId: string,
  file: File,
  options: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal },
): Promise<ImportedDocument> {
  return uploadWithProgress<ImportedDocument>(`/api/collaborations/${encodeURIComponent(collaborationId)}/document-imports`, {
    file,
    query: { filename: file.name },
    ...options,
  });
}
