import type { z } from 'zod';
import type { createExportBody, documentExportSchema } from '#server/modules/documents/documents.schemas.js';

/** A stored document (DOCX or PDF) as the API lists it. */
export type DocumentExport = z.infer<typeof documentExportSchema>;
export type CreateDocumentExportInput = z.infer<typeof createExportBody>;
export type DocumentKind = DocumentExport['kind'];
export type DocumentFormat = DocumentExport['format'];

export const documentKinds: DocumentKind[] = ['agreement', 'promise', 'plan', 'followup-report', 'situation-report'];

export const documentExportsKey = (collaborationId: string) => ['collaborations', collaborationId, 'documents'] as const;

/** The stored file: shown in the browser (PDF preview) or saved. */
export function documentFileUrl(collaborationId: string, exportId: string, disposition: 'inline' | 'attachment'): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/documents/${encodeURIComponent(exportId)}/file?disposition=${disposition}`;
}
