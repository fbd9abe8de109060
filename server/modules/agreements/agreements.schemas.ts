import { z } from 'zod';
import { agreementStatuses, validitySchema } from '#domain/agreements/validity.js';
import { isoDate, longText, shortText } from '#server/http/common-schemas.js';

export const agreementKindSchema = z.enum(['samverkansoverenskommelse', 'samverkansavtal']);

const label = z.object({ sv: z.string(), en: z.string() });

/** The document metadata block the seeds carry. Texts are '' when the document leaves them blank. */
const metadataFields = {
  /** Dokumenttyp, e.g. "Samverkansavtal". */
  documentType: shortText(200),
  /** Dokumentägare. */
  documentOwner: shortText(300),
  /** Beslutsinstans, e.g. "Kommunstyrelsen". */
  decisionBody: shortText(300),
  /** Upprättad av. */
  preparedBy: shortText(300),
  /** Fastställd (as the document states it). */
  adoptedOn: isoDate.nullable(),
  /** Reviderad av. */
  revisedBy: shortText(300),
  /** Senast reviderad. */
  lastRevisedOn: isoDate.nullable(),
  /** Diarienummer, e.g. "KS-00080". */
  diarienummer: shortText(100),
  /** Dokumentet gäller för. */
  appliesTo: shortText(500),
};
export const metadataKeys = Object.keys(metadataFields) as (keyof typeof metadataFields)[];
export const agreementMetadataSchema = z.strictObject(metadataFields);

/** Largest Markdown section, in characters. */
export const SECTION_MAX = 20_000;
const sectionFields = {
  inledning: longText(SECTION_MAX),
  syfte: longText(SECTION_MAX),
  /** Mål. */
  mal: longText(SECTION_MAX),
  /** Organisation (styrgrupp, beredningsgrupp, arbetsgrupper). */
  organisation: longText(SECTION_MAX),
  kommunikation: longText(SECTION_MAX),
  /** Uppföljning. */
  uppfoljning: longText(SECTION_MAX),
};
export const sectionKeys = Object.keys(sectionFields) as (keyof typeof sectionFields)[];
export const agreementSectionsSchema = z.strictObject(sectionFields).describe('Avsnitten som formaterad text (Markdown)');

export const commitmentSchema = z.strictObject({
  /** The party that commits, one of the agreement's parties; null for a joint commitment (gemensamt åtagande). */
  partyId: z.uuid().nullable().default(null),
  text: shortText(2000).min(1, 'Skriv vad åtagandet gäller.'),
});

export const signatorySchema = z.strictObject({
  name: shortText(200).min(1, 'Ange namnet på den som undertecknar.'),
  /** E.g. "Kommunalråd", "Lokalpolisområdeschef". */
  title: shortText(200).default(''),
  /** The organisation as written under the signature. */
  organisation: shortText(300).default(''),
  /** The party signed for, one of the agreement's parties, when known. */
  organisationId: z.uuid().nullable().default(null),
  place: shortText(100).default(''),
  date: isoDate.nullable().default(null),
});

const uniqueIds = (message: string) =>
  z
    .array(z.uuid())
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, message);

const contentFields = {
  metadata: agreementMetadataSchema,
  /** Organisation ids of the agreement's parties; each a party of the collaboration. */
  parties: uniqueIds('Samma part finns flera gånger.'),
  sections: agreementSectionsSchema,
  /** Each party's commitments (åtaganden), in document order. */
  commitments: z.array(commitmentSchema).max(100),
  /** Fokusområden of the same collaboration. */
  focusAreaIds: uniqueIds('Samma fokusområde finns flera gånger.'),
  signatories: z.array(signatorySchema).max(30),
  /** Giltighet; may be empty in a draft, needed to adopt. */
  validity: validitySchema.nullable(),
  /** Uppsägningstid in whole months (0: none stated). */
  noticeMonths: z.number().int().min(0).max(60),
};

/** Everything the document holds, as stored and returned. */
export const agreementContentSchema = z.strictObject(contentFields).meta({ id: 'AgreementContent' });
export type AgreementContent = z.infer<typeof agreementContentSchema>;

/**
 * Changes to the content: each field given replaces the stored one, except `metadata` and
 * `sections`, where only the keys given change.
 */
export const contentPatchSchema = z.strictObject({
  metadata: agreementMetadataSchema.partial().optional(),
  parties: contentFields.parties.optional(),
  sections: agreementSectionsSchema.partial().optional(),
  commitments: contentFields.commitments.optional(),
  focusAreaIds: contentFields.focusAreaIds.optional(),
  signatories: contentFields.signatories.optional(),
  validity: contentFields.validity.optional(),
  noticeMonths: contentFields.noticeMonths.optional(),
});
export type ContentPatch = z.infer<typeof contentPatchSchema>;

const titleField = shortText(300).min(2, 'Ange en titel med minst 2 tecken.');

export const createAgreementBody = z.strictObject({
  kind: agreementKindSchema,
  title: titleField,
  /** Left out fields start empty. */
  content: contentPatchSchema.optional(),
});
export type CreateAgreementInput = z.infer<typeof createAgreementBody>;

export const updateAgreementBody = z.strictObject({
  kind: agreementKindSchema.optional(),
  title: titleField.optional(),
  content: contentPatchSchema.optional(),
});
export type UpdateAgreementInput = z.infer<typeof updateAgreementBody>;

export const adoptBody = z.strictObject({
  /** The day the version was adopted (fastställd). */
  adoptedOn: isoDate,
});

export const reviseBody = z.strictObject({});

export const terminateBody = z.strictObject({
  /** The day notice was given (uppsägningsdag); see docs/agreements.md for when it takes effect. */
  terminatedOn: isoDate,
});

export const agreementParams = z.strictObject({ collaborationId: z.uuid(), agreementId: z.uuid() });
export const versionParams = z.strictObject({
  collaborationId: z.uuid(),
  agreementId: z.uuid(),
  number: z.coerce.number().int().min(1).max(1_000_000),
});

export const asOfQuery = z.strictObject({
  /** The day to compute the status for; default today (Europe/Stockholm). */
  asOf: isoDate.optional(),
});

const versionRef = z
  .string()
  .regex(/^(draft|[1-9][0-9]{0,5})$/, 'Ange ett versionsnummer eller "draft" för utkastet.')
  .describe('Versionsnummer, eller "draft" för det pågående utkastet');
export const diffQuery = z.strictObject({ from: versionRef, to: versionRef });

export const agreementStatusSchema = z
  .object({
    status: z.enum(agreementStatuses),
    label,
    /** The status in a sentence, e.g. "Uppsagd, gäller till och med 2018-12-31". */
    text: label,
    asOf: isoDate,
    validFrom: isoDate.nullable(),
    /** The last day in force as things stand on asOf (for a renewing agreement: the current period's end). */
    validTo: isoDate.nullable(),
    daysLeft: z.number().int().nullable(),
    started: z.boolean(),
    /** A renewing agreement not terminated: validTo is only the current period's end. */
    renews: z.boolean(),
  })
  .meta({ id: 'AgreementStatus' });

export const agreementSummarySchema = z
  .object({
    id: z.uuid(),
    kind: agreementKindSchema,
    title: z.string(),
    /** The number of the current version (the draft while revising). */
    currentVersion: z.number().int(),
    /** Whether the current version is adopted; false while a draft or a revision is being written. */
    adopted: z.boolean(),
    terminatedOn: isoDate.nullable(),
    /** The latest adopted version, the one in force; null before the first adoption. */
    adoptedVersion: z.object({ number: z.number().int(), adoptedOn: isoDate }).nullable(),
    /** The validity the status is computed from: the adopted version's, or the draft's before any adoption. */
    validity: validitySchema.nullable(),
    validityText: label.nullable(),
    status: agreementStatusSchema,
    version: z.number().int(),
  })
  .meta({ id: 'AgreementSummary' });

export const agreementSchema = agreementSummarySchema
  .extend({
    /** The current version's content: the draft while one is open, else the adopted text. */
    content: agreementContentSchema,
  })
  .meta({ id: 'Agreement' });

export const agreementVersionSummarySchema = z
  .object({
    number: z.number().int(),
    adoptedOn: isoDate,
    adoptedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    title: z.string(),
  })
  .meta({ id: 'AgreementVersionSummary' });

export const agreementVersionSchema = agreementVersionSummarySchema
  .extend({ kind: agreementKindSchema, content: agreementContentSchema })
  .meta({ id: 'AgreementVersion' });

/** What agreement_versions.content holds: the whole document as adopted. */
export const snapshotSchema = z.object({ kind: agreementKindSchema, title: z.string(), content: agreementContentSchema });
export type Snapshot = z.infer<typeof snapshotSchema>;

const diffOp = z.enum(['equal', 'added', 'removed']);
const scalar = z.union([z.string(), z.number(), z.null()]);

export const agreementChangeSchema = z
  .discriminatedUnion('kind', [
    /** A single value: kind, title, a metadata field, noticeMonths. */
    z.object({ kind: z.literal('value'), field: z.string(), before: scalar, after: scalar }),
    z.object({
      kind: z.literal('validity'),
      field: z.literal('validity'),
      before: validitySchema.nullable(),
      after: validitySchema.nullable(),
      beforeText: label.nullable(),
      afterText: label.nullable(),
    }),
    /** parties or focusAreaIds: ids added and removed. */
    z.object({ kind: z.literal('ids'), field: z.enum(['parties', 'focusAreaIds']), added: z.array(z.uuid()), removed: z.array(z.uuid()) }),
    /** A section: every line of both versions, marked equal, added or removed. */
    z.object({ kind: z.literal('text'), field: z.string(), lines: z.array(z.object({ op: diffOp, text: z.string() })) }),
    z.object({ kind: z.literal('commitments'), field: z.literal('commitments'), items: z.array(z.object({ op: diffOp, commitment: commitmentSchema })) }),
    z.object({ kind: z.literal('signatories'), field: z.literal('signatories'), items: z.array(z.object({ op: diffOp, signatory: signatorySchema })) }),
  ])
  .meta({ id: 'AgreementChange' });
export type AgreementChange = z.infer<typeof agreementChangeSchema>;

const diffSide = z.object({
  number: z.number().int(),
  /** True for the current, not yet adopted, draft. */
  draft: z.boolean(),
  adoptedOn: isoDate.nullable(),
});

export const agreementDiffSchema = z
  .object({ agreementId: z.uuid(), from: diffSide, to: diffSide, changes: z.array(agreementChangeSchema) })
  .meta({ id: 'AgreementDiff' });
