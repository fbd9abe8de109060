import { z } from 'zod';
import { frequencySchema } from '#domain/frequency/frequency.js';

/**
 * The Extraction: what the document importer found in one samverkansöverenskommelse, medborgarlöfte or
 * handlingsplan. Mirrors ../shared/contracts/extraction.schema.json field by field (other tools rely on the
 * JSON that `bin/samverkan import FILE --json` prints), so change it only together with that contract.
 * Only what the document states: null or [] where it says nothing.
 */
export const EXTRACTION_KINDS = ['samverkansoverenskommelse', 'medborgarlofte', 'handlingsplan'] as const;
export type ExtractionKind = (typeof EXTRACTION_KINDS)[number];

const isoDate = z.iso.date();

export const extractionSignatorySchema = z.object({
  name: z.string().min(1),
  title: z.string().nullable().optional(),
  /** 'Norsjö kommun', 'Polisen'; inferred from the title where only that is given. */
  organisation: z.string().nullable().optional(),
});
export type ExtractionSignatory = z.infer<typeof extractionSignatorySchema>;

export const extractionCommitmentSchema = z.object({
  party: z.string(),
  text: z.string(),
});
export type ExtractionCommitment = z.infer<typeof extractionCommitmentSchema>;

export const extractionPlanRowSchema = z.object({
  focusArea: z.string().nullable().optional(),
  /** The activity, verbatim with whitespace normalised. */
  what: z.string(),
  /** The verbatim timing phrase. */
  when: z.string().nullable().optional(),
  frequency: frequencySchema,
  partners: z.array(z.string()).optional(),
  responsible: z.array(z.string()).optional(),
  followUp: z.array(z.string()).optional(),
});
export type ExtractionPlanRow = z.infer<typeof extractionPlanRowSchema>;

export const extractionSchema = z.object({
  kind: z.enum(EXTRACTION_KINDS),
  title: z.string().nullable().optional(),
  /** Bare names without 'kommun': ["Mora", "Orsa", "Älvdalen"]. */
  municipalities: z.array(z.string()),
  /** Bare names without 'Lokalpolisområde': ["Skellefteå"]. */
  policeAreas: z.array(z.string()),
  /** YYYY-MM-DD; a year-only start is 1 January. */
  validFrom: isoDate.nullable(),
  /** YYYY-MM-DD; a year-only end is 31 December; computed from a start and a length. */
  validTo: isoDate.nullable(),
  openEnded: z.boolean(),
  /** Free text of any renewal rule, e.g. 'kalenderårsvis'. */
  renewal: z.string().nullable().optional(),
  diarienummer: z.string().nullable().optional(),
  signatories: z.array(extractionSignatorySchema),
  focusAreas: z.array(z.string()),
  commitments: z.array(extractionCommitmentSchema).optional(),
  planRows: z.array(extractionPlanRowSchema),
  /** What the importer was unsure of, for the person reviewing the import. */
  warnings: z.array(z.string()).optional(),
});
export type Extraction = z.infer<typeof extractionSchema>;
