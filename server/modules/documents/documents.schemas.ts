import { z } from 'zod';
import { shortText } from '#server/http/common-schemas.js';

export const documentKindSchema = z
  .enum(['agreement', 'promise', 'plan', 'followup-report', 'situation-report'])
  .describe('agreement, promise (medborgarlöften), plan, followup-report (årlig uppföljning) eller situation-report (lägesbild)');
export const documentFormatSchema = z.enum(['docx', 'pdf']);

export const createExportBody = z.strictObject({
  kind: documentKindSchema,
  format: documentFormatSchema,
  /** The agreement, promise or plan; left out: the one in force, or the latest. */
  subjectId: z.uuid().optional(),
  /** For followup-report: the year (default the current year); for situation-report: the lägesbild's year (default the latest). */
  year: z.number().int().min(2000).max(2100).optional(),
  /** The diarienummer to print; an agreement's own is used otherwise. */
  diarienummer: shortText(100).optional(),
});

export const exportParams = z.strictObject({ collaborationId: z.uuid(), exportId: z.uuid() });

export const downloadQuery = z.strictObject({
  /** inline: show in the browser (the PDF preview); attachment (default): save as a file. */
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
});

export const documentExportSchema = z
  .object({
    id: z.uuid(),
    kind: documentKindSchema,
    format: documentFormatSchema,
    subjectId: z.uuid(),
    year: z.number().int().nullable(),
    /** The collaboration's data version the document was made from. */
    dataVersion: z.number().int(),
    /** The version the document states. */
    versionLabel: z.string(),
    diarienummer: z.string(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    /** True when the document holds content only your organisation may see; only your organisation sees the export. */
    restricted: z.boolean(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'DocumentExport' });
