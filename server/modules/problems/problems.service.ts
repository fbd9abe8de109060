import type { Db } from '#server/db/client.js';
import { activities, focusAreas, indicators, problemCauses, problems, situationReports } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { planDashboard } from '#server/modules/follow-up/follow-up.service.js';
import { listIndicatorSummaries } from '#server/modules/indicators/indicators.service.js';
import { presentCause, presentChain, presentProblem, type PlanActivityStatus } from './problems.presenter.js';
import {
  deleteActivityLink,
  deleteCause,
  deleteIndicatorLink,
  deleteProblem,
  insertCause,
  insertIndicatorLink,
  insertProblem,
  listActivityLinks,
  listCauses,
  listIndicatorLinks,
  listProblems,
  nextCauseOrder,
  nextProblemOrder,
  upsertActivityLink,
  type CauseRow,
  type ProblemRow,
} from './problems.repo.js';
import type { CreateCauseInput, CreateProblemInput, LinkActivityInput, ProblemWithChainDto, UpdateCauseInput, UpdateProblemInput } from './problems.schemas.js';

/** Whose eyes the chain is read with: the day of the follow-up status and the organisation for restricted log entries. */
export interface ChainView {
  asOf: string;
  viewerOrganisationId: string | null;
}

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field: `body.${field}`, message }]);

async function findProblem(tx: Db, collaborationId: string, problemId: string): Promise<ProblemRow> {
  const row = await findInCollaboration(tx, problems, collaborationId, problemId);
  if (!row) throw notFound('Problemet');
  return row;
}

async function findCause(tx: Db, collaborationId: string, causeId: string): Promise<CauseRow> {
  const row = await findInCollaboration(tx, problemCauses, collaborationId, causeId);
  if (!row) throw notFound('Orsaken');
  return row;
}

async function checkRefs(tx: Db, collaborationId: string, input: { reportId?: string | null | undefined; focusAreaId?: string | null | undefined }) {
  if (input.reportId && !(await findInCollaboration(tx, situationReports, collaborationId, input.reportId))) {
    throw fieldError('reportId', 'Lägesbilden finns inte i samverkan.');
  }
  if (input.focusAreaId && !(await findInCollaboration(tx, focusAreas, collaborationId, input.focusAreaId))) {
    throw fieldError('focusAreaId', 'Fokusområdet finns inte i samverkan.');
  }
}

/** Each linked activity's plan, what/when and status, read from the plan's follow-up dashboard (one per plan). */
async function activityStatuses(db: Db, collaborationId: string, planIds: string[], view: ChainView): Promise<Map<string, PlanActivityStatus>> {
  const byActivity = new Map<string, PlanActivityStatus>();
  for (const planId of [...new Set(planIds)]) {
    const dashboard = await planDashboard(db, collaborationId, planId, view.asOf, view.viewerOrganisationId);
    for (const group of dashboard.focusAreas) {
      for (const entry of group.activities) byActivity.set(entry.activity.id, { planTitle: dashboard.title, activity: entry.activity, status: entry.status });
    }
  }
  return byActivity;
}

async function chains(db: Db, collaborationId: string, filter: Parameters<typeof listProblems>[2], view: ChainView): Promise<ProblemWithChainDto[]> {
  const rows = await listProblems(db, collaborationId, filter);
  const ids = rows.map((r) => r.problem.id);
  const [causes, links, indicatorLinks] = await Promise.all([listCauses(db, ids), listActivityLinks(db, ids), listIndicatorLinks(db, ids)]);
  const statuses = await activityStatuses(db, collaborationId, links.map((l) => l.planId), view);
  const indicatorIds = [...new Set(indicatorLinks.map((i) => i.indicatorId))];
  const summaries = indicatorIds.length === 0 ? [] : await listIndicatorSummaries(db, collaborationId, { ids: indicatorIds, viewerOrganisationId: view.viewerOrganisationId });
  return rows.map((r) =>
    presentChain(r.problem, r.focusAreaName, view.asOf, {
      causes: causes.filter((c) => c.problemId === r.problem.id),
      links: links.filter((l) => l.problemId === r.problem.id),
      statuses,
      indicators: summaries.filter((i) => indicatorLinks.some((l) => l.problemId === r.problem.id && l.indicatorId === i.id)),
    }),
  );
}

async function chainOf(db: Db, collaborationId: string, problemId: string, view: ChainView): Promise<ProblemWithChainDto> {
  const [chain] = await chains(db, collaborationId, { ids: [problemId] }, view);
  if (!chain) throw notFound('Problemet');
  return chain;
}

/** What the links look like, for the audit log. */
async function linkSnapshot(tx: Db, problemId: string) {
  const [causes, links, indicatorLinks] = await Promise.all([listCauses(tx, [problemId]), listActivityLinks(tx, [problemId]), listIndicatorLinks(tx, [problemId])]);
  return {
    causes: causes.map(presentCause),
    activities: links.map((l) => ({ activityId: l.activityId, causeId: l.causeId })),
    indicatorIds: indicatorLinks.map((i) => i.indicatorId),
  };
}

async function focusAreaName(tx: Db, collaborationId: string, focusAreaId: string | null): Promise<string | null> {
  if (!focusAreaId) return null;
  return (await findInCollaboration(tx, focusAreas, collaborationId, focusAreaId))?.name ?? null;
}

export function getProblems(db: Db, collaborationId: string, filter: { reportId?: string | undefined; focusAreaId?: string | undefined }, view: ChainView) {
  return chains(db, collaborationId, filter, view);
}

export async function getProblem(db: Db, collaborationId: string, problemId: string, view: ChainView) {
  return chainOf(db, collaborationId, problemId, view);
}

export async function createProblem(db: Db, actor: Actor, collaborationId: string, input: CreateProblemInput, view: ChainView) {
  return chainOf(db, collaborationId, await insertProblemRow(db, actor, collaborationId, input), view);
}

/** Creates the problem and returns its id (for callers that do not need the chain, like the demo seed). */
export async function insertProblemRow(db: Db, actor: Actor, collaborationId: string, input: CreateProblemInput): Promise<string> {
  return db.transaction(async (tx) => {
    await checkRefs(tx, collaborationId, input);
    const row = await insertProblem(tx, {
      collaborationId,
      title: input.title,
      reportId: input.reportId ?? null,
      focusAreaId: input.focusAreaId ?? null,
      description: input.description ?? '',
      area: input.area ?? '',
      priority: input.priority ?? 'medium',
      sortOrder: input.sortOrder ?? (await nextProblemOrder(tx, collaborationId)),
    });
    const dto = presentProblem(row, await focusAreaName(tx, collaborationId, row.focusAreaId));
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'problem', entityId: row.id, after: dto });
    return row.id;
  });
}

export async function updateProblem(db: Db, actor: Actor, collaborationId: string, problemId: string, expectedVersion: number, patch: UpdateProblemInput, view: ChainView) {
  await db.transaction(async (tx) => {
    const beforeRow = await findProblem(tx, collaborationId, problemId);
    const before = presentProblem(beforeRow, await focusAreaName(tx, collaborationId, beforeRow.focusAreaId));
    await checkRefs(tx, collaborationId, patch);
    const after = await updateIfVersion(tx, problems, collaborationId, problemId, expectedVersion, patch);
    if (!after) throw staleVersion(await chainOf(tx, collaborationId, problemId, view));
    const dto = presentProblem(after, await focusAreaName(tx, collaborationId, after.focusAreaId));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem', entityId: problemId, before, after: dto });
  });
  return chainOf(db, collaborationId, problemId, view);
}

export async function removeProblem(db: Db, actor: Actor, collaborationId: string, problemId: string) {
  await db.transaction(async (tx) => {
    const row = await findProblem(tx, collaborationId, problemId);
    const before = { ...presentProblem(row, await focusAreaName(tx, collaborationId, row.focusAreaId)), ...(await linkSnapshot(tx, problemId)) };
    await deleteProblem(tx, problemId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'problem', entityId: problemId, before });
  });
}

export async function addCause(db: Db, actor: Actor, collaborationId: string, problemId: string, input: CreateCauseInput) {
  return db.transaction(async (tx) => {
    await findProblem(tx, collaborationId, problemId);
    const row = await insertCause(tx, {
      collaborationId,
      problemId,
      kind: input.kind,
      description: input.description,
      sortOrder: input.sortOrder ?? (await nextCauseOrder(tx, problemId)),
    });
    const dto = presentCause(row);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'problem-cause', entityId: row.id, after: dto });
    return dto;
  });
}

/** Saved only if the cause is still at the version the user started from; otherwise 412 with the current cause. */
export async function changeCause(db: Db, actor: Actor, collaborationId: string, causeId: string, expectedVersion: number, patch: UpdateCauseInput) {
  return db.transaction(async (tx) => {
    const before = presentCause(await findCause(tx, collaborationId, causeId));
    const after = await updateIfVersion(tx, problemCauses, collaborationId, causeId, expectedVersion, patch);
    if (!after) throw staleVersion(presentCause(await findCause(tx, collaborationId, causeId)));
    const dto = presentCause(after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem-cause', entityId: causeId, before, after: dto });
    return dto;
  });
}

export async function removeCause(db: Db, actor: Actor, collaborationId: string, causeId: string) {
  await db.transaction(async (tx) => {
    const before = presentCause(await findCause(tx, collaborationId, causeId));
    await deleteCause(tx, causeId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'problem-cause', entityId: causeId, before });
  });
}

/** Links a plan activity to the problem (optionally to one of its causes); linking it again moves it to the cause given. */
export async function linkActivity(db: Db, actor: Actor, collaborationId: string, problemId: string, input: LinkActivityInput, view: ChainView) {
  await saveActivityLink(db, actor, collaborationId, problemId, input);
  return chainOf(db, collaborationId, problemId, view);
}

export async function saveActivityLink(db: Db, actor: Actor, collaborationId: string, problemId: string, input: LinkActivityInput): Promise<void> {
  await db.transaction(async (tx) => {
    await findProblem(tx, collaborationId, problemId);
    if (!(await findInCollaboration(tx, activities, collaborationId, input.activityId))) throw notFound('Aktiviteten');
    if (input.causeId) {
      const cause = await findInCollaboration(tx, problemCauses, collaborationId, input.causeId);
      if (!cause || cause.problemId !== problemId) throw fieldError('causeId', 'Orsaken hör inte till det här problemet.');
    }
    const before = await linkSnapshot(tx, problemId);
    await upsertActivityLink(tx, { collaborationId, problemId, activityId: input.activityId, causeId: input.causeId });
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem', entityId: problemId, before, after: await linkSnapshot(tx, problemId) });
  });
}

export async function unlinkActivity(db: Db, actor: Actor, collaborationId: string, problemId: string, activityId: string) {
  await db.transaction(async (tx) => {
    await findProblem(tx, collaborationId, problemId);
    const before = await linkSnapshot(tx, problemId);
    if (!(await deleteActivityLink(tx, problemId, activityId))) throw notFound('Kopplingen till aktiviteten');
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem', entityId: problemId, before, after: await linkSnapshot(tx, problemId) });
  });
}

export async function linkIndicator(db: Db, actor: Actor, collaborationId: string, problemId: string, indicatorId: string, view: ChainView) {
  await saveIndicatorLink(db, actor, collaborationId, problemId, indicatorId);
  return chainOf(db, collaborationId, problemId, view);
}

export async function saveIndicatorLink(db: Db, actor: Actor, collaborationId: string, problemId: string, indicatorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await findProblem(tx, collaborationId, problemId);
    if (!(await findInCollaboration(tx, indicators, collaborationId, indicatorId))) throw notFound('Indikatorn');
    const before = await linkSnapshot(tx, problemId);
    await insertIndicatorLink(tx, { collaborationId, problemId, indicatorId });
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem', entityId: problemId, before, after: await linkSnapshot(tx, problemId) });
  });
}

export async function unlinkIndicator(db: Db, actor: Actor, collaborationId: string, problemId: string, indicatorId: string) {
  await db.transaction(async (tx) => {
    await findProblem(tx, collaborationId, problemId);
    const before = await linkSnapshot(tx, problemId);
    if (!(await deleteIndicatorLink(tx, problemId, indicatorId))) throw notFound('Kopplingen till indikatorn');
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'problem', entityId: problemId, before, after: await linkSnapshot(tx, problemId) });
  });
}
