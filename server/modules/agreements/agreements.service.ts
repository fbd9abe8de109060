import { naturalEnd } from '#domain/agreements/validity.js';
import type { Db } from '#server/db/client.js';
import { agreements } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { diffSnapshots } from './agreements.diff.js';
import {
  auditView,
  draftSnapshot,
  emptyContent,
  presentAgreement,
  presentSummary,
  presentVersion,
  presentVersionSummary,
  readContent,
  readSnapshot,
} from './agreements.presenter.js';
import {
  deleteAgreement,
  findVersion,
  focusAreaIdsOf,
  insertAgreement,
  insertVersion,
  latestVersions,
  listAgreements,
  listVersions,
  type AgreementRow,
} from './agreements.repo.js';
import type { AgreementContent, ContentPatch, CreateAgreementInput, Snapshot, UpdateAgreementInput } from './agreements.schemas.js';

interface FieldError {
  field: string;
  message: string;
}

const fieldErrors = (errors: FieldError[]) => new AppError('VALIDATION', errors[0]?.message ?? 'Uppgifterna är inte giltiga.', errors);
const fieldError = (field: string, message: string) => fieldErrors([{ field, message }]);

const MESSAGES = {
  notFound: 'Avtalet',
  adopted: 'Revidera för att ändra ett fastställt avtal.',
  terminated: 'Avtalet är uppsagt och kan inte längre ändras.',
  alreadyAdopted: 'Den här versionen är redan fastställd. Revidera för att göra en ny version.',
  draftOpen: 'Det finns redan ett utkast till en ny version att arbeta i.',
  neverAdopted: 'Avtalet har aldrig fastställts; ta bort utkastet i stället för att säga upp det.',
  cannotDelete: 'Ett avtal som har fastställts kan inte tas bort; säg upp det i stället.',
  noValidity: 'Ange avtalets giltighet innan det fastställs.',
} as const;

/** Applies a patch: fields given replace the stored ones; metadata and sections change key by key. */
export function mergeContent(base: AgreementContent, patch: ContentPatch | undefined): AgreementContent {
  if (!patch) return base;
  const defined = <T extends object>(o: T | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  return {
    metadata: { ...base.metadata, ...defined(patch.metadata) },
    parties: patch.parties ?? base.parties,
    sections: { ...base.sections, ...defined(patch.sections) },
    commitments: patch.commitments ?? base.commitments,
    focusAreaIds: patch.focusAreaIds ?? base.focusAreaIds,
    signatories: patch.signatories ?? base.signatories,
    validity: patch.validity === undefined ? base.validity : patch.validity,
    noticeMonths: patch.noticeMonths ?? base.noticeMonths,
  };
}

type RefField = 'parties' | 'focusAreaIds' | 'commitments' | 'signatories';

/**
 * References in the content that do not hold: parties that are not parties of the collaboration,
 * focus areas of another collaboration, commitments and signatories for a party the agreement
 * does not have. Only the fields in `check` are looked at (a patch is judged by what it changes).
 */
async function contentRefErrors(tx: Db, collaborationId: string, content: AgreementContent, check: ReadonlySet<RefField>, prefix: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (check.has('parties')) {
    const parties = new Set(((await partiesOf(tx, [collaborationId])).get(collaborationId) ?? []).map((p) => p.id));
    content.parties.forEach((id, i) => {
      if (!parties.has(id)) errors.push({ field: `${prefix}parties.${i}`, message: 'Organisationen är inte part i samverkan.' });
    });
  }
  if (check.has('focusAreaIds')) {
    const areas = await focusAreaIdsOf(tx, collaborationId);
    content.focusAreaIds.forEach((id, i) => {
      if (!areas.has(id)) errors.push({ field: `${prefix}focusAreaIds.${i}`, message: 'Fokusområdet finns inte i samverkan.' });
    });
  }
  const own = new Set(content.parties);
  if (check.has('commitments') || check.has('parties')) {
    content.commitments.forEach((c, i) => {
      if (c.partyId !== null && !own.has(c.partyId)) {
        errors.push({ field: `${prefix}commitments.${i}.partyId`, message: 'Åtagandet ska höra till en av avtalets parter (eller vara gemensamt).' });
      }
    });
  }
  if (check.has('signatories') || check.has('parties')) {
    content.signatories.forEach((s, i) => {
      if (s.organisationId !== null && !own.has(s.organisationId)) {
        errors.push({ field: `${prefix}signatories.${i}.organisationId`, message: 'Undertecknaren ska företräda en av avtalets parter.' });
      }
    });
  }
  return errors;
}

const changedRefs = (patch: ContentPatch | undefined): Set<RefField> =>
  new Set((['parties', 'focusAreaIds', 'commitments', 'signatories'] as const).filter((k) => patch?.[k] !== undefined));

async function findAgreement(db: Db, collaborationId: string, agreementId: string): Promise<AgreementRow> {
  const row = await findInCollaboration(db, agreements, collaborationId, agreementId);
  if (!row) throw notFound(MESSAGES.notFound);
  return row;
}

async function inForceOf(db: Db, agreementId: string) {
  return (await latestVersions(db, [agreementId])).get(agreementId);
}

export async function getAgreements(db: Db, collaborationId: string, asOf: string) {
  const rows = await listAgreements(db, collaborationId);
  const inForce = await latestVersions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSummary(r, inForce.get(r.id), asOf));
}

export async function getAgreement(db: Db, collaborationId: string, agreementId: string, asOf: string) {
  const row = await findAgreement(db, collaborationId, agreementId);
  return presentAgreement(row, await inForceOf(db, agreementId), asOf);
}

export async function createAgreement(db: Db, actor: Actor, collaborationId: string, input: CreateAgreementInput, asOf: string) {
  return db.transaction(async (tx) => {
    const content = mergeContent(emptyContent(), input.content);
    const errors = await contentRefErrors(tx, collaborationId, content, changedRefs(input.content), 'body.content.');
    if (errors.length > 0) throw fieldErrors(errors);
    const row = await insertAgreement(tx, { collaborationId, kind: input.kind, title: input.title, content });
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'agreement', entityId: row.id, after: auditView(row) });
    return presentAgreement(row, undefined, asOf);
  });
}

export async function updateAgreement(
  db: Db,
  actor: Actor,
  collaborationId: string,
  agreementId: string,
  expectedVersion: number,
  patch: UpdateAgreementInput,
  asOf: string,
) {
  return db.transaction(async (tx) => {
    const before = await findAgreement(tx, collaborationId, agreementId);
    if (before.terminatedOn !== null) throw new AppError('CONFLICT', MESSAGES.terminated);
    if (before.adopted) throw new AppError('CONFLICT', MESSAGES.adopted);
    const content = mergeContent(readContent(before.content), patch.content);
    const errors = await contentRefErrors(tx, collaborationId, content, changedRefs(patch.content), 'body.content.');
    if (errors.length > 0) throw fieldErrors(errors);
    const inForce = await inForceOf(tx, agreementId);
    const after = await updateIfVersion(tx, agreements, collaborationId, agreementId, expectedVersion, { kind: patch.kind, title: patch.title, content });
    if (!after) throw staleVersion(presentAgreement(before, inForce, asOf));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'agreement', entityId: agreementId, before: auditView(before), after: auditView(after) });
    return presentAgreement(after, inForce, asOf);
  });
}

export async function adoptAgreement(
  db: Db,
  actor: Actor,
  collaborationId: string,
  agreementId: string,
  expectedVersion: number,
  input: { adoptedOn: string },
  asOf: string,
) {
  return db.transaction(async (tx) => {
    const before = await findAgreement(tx, collaborationId, agreementId);
    if (before.terminatedOn !== null) throw new AppError('CONFLICT', MESSAGES.terminated);
    if (before.adopted) throw new AppError('CONFLICT', MESSAGES.alreadyAdopted);
    const content = readContent(before.content);
    // What the draft itself lacks: refused as a conflict with the draft, naming its fields.
    const missing: FieldError[] = content.validity === null ? [{ field: 'content.validity', message: MESSAGES.noValidity }] : [];
    missing.push(...(await contentRefErrors(tx, collaborationId, content, new Set(['parties', 'focusAreaIds', 'commitments', 'signatories']), 'content.')));
    if (missing.length > 0) throw new AppError('CONFLICT', `Utkastet kan inte fastställas: ${missing[0]?.message}`, missing);
    const previous = await inForceOf(tx, agreementId);
    if (previous && input.adoptedOn < previous.adoptedOn) {
      throw fieldError('body.adoptedOn', `Datumet kan inte ligga före då föregående version fastställdes (${previous.adoptedOn}).`);
    }
    const after = await updateIfVersion(tx, agreements, collaborationId, agreementId, expectedVersion, { adopted: true });
    if (!after) throw staleVersion(presentAgreement(before, previous, asOf));
    const snapshot: Snapshot = draftSnapshot(before);
    const version = await insertVersion(tx, {
      collaborationId,
      agreementId,
      number: before.currentVersion,
      adoptedOn: input.adoptedOn,
      content: snapshot,
      adoptedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'agreement-version',
      entityId: version.id,
      after: { agreementId, number: version.number, adoptedOn: version.adoptedOn, ...snapshot },
    });
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'agreement', entityId: agreementId, before: auditView(before), after: auditView(after) });
    return presentAgreement(after, version, asOf);
  });
}

export async function reviseAgreement(db: Db, actor: Actor, collaborationId: string, agreementId: string, expectedVersion: number, asOf: string) {
  return db.transaction(async (tx) => {
    const before = await findAgreement(tx, collaborationId, agreementId);
    if (before.terminatedOn !== null) throw new AppError('CONFLICT', MESSAGES.terminated);
    if (!before.adopted) throw new AppError('CONFLICT', MESSAGES.draftOpen);
    const inForce = await inForceOf(tx, agreementId);
    const after = await updateIfVersion(tx, agreements, collaborationId, agreementId, expectedVersion, { currentVersion: before.currentVersion + 1, adopted: false });
    if (!after) throw staleVersion(presentAgreement(before, inForce, asOf));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'agreement', entityId: agreementId, before: auditView(before), after: auditView(after) });
    return presentAgreement(after, inForce, asOf);
  });
}

export async function terminateAgreement(
  db: Db,
  actor: Actor,
  collaborationId: string,
  agreementId: string,
  expectedVersion: number,
  input: { terminatedOn: string },
  asOf: string,
) {
  return db.transaction(async (tx) => {
    const before = await findAgreement(tx, collaborationId, agreementId);
    const inForce = await inForceOf(tx, agreementId);
    if (!inForce) throw new AppError('CONFLICT', MESSAGES.neverAdopted);
    if (before.terminatedOn !== null) throw new AppError('CONFLICT', `Avtalet är redan uppsagt (${before.terminatedOn}).`);
    const validity = readSnapshot(inForce.content).content.validity;
    const end = validity ? naturalEnd(validity) : null;
    if (end !== null && input.terminatedOn > end) {
      throw fieldError('body.terminatedOn', `Avtalet gick ut ${end} och behöver inte sägas upp.`);
    }
    const after = await updateIfVersion(tx, agreements, collaborationId, agreementId, expectedVersion, { terminatedOn: input.terminatedOn });
    if (!after) throw staleVersion(presentAgreement(before, inForce, asOf));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'agreement', entityId: agreementId, before: auditView(before), after: auditView(after) });
    return presentAgreement(after, inForce, asOf);
  });
}

export async function removeAgreement(db: Db, actor: Actor, collaborationId: string, agreementId: string) {
  await db.transaction(async (tx) => {
    const before = await findAgreement(tx, collaborationId, agreementId);
    if (before.adopted || (await inForceOf(tx, agreementId))) throw new AppError('CONFLICT', MESSAGES.cannotDelete);
    await deleteAgreement(tx, agreementId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'agreement', entityId: agreementId, before: auditView(before) });
  });
}

export async function getVersions(db: Db, collaborationId: string, agreementId: string) {
  await findAgreement(db, collaborationId, agreementId);
  return (await listVersions(db, agreementId)).map(presentVersionSummary);
}

export async function getVersion(db: Db, collaborationId: string, agreementId: string, number: number) {
  await findAgreement(db, collaborationId, agreementId);
  const found = await findVersion(db, agreementId, number);
  if (!found) throw notFound(`Version ${number} av avtalet`);
  return presentVersion(found);
}

/** A version to compare: an adopted version's number, or 'draft' for the current draft. */
async function side(db: Db, row: AgreementRow, ref: string) {
  if (ref === 'draft') {
    if (row.adopted) throw new AppError('NOT_FOUND', 'Avtalet har inget utkast just nu; revidera för att börja på en ny version.');
    return { meta: { number: row.currentVersion, draft: true, adoptedOn: null }, snapshot: draftSnapshot(row) };
  }
  const found = await findVersion(db, row.id, Number(ref));
  if (!found) throw notFound(`Version ${ref} av avtalet`);
  return { meta: { number: found.version.number, draft: false, adoptedOn: found.version.adoptedOn }, snapshot: readSnapshot(found.version.content) };
}

export async function getDiff(db: Db, collaborationId: string, agreementId: string, from: string, to: string) {
  const row = await findAgreement(db, collaborationId, agreementId);
  const a = await side(db, row, from);
  const b = await side(db, row, to);
  return { agreementId, from: a.meta, to: b.meta, changes: diffSnapshots(a.snapshot, b.snapshot) };
}
