import type { Db } from '#server/db/client.js';
import { incidentReports, safetyWalkObservations, safetyWalks, situationDialogues, situationReports } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { roleAtLeast } from '#server/http/access.js';
import { AppError, forbidden, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Viewer } from '#server/http/viewer.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { listStatisticValues } from '#server/modules/data-import/data-import.repo.js';
import {
  auditView,
  presentChildren,
  presentDialogue,
  presentIncident,
  presentObservation,
  presentSummary,
  presentVersion,
  presentVersionSummary,
  presentWalk,
  reportFields,
} from './situation-reports.presenter.js';
import { frozenProblems } from './situation-reports.problems.js';
import {
  childrenOf,
  deleteDialogue,
  deleteIncident,
  deleteObservation,
  deleteReport,
  deleteWalk,
  findGroup,
  findVersion,
  incidentSummary,
  insertDialogue,
  insertIncident,
  insertObservation,
  insertReport,
  insertVersion,
  insertWalk,
  latestVersions,
  listReports,
  listVersions,
  markDraft,
  maxVersionNumber,
  nextObservationOrder,
  observationsOfWalk,
  type ReportRow,
} from './situation-reports.repo.js';
import type {
  ChartSeries,
  CreateDialogueInput,
  CreateIncidentInput,
  CreateObservationInput,
  CreateReportInput,
  CreateWalkInput,
  PlanReportRef,
  Snapshot,
  UpdateDialogueInput,
  UpdateIncidentInput,
  UpdateObservationInput,
  UpdateReportInput,
  UpdateWalkInput,
} from './situation-reports.schemas.js';

const MESSAGES = {
  report: 'Lägesbilden',
  dialogue: 'Dialogen',
  walk: 'Trygghetsvandringen',
  observation: 'Iakttagelsen',
  incident: 'Händelserapporten',
  alreadyAdopted: 'Lägesbilden är redan fastställd så som den ser ut nu. Ändra den för att göra en ny version.',
  cannotDelete: 'En lägesbild som har fastställts kan inte tas bort; den ligger till grund för beslut.',
  statusOnly: 'Rapportörer kan ändra status på en iakttagelse; övriga uppgifter ändrar en samordnare.',
} as const;

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field: `body.${field}`, message }]);

async function findReport(db: Db, collaborationId: string, reportId: string): Promise<ReportRow> {
  const row = await findInCollaboration(db, situationReports, collaborationId, reportId);
  if (!row) throw notFound(MESSAGES.report);
  return row;
}

/** The collaboration's municipalities, which every chart shows. */
async function municipalitiesOf(db: Db, collaborationId: string) {
  const parties = (await partiesOf(db, [collaborationId])).get(collaborationId) ?? [];
  return parties.flatMap((p) => (p.kind === 'kommun' && p.municipalityCode ? [{ code: p.municipalityCode, name: p.name }] : []));
}

/**
 * The kartläggning's figures: for each chosen series its yearly values for the collaboration's
 * municipalities, the comparison municipalities and the country (0000), read through the data import's
 * queries (Brå counts come with the rate per 100 000 where the population is imported).
 */
async function chartsFor(db: Db, collaborationId: string, series: ChartSeries[], comparisonAreaCodes: string[], municipalityCodes: string[]) {
  const areas = new Set([...municipalityCodes, ...comparisonAreaCodes, '0000']);
  const charts = [];
  for (const s of series) {
    const values = await listStatisticValues(db, collaborationId, { source: s.source, series: s.series });
    charts.push({
      ...s,
      values: values
        .filter((v) => areas.has(v.areaCode) && /^\d{4}$/.test(v.period) && (v.dimension === '' || v.dimension === 'T'))
        .map((v) => ({ areaCode: v.areaCode, area: v.area, period: v.period, value: v.value, per100k: v.per100k })),
    });
  }
  return charts;
}

async function presentFull(db: Db, collaborationId: string, row: ReportRow) {
  const latest = (await latestVersions(db, [row.id])).get(row.id);
  const municipalities = await municipalitiesOf(db, collaborationId);
  const fields = reportFields(row);
  return {
    ...presentSummary(row, latest),
    ...fields,
    municipalities,
    charts: await chartsFor(
      db,
      collaborationId,
      fields.chartSeries,
      fields.comparisonAreaCodes,
      municipalities.map((m) => m.code),
    ),
    ...presentChildren(await childrenOf(db, row.id)),
    incidentSummary: await incidentSummary(db, row.id),
  };
}

export async function getReports(db: Db, collaborationId: string) {
  const rows = await listReports(db, collaborationId);
  const latest = await latestVersions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSummary(r, latest.get(r.id)));
}

export async function getReport(db: Db, collaborationId: string, reportId: string) {
  return presentFull(db, collaborationId, await findReport(db, collaborationId, reportId));
}

export async function createReport(db: Db, actor: Actor, collaborationId: string, input: CreateReportInput) {
  return db.transaction(async (tx) => {
    const row = await insertReport(tx, { ...input, collaborationId, title: input.title ?? `Lägesbild ${input.year}` });
    if (!row) throw new AppError('CONFLICT', `Det finns redan en lägesbild för ${input.year} i samverkan. Öppna den i stället.`, [{ field: 'body.year', message: `Lägesbilden för ${input.year} finns redan.` }]);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'situation-report', entityId: row.id, after: auditView(row) });
    return presentFull(tx, collaborationId, row);
  });
}

export async function updateReport(db: Db, actor: Actor, collaborationId: string, reportId: string, expectedVersion: number, patch: UpdateReportInput) {
  return db.transaction(async (tx) => {
    const before = await findReport(tx, collaborationId, reportId);
    // Changing the adopted content starts the draft of the next version (the adopted one stays frozen); a save that changes nothing does not.
    const current: Record<string, unknown> = reportFields(before);
    const changes = Object.entries(patch).some(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(current[key]));
    const after = await updateIfVersion(tx, situationReports, collaborationId, reportId, expectedVersion, { ...patch, adopted: before.adopted && !changes });
    if (!after) throw staleVersion(await presentFull(tx, collaborationId, before));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'situation-report', entityId: reportId, before: auditView(before), after: auditView(after) });
    return presentFull(tx, collaborationId, after);
  });
}

export async function removeReport(db: Db, actor: Actor, collaborationId: string, reportId: string) {
  await db.transaction(async (tx) => {
    const before = await findReport(tx, collaborationId, reportId);
    if (before.adopted || (await maxVersionNumber(tx, reportId)) > 0) throw new AppError('CONFLICT', MESSAGES.cannotDelete);
    await deleteReport(tx, reportId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'situation-report', entityId: reportId, before: auditView(before) });
  });
}

export async function adoptReport(
  db: Db,
  actor: Actor,
  collaborationId: string,
  reportId: string,
  expectedVersion: number,
  input: { adoptedOn: string; adoptedByGroupId: string | null },
) {
  return db.transaction(async (tx) => {
    const before = await findReport(tx, collaborationId, reportId);
    if (before.adopted) throw new AppError('CONFLICT', MESSAGES.alreadyAdopted);
    const group = input.adoptedByGroupId ? await findGroup(tx, collaborationId, input.adoptedByGroupId) : null;
    if (group === undefined) throw fieldError('adoptedByGroupId', 'Gruppen finns inte i samverkan.');
    const previous = (await latestVersions(tx, [reportId])).get(reportId);
    if (previous && input.adoptedOn < previous.adoptedOn) {
      throw fieldError('adoptedOn', `Datumet kan inte ligga före då föregående version fastställdes (${previous.adoptedOn}).`);
    }
    const after = await updateIfVersion(tx, situationReports, collaborationId, reportId, expectedVersion, {
      adopted: true,
      adoptedOn: input.adoptedOn,
      adoptedByGroupId: input.adoptedByGroupId,
    });
    if (!after) throw staleVersion(await presentFull(tx, collaborationId, before));
    const current = await presentFull(tx, collaborationId, before);
    const snapshot: Snapshot = {
      ...reportFields(before),
      charts: current.charts,
      dialogues: current.dialogues,
      walks: current.walks,
      incidents: current.incidents,
      incidentSummary: current.incidentSummary,
      problems: await frozenProblems(tx, actor, collaborationId, reportId, input.adoptedOn),
      adoptedByGroup: group,
    };
    const version = await insertVersion(tx, {
      collaborationId,
      reportId,
      number: (await maxVersionNumber(tx, reportId)) + 1,
      adoptedOn: input.adoptedOn,
      adoptedByGroupId: input.adoptedByGroupId,
      snapshot,
      adoptedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'situation-report-version',
      entityId: version.id,
      after: { reportId, number: version.number, adoptedOn: version.adoptedOn, adoptedByGroupId: version.adoptedByGroupId },
    });
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'situation-report', entityId: reportId, before: auditView(before), after: auditView(after) });
    return presentFull(tx, collaborationId, after);
  });
}

export async function getVersions(db: Db, collaborationId: string, reportId: string) {
  await findReport(db, collaborationId, reportId);
  return (await listVersions(db, reportId)).map(presentVersionSummary);
}

export async function getVersion(db: Db, collaborationId: string, reportId: string, number: number) {
  await findReport(db, collaborationId, reportId);
  const found = await findVersion(db, reportId, number);
  if (!found) throw notFound(`Version ${number} av lägesbilden`);
  return presentVersion(found);
}

/**
 * The adopted lägesbilder among `reportIds` (other collaborations' and never-adopted ones are left out),
 * with the year and their latest adoption: what a plan shows of the lägesbild it starts from.
 */
export async function adoptedReportRefs(db: Db, collaborationId: string, reportIds: string[]): Promise<Map<string, PlanReportRef>> {
  const result = new Map<string, PlanReportRef>();
  const ids = [...new Set(reportIds)];
  if (ids.length === 0) return result;
  const rows = (await listReports(db, collaborationId)).filter((r) => ids.includes(r.id));
  const latest = await latestVersions(
    db,
    rows.map((r) => r.id),
  );
  for (const r of rows) {
    const v = latest.get(r.id);
    if (v) result.set(r.id, { id: r.id, year: r.year, title: r.title, adoptedOn: v.adoptedOn, number: v.number });
  }
  return result;
}

/** Why a plan cannot start from this report: not one of the collaboration's (404), or never adopted (400). */
export async function checkPlanReport(db: Db, collaborationId: string, reportId: string): Promise<void> {
  await findReport(db, collaborationId, reportId);
  if (!(await adoptedReportRefs(db, collaborationId, [reportId])).has(reportId)) {
    throw fieldError('situationReportId', 'Lägesbilden är inte fastställd ännu; en plan utgår från en fastställd lägesbild.');
  }
}

// ---- Dialogues, safety walks and their observations, incident reports ----

type ChildEntity = 'situation-dialogue' | 'safety-walk' | 'safety-walk-observation' | 'incident-report';

/** Records a child's change, and turns an adopted report into the draft of its next version. */
async function childChanged(
  tx: Db,
  actor: Actor,
  collaborationId: string,
  reportId: string,
  entry: { action: 'create' | 'update' | 'delete'; entityType: ChildEntity; entityId: string; before?: unknown; after?: unknown },
) {
  await recordAudit(tx, actor, { collaborationId, ...entry });
  const drafted = await markDraft(tx, reportId);
  if (drafted) {
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'situation-report', entityId: reportId, before: { adopted: true }, after: { adopted: false } });
  }
}

export async function createDialogue(db: Db, actor: Actor, collaborationId: string, reportId: string, input: CreateDialogueInput) {
  return db.transaction(async (tx) => {
    await findReport(tx, collaborationId, reportId);
    const dto = presentDialogue(await insertDialogue(tx, { ...input, collaborationId, reportId }));
    await childChanged(tx, actor, collaborationId, reportId, { action: 'create', entityType: 'situation-dialogue', entityId: dto.id, after: dto });
    return dto;
  });
}

export async function updateDialogue(db: Db, actor: Actor, collaborationId: string, dialogueId: string, expectedVersion: number, patch: UpdateDialogueInput) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, situationDialogues, collaborationId, dialogueId);
    if (!before) throw notFound(MESSAGES.dialogue);
    const after = await updateIfVersion(tx, situationDialogues, collaborationId, dialogueId, expectedVersion, patch);
    if (!after) throw staleVersion(presentDialogue(before));
    const dto = presentDialogue(after);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'update', entityType: 'situation-dialogue', entityId: dialogueId, before: presentDialogue(before), after: dto });
    return dto;
  });
}

export async function removeDialogue(db: Db, actor: Actor, collaborationId: string, dialogueId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, situationDialogues, collaborationId, dialogueId);
    if (!before) throw notFound(MESSAGES.dialogue);
    await deleteDialogue(tx, dialogueId);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'delete', entityType: 'situation-dialogue', entityId: dialogueId, before: presentDialogue(before) });
  });
}

export async function createWalk(db: Db, actor: Actor, collaborationId: string, reportId: string, input: CreateWalkInput) {
  return db.transaction(async (tx) => {
    await findReport(tx, collaborationId, reportId);
    const dto = presentWalk(await insertWalk(tx, { ...input, collaborationId, reportId }), []);
    await childChanged(tx, actor, collaborationId, reportId, { action: 'create', entityType: 'safety-walk', entityId: dto.id, after: dto });
    return dto;
  });
}

export async function updateWalk(db: Db, actor: Actor, collaborationId: string, walkId: string, expectedVersion: number, patch: UpdateWalkInput) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, safetyWalks, collaborationId, walkId);
    if (!before) throw notFound(MESSAGES.walk);
    const observations = await observationsOfWalk(tx, walkId);
    const after = await updateIfVersion(tx, safetyWalks, collaborationId, walkId, expectedVersion, patch);
    if (!after) throw staleVersion(presentWalk(before, observations));
    const dto = presentWalk(after, observations);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'update', entityType: 'safety-walk', entityId: walkId, before: presentWalk(before, []), after: { ...dto, observations: [] } });
    return dto;
  });
}

export async function removeWalk(db: Db, actor: Actor, collaborationId: string, walkId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, safetyWalks, collaborationId, walkId);
    if (!before) throw notFound(MESSAGES.walk);
    const dto = presentWalk(before, await observationsOfWalk(tx, walkId));
    await deleteWalk(tx, walkId);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'delete', entityType: 'safety-walk', entityId: walkId, before: dto });
  });
}

async function checkOwner(tx: Db, collaborationId: string, ownerOrganisationId: string | null | undefined) {
  if (!ownerOrganisationId) return;
  const parties = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
  if (!parties.some((p) => p.id === ownerOrganisationId)) throw fieldError('ownerOrganisationId', 'Välj en av samverkans parter som ansvarig organisation.');
}

export async function createObservation(db: Db, actor: Actor, collaborationId: string, walkId: string, input: CreateObservationInput) {
  return db.transaction(async (tx) => {
    const walk = await findInCollaboration(tx, safetyWalks, collaborationId, walkId);
    if (!walk) throw notFound(MESSAGES.walk);
    await checkOwner(tx, collaborationId, input.ownerOrganisationId);
    const row = await insertObservation(tx, { ...input, sortOrder: input.sortOrder ?? (await nextObservationOrder(tx, walkId)), collaborationId, walkId });
    const dto = presentObservation(row);
    await childChanged(tx, actor, collaborationId, walk.reportId, { action: 'create', entityType: 'safety-walk-observation', entityId: dto.id, after: dto });
    return dto;
  });
}

export async function updateObservation(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  collaborationId: string,
  observationId: string,
  expectedVersion: number,
  patch: UpdateObservationInput,
) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, safetyWalkObservations, collaborationId, observationId);
    if (!before) throw notFound(MESSAGES.observation);
    if (!roleAtLeast(viewer.role, 'coordinator') && Object.entries(patch).some(([key, value]) => key !== 'status' && value !== undefined)) {
      throw forbidden(MESSAGES.statusOnly);
    }
    await checkOwner(tx, collaborationId, patch.ownerOrganisationId);
    const walk = await findInCollaboration(tx, safetyWalks, collaborationId, before.walkId);
    const after = await updateIfVersion(tx, safetyWalkObservations, collaborationId, observationId, expectedVersion, patch);
    if (!after) throw staleVersion(presentObservation(before));
    const dto = presentObservation(after);
    await childChanged(tx, actor, collaborationId, walk!.reportId, {
      action: 'update',
      entityType: 'safety-walk-observation',
      entityId: observationId,
      before: presentObservation(before),
      after: dto,
    });
    return dto;
  });
}

export async function removeObservation(db: Db, actor: Actor, collaborationId: string, observationId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, safetyWalkObservations, collaborationId, observationId);
    if (!before) throw notFound(MESSAGES.observation);
    const walk = await findInCollaboration(tx, safetyWalks, collaborationId, before.walkId);
    await deleteObservation(tx, observationId);
    await childChanged(tx, actor, collaborationId, walk!.reportId, { action: 'delete', entityType: 'safety-walk-observation', entityId: observationId, before: presentObservation(before) });
  });
}

export async function createIncident(db: Db, actor: Actor, collaborationId: string, reportId: string, input: CreateIncidentInput) {
  return db.transaction(async (tx) => {
    await findReport(tx, collaborationId, reportId);
    const dto = presentIncident(await insertIncident(tx, { ...input, collaborationId, reportId }));
    await childChanged(tx, actor, collaborationId, reportId, { action: 'create', entityType: 'incident-report', entityId: dto.id, after: dto });
    return dto;
  });
}

export async function updateIncident(db: Db, actor: Actor, collaborationId: string, incidentId: string, expectedVersion: number, patch: UpdateIncidentInput) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, incidentReports, collaborationId, incidentId);
    if (!before) throw notFound(MESSAGES.incident);
    const after = await updateIfVersion(tx, incidentReports, collaborationId, incidentId, expectedVersion, patch);
    if (!after) throw staleVersion(presentIncident(before));
    const dto = presentIncident(after);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'update', entityType: 'incident-report', entityId: incidentId, before: presentIncident(before), after: dto });
    return dto;
  });
}

export async function removeIncident(db: Db, actor: Actor, collaborationId: string, incidentId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, incidentReports, collaborationId, incidentId);
    if (!before) throw notFound(MESSAGES.incident);
    await deleteIncident(tx, incidentId);
    await childChanged(tx, actor, collaborationId, before.reportId, { action: 'delete', entityType: 'incident-report', entityId: incidentId, before: presentIncident(before) });
  });
}
