import { parseFrequency } from '#domain/frequency/frequency.js';
import type { Db } from '#server/db/client.js';
import { activities, focusAreas, plans } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { adoptedReportRefs, checkPlanReport } from '#server/modules/situation-reports/situation-reports.service.js';
import { presentActivity, presentPlan } from './plans.presenter.js';
import {
  deleteActivity,
  deletePlan,
  groupExists,
  insertActivity,
  insertPlan,
  listActivities,
  listPlans,
  nextActivityOrder,
  type ActivityRow,
  type PlanRow,
} from './plans.repo.js';
import type { CreateActivityInput, UpdateActivityInput } from './plans.schemas.js';

interface PlanInput {
  kind?: PlanRow['kind'] | undefined;
  title?: string | undefined;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
  adoptedByGroupId?: string | null | undefined;
  adoptedOn?: string | null | undefined;
  shiftsPerWeek?: number | null | undefined;
  situationReportId?: string | null | undefined;
}

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field: `body.${field}`, message }]);

async function checkPlanRefs(tx: Db, collaborationId: string, input: PlanInput) {
  if (input.adoptedByGroupId && !(await groupExists(tx, collaborationId, input.adoptedByGroupId))) {
    throw fieldError('adoptedByGroupId', 'Gruppen finns inte i samverkan.');
  }
  if (input.situationReportId) await checkPlanReport(tx, collaborationId, input.situationReportId);
}

/** The lägesbild a plan starts from, as the plan shows it. */
async function reportOf(db: Db, collaborationId: string, plan: PlanRow) {
  return plan.situationReportId ? (await adoptedReportRefs(db, collaborationId, [plan.situationReportId])).get(plan.situationReportId) : undefined;
}

async function checkActivityRefs(tx: Db, collaborationId: string, input: UpdateActivityInput) {
  if (input.focusAreaId && !(await findInCollaboration(tx, focusAreas, collaborationId, input.focusAreaId))) {
    throw fieldError('focusAreaId', 'Fokusområdet finns inte i samverkan.');
  }
  if (input.responsibleOrganisationId) {
    const parties = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
    if (!parties.some((p) => p.id === input.responsibleOrganisationId)) {
      throw fieldError('responsibleOrganisationId', 'Välj en av samverkans parter som ansvarig organisation.');
    }
  }
}

export async function getPlans(db: Db, collaborationId: string) {
  const rows = await listPlans(db, collaborationId);
  const reports = await adoptedReportRefs(
    db,
    collaborationId,
    rows.flatMap((r) => (r.plan.situationReportId ? [r.plan.situationReportId] : [])),
  );
  return rows.map((r) => presentPlan(r.plan, r.activityCount, r.plan.situationReportId ? reports.get(r.plan.situationReportId) : undefined));
}

export async function getPlan(db: Db, collaborationId: string, planId: string) {
  const plan = await findInCollaboration(db, plans, collaborationId, planId);
  if (!plan) throw notFound('Planen');
  const rows = await listActivities(db, [planId]);
  return { ...presentPlan(plan, rows.length, await reportOf(db, collaborationId, plan)), activities: rows.map(presentActivity) };
}

/** Every field but the lägesbild is required (callers from before the lägesbild leave it out). */
type CreatePlanInput = Required<Omit<PlanInput, 'situationReportId'>> & Pick<PlanInput, 'situationReportId'>;

export async function createPlan(db: Db, actor: Actor, collaborationId: string, input: CreatePlanInput) {
  return db.transaction(async (tx) => {
    await checkPlanRefs(tx, collaborationId, input);
    const row = await insertPlan(tx, { collaborationId, ...input });
    const dto = presentPlan(row, 0, await reportOf(tx, collaborationId, row));
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'plan', entityId: row.id, after: dto });
    return dto;
  });
}

export async function updatePlan(db: Db, actor: Actor, collaborationId: string, planId: string, expectedVersion: number, patch: PlanInput) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, plans, collaborationId, planId);
    if (!before) throw notFound('Planen');
    const count = (await listActivities(tx, [planId])).length;
    const start = patch.periodStart ?? before.periodStart;
    const end = patch.periodEnd ?? before.periodEnd;
    if (start > end) throw fieldError('periodEnd', 'Periodens slut kan inte ligga före dess början.');
    await checkPlanRefs(tx, collaborationId, patch);
    const beforeDto = presentPlan(before, count, await reportOf(tx, collaborationId, before));
    const after = await updateIfVersion(tx, plans, collaborationId, planId, expectedVersion, patch);
    if (!after) throw staleVersion(beforeDto);
    const dto = presentPlan(after, count, await reportOf(tx, collaborationId, after));
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'plan', entityId: planId, before: beforeDto, after: dto });
    return dto;
  });
}

export async function removePlan(db: Db, actor: Actor, collaborationId: string, planId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, plans, collaborationId, planId);
    if (!before) throw notFound('Planen');
    const rows = await listActivities(tx, [planId]);
    await deletePlan(tx, planId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'plan',
      entityId: planId,
      before: { ...presentPlan(before, rows.length, await reportOf(tx, collaborationId, before)), activities: rows.map(presentActivity) },
    });
  });
}

export async function createActivity(db: Db, actor: Actor, collaborationId: string, planId: string, input: CreateActivityInput) {
  return db.transaction(async (tx) => {
    if (!(await findInCollaboration(tx, plans, collaborationId, planId))) throw notFound('Planen');
    await checkActivityRefs(tx, collaborationId, input);
    const whenText = input.whenText ?? '';
    const row = await insertActivity(tx, {
      ...input,
      collaborationId,
      planId,
      whenText,
      frequency: input.frequency ?? parseFrequency(whenText),
      sortOrder: input.sortOrder ?? (await nextActivityOrder(tx, planId)),
    });
    const dto = presentActivity(row);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'activity', entityId: row.id, after: dto });
    return dto;
  });
}

export async function getActivity(db: Db, collaborationId: string, activityId: string): Promise<ActivityRow> {
  const row = await findInCollaboration(db, activities, collaborationId, activityId);
  if (!row) throw notFound('Aktiviteten');
  return row;
}

export async function updateActivity(
  db: Db,
  actor: Actor,
  collaborationId: string,
  activityId: string,
  expectedVersion: number,
  patch: UpdateActivityInput,
) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, activities, collaborationId, activityId);
    if (!before) throw notFound('Aktiviteten');
    const start = patch.startDate === undefined ? before.startDate : patch.startDate;
    const end = patch.endDate === undefined ? before.endDate : patch.endDate;
    if (start && end && start > end) throw fieldError('endDate', 'Slutdatum kan inte ligga före startdatum.');
    await checkActivityRefs(tx, collaborationId, patch);
    // New "När" text without a corrected target: read the target from the new text.
    const frequency = patch.frequency ?? (patch.whenText !== undefined && patch.whenText !== before.whenText ? parseFrequency(patch.whenText) : undefined);
    const after = await updateIfVersion(tx, activities, collaborationId, activityId, expectedVersion, { ...patch, frequency });
    if (!after) throw staleVersion(presentActivity(before));
    const dto = presentActivity(after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'activity', entityId: activityId, before: presentActivity(before), after: dto });
    return dto;
  });
}

export async function removeActivity(db: Db, actor: Actor, collaborationId: string, activityId: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, activities, collaborationId, activityId);
    if (!before) throw notFound('Aktiviteten');
    await deleteActivity(tx, activityId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'activity', entityId: activityId, before: presentActivity(before) });
  });
}
