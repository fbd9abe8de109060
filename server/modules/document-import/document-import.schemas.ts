import { z } from 'zod';
import { extractionSchema } from '#domain/extraction/extraction.js';
import { isoDate, shortText } from '#server/http/common-schemas.js';
import { agreementKindSchema } from '#server/modules/agreements/agreements.schemas.js';
import { planKindSchema } from '#server/modules/plans/plans.schemas.js';

export const uploadQuery = z.strictObject({
  /** The file's name as the user picked it; its extension helps tell the format. */
  filename: shortText(255).min(1, 'Ange filens namn.'),
});

const range = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const importedDocumentSchema = z
  .object({
    extraction: extractionSchema,
    /** The document as plain text: blocks joined by a blank line, a table row as one line with cells joined by " | ". */
    text: z.string(),
    /** Where each extracted field came from: dotted path ("validFrom", "planRows.3.when") → [start, end) in text. */
    sources: z.record(z.string(), range),
    fileKind: z.enum(['docx', 'pdf', 'text']),
  })
  .meta({ id: 'ImportedDocument' });

const titleText = shortText(300).min(2, 'Ange en titel med minst 2 tecken.');

export const commitChoicesSchema = z.strictObject({
  agreement: z
    .strictObject({
      /** Default: unless the document is a handlingsplan. */
      create: z.boolean().optional(),
      kind: agreementKindSchema.default('samverkansoverenskommelse'),
      /** Default: the document's title. */
      title: titleText.optional(),
      /** The agreement's parties (the collaboration's); default: those the document names. */
      parties: z.array(z.uuid()).max(100).optional(),
    })
    .default({ kind: 'samverkansoverenskommelse' }),
  plan: z
    .strictObject({
      /** Default: when the document has plan rows. */
      create: z.boolean().optional(),
      kind: planKindSchema.default('genomforandeplan'),
      title: titleText.optional(),
      /** Default: the document's validity. */
      periodStart: isoDate.optional(),
      periodEnd: isoDate.optional(),
    })
    .default({ kind: 'genomforandeplan' }),
  promises: z
    .strictObject({
      /** Default: when the document is a medborgarlöfte. */
      create: z.boolean().optional(),
      title: titleText.optional(),
      /** The kommun the promises are made to; default: the first kommun the document names. */
      municipalityId: z.uuid().optional(),
      periodStart: isoDate.optional(),
      periodEnd: isoDate.optional(),
    })
    .default({}),
  /** The party of each commitment, by index: a party's id, 'joint' (gemensamt), or null to read it from the commitment's party. */
  commitmentParties: z.array(z.union([z.uuid(), z.literal('joint')]).nullable()).max(100).optional(),
  /** Who makes each promise (a medborgarlöfte's focus areas, by index); default: the agreement's parties. */
  promiseParties: z.array(z.array(z.uuid()).max(20)).max(100).optional(),
  /** The promise (index into focusAreas) each plan row delivers, or null; default: by shared words. */
  planRowPromises: z.array(z.number().int().min(0).nullable()).max(500).optional(),
});
export type CommitChoices = z.infer<typeof commitChoicesSchema>;

export const commitBody = z.strictObject({
  /** The extraction as the person corrected it. */
  extraction: extractionSchema,
  choices: commitChoicesSchema.default({ agreement: { kind: 'samverkansoverenskommelse' }, plan: { kind: 'genomforandeplan' }, promises: {} }),
});
export type CommitInput = z.input<typeof commitBody>;

const link = z.object({
  id: z.uuid(),
  title: z.string(),
  /** The page in the web app, when there is one. */
  webPath: z.string().nullable(),
  /** The resource in the API. */
  apiPath: z.string(),
});

export const commitResultSchema = z
  .object({
    agreement: link.nullable(),
    plan: link.extend({ activityCount: z.number().int() }).nullable(),
    promise: link.extend({ itemCount: z.number().int(), linkedActivityCount: z.number().int() }).nullable(),
    focusAreas: z.array(z.object({ id: z.uuid(), name: z.string(), created: z.boolean() })),
  })
  .meta({ id: 'DocumentImportResult' });
export type CommitResult = z.infer<typeof commitResultSchema>;
