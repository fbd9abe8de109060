import { agreementStatus, describeStatus, describeValidity, statusLabels, type Validity } from '#domain/agreements/validity.js';
import type { AgreementRow, AgreementVersionRow, VersionWithAuthor } from './agreements.repo.js';
import { agreementContentSchema, snapshotSchema, type AgreementContent, type Snapshot } from './agreements.schemas.js';

/** A content with nothing filled in yet: where a new draft starts. */
export function emptyContent(): AgreementContent {
  return {
    metadata: {
      documentType: '',
      documentOwner: '',
      decisionBody: '',
      preparedBy: '',
      adoptedOn: null,
      revisedBy: '',
      lastRevisedOn: null,
      diarienummer: '',
      appliesTo: '',
    },
    parties: [],
    sections: { inledning: '', syfte: '', mal: '', organisation: '', kommunikation: '', uppfoljning: '' },
    commitments: [],
    focusAreaIds: [],
    signatories: [],
    validity: null,
    noticeMonths: 0,
  };
}

/** Stored content, read through the contract; fields added to the contract later start empty. */
export function readContent(stored: unknown): AgreementContent {
  const base = emptyContent();
  const raw = (stored ?? {}) as Partial<AgreementContent>;
  return agreementContentSchema.parse({
    ...base,
    ...raw,
    metadata: { ...base.metadata, ...(raw.metadata ?? {}) },
    sections: { ...base.sections, ...(raw.sections ?? {}) },
  });
}

export function readSnapshot(stored: unknown): Snapshot {
  const raw = (stored ?? {}) as Partial<Snapshot>;
  return snapshotSchema.parse({ ...raw, content: readContent(raw.content) });
}

export function draftSnapshot(row: AgreementRow): Snapshot {
  return { kind: row.kind, title: row.title, content: readContent(row.content) };
}

const validityText = (v: Validity | null) => (v === null ? null : { sv: describeValidity(v, 'sv'), en: describeValidity(v, 'en') });

/** The agreement without its content, with its status on `asOf`. `inForce` is the latest adopted version. */
export function presentSummary(row: AgreementRow, inForce: AgreementVersionRow | undefined, asOf: string) {
  const basis = inForce ? readSnapshot(inForce.content).content : readContent(row.content);
  const result = agreementStatus({ validity: basis.validity, adopted: inForce !== undefined, terminatedOn: row.terminatedOn, noticeMonths: basis.noticeMonths }, asOf);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    currentVersion: row.currentVersion,
    adopted: row.adopted,
    terminatedOn: row.terminatedOn,
    adoptedVersion: inForce ? { number: inForce.number, adoptedOn: inForce.adoptedOn } : null,
    validity: basis.validity,
    validityText: validityText(basis.validity),
    status: {
      status: result.status,
      label: statusLabels[result.status],
      text: { sv: describeStatus(result, 'sv'), en: describeStatus(result, 'en') },
      asOf,
      validFrom: result.validFrom,
      validTo: result.validTo,
      daysLeft: result.daysLeft,
      started: result.started,
      renews: result.renews,
    },
    version: row.version,
  };
}

export function presentAgreement(row: AgreementRow, inForce: AgreementVersionRow | undefined, asOf: string) {
  return { ...presentSummary(row, inForce, asOf), content: readContent(row.content) };
}

/** What the audit trail keeps of an agreement: the row itself, no computed status. */
export function auditView(row: AgreementRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    currentVersion: row.currentVersion,
    adopted: row.adopted,
    terminatedOn: row.terminatedOn,
    content: readContent(row.content),
    version: row.version,
  };
}

export function presentVersionSummary(v: VersionWithAuthor) {
  const snapshot = readSnapshot(v.version.content);
  return {
    number: v.version.number,
    adoptedOn: v.version.adoptedOn,
    adoptedBy: v.version.adoptedBy && v.adoptedByName !== null ? { id: v.version.adoptedBy, displayName: v.adoptedByName } : null,
    title: snapshot.title,
  };
}

export function presentVersion(v: VersionWithAuthor) {
  const snapshot = readSnapshot(v.version.content);
  return { ...presentVersionSummary(v), kind: snapshot.kind, content: snapshot.content };
}
