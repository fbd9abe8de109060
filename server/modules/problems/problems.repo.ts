import { and, asc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, focusAreas, problemActivities, problemCauses, problemIndicators, problems } from '#server/db/schema.js';

export type ProblemRow = typeof problems.$inferSelect;
export type CauseRow = typeof problemCauses.$inferSelect;
export type ActivityLinkRow = typeof problemActivities.$inferSelect & { planId: string };

/** High before medium before low, then the order people set. */
const priorityRank = sql`case ${problems.priority} when 'high' then 0 when 'medium' then 1 else 2 end`;

export async function listProblems(db: Db, collaborationId: string, filter: { reportId?: string | undefined; focusAreaId?: string | undefined; ids?: string[] }) {
  const where: SQL[] = [eq(problems.collaborationId, collaborationId)];
  if (filter.reportId) where.push(eq(problems.reportId, filter.reportId));
  if (filter.focusAreaId) where.push(eq(problems.focusAreaId, filter.focusAreaId));
  if (filter.ids) where.push(inArray(problems.id, filter.ids));
  return db
    .select({ problem: problems, focusAreaName: focusAreas.name })
    .from(problems)
    .leftJoin(focusAreas, eq(focusAreas.id, problems.focusAreaId))
    .where(and(...where))
    .orderBy(priorityRank, asc(problems.sortOrder), asc(problems.createdAt), asc(problems.id));
}

export async function nextProblemOrder(db: Db, collaborationId: string): Promise<number> {
  const [row] = await db.select({ n: max(problems.sortOrder) }).from(problems).where(eq(problems.collaborationId, collaborationId));
  return (row?.n ?? -1) + 1;
}

export async function insertProblem(db: Db, row: typeof problems.$inferInsert): Promise<ProblemRow> {
  const [created] = await db.insert(problems).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteProblem(db: Db, id: string): Promise<void> {
  await db.delete(problems).where(eq(problems.id, id));
}

export async function listCauses(db: Db, problemIds: string[]): Promise<CauseRow[]> {
  if (problemIds.length === 0) return [];
  return db.select().from(problemCauses).where(inArray(problemCauses.problemId, problemIds)).orderBy(asc(problemCauses.sortOrder), asc(problemCauses.createdAt), asc(problemCauses.id));
}

export async function nextCauseOrder(db: Db, problemId: string): Promise<number> {
  const [row] = await db.select({ n: max(problemCauses.sortOrder) }).from(problemCauses).where(eq(problemCauses.problemId, problemId));
  return (row?.n ?? -1) + 1;
}

export async function insertCause(db: Db, row: typeof problemCauses.$inferInsert): Promise<CauseRow> {
  const [created] = await db.insert(problemCauses).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteCause(db: Db, id: string): Promise<void> {
  await db.delete(problemCauses).where(eq(problemCauses.id, id));
}

/** The activity links of the problems, in plan order. */
export async function listActivityLinks(db: Db, problemIds: string[]): Promise<ActivityLinkRow[]> {
  if (problemIds.length === 0) return [];
  return db
    .select({
      collaborationId: problemActivities.collaborationId,
      problemId: problemActivities.problemId,
      activityId: problemActivities.activityId,
      causeId: problemActivities.causeId,
      planId: activities.planId,
    })
    .from(problemActivities)
    .innerJoin(activities, eq(activities.id, problemActivities.activityId))
    .where(inArray(problemActivities.problemId, problemIds))
    .orderBy(asc(activities.planId), asc(activities.sortOrder), asc(activities.createdAt), asc(activities.id));
}

/** Links the activity to the problem, or moves an existing link to another cause (one link per activity and problem). */
export async function upsertActivityLink(db: Db, row: typeof problemActivities.$inferInsert): Promise<void> {
  await db
    .insert(problemActivities)
    .values(row)
    .onConflictDoUpdate({ target: [problemActivities.problemId, problemActivities.activityId], set: { causeId: row.causeId ?? null } });
}

export async function deleteActivityLink(db: Db, problemId: string, activityId: string): Promise<boolean> {
  const rows = await db
    .delete(problemActivities)
    .where(and(eq(problemActivities.problemId, problemId), eq(problemActivities.activityId, activityId)))
    .returning({ id: problemActivities.activityId });
  return rows.length > 0;
}

export async function listIndicatorLinks(db: Db, problemIds: string[]) {
  if (problemIds.length === 0) return [];
  return db
    .select({ problemId: problemIndicators.problemId, indicatorId: problemIndicators.indicatorId })
    .from(problemIndicators)
    .where(inArray(problemIndicators.problemId, problemIds));
}

export async function insertIndicatorLink(db: Db, row: typeof problemIndicators.$inferInsert): Promise<void> {
  await db.insert(problemIndicators).values(row).onConflictDoNothing();
}

export async function deleteIndicatorLink(db: Db, problemId: string, indicatorId: string): Promise<boolean> {
  const rows = await db
    .delete(problemIndicators)
    .where(and(eq(problemIndicators.problemId, problemId), eq(problemIndicators.indicatorId, indicatorId)))
    .returning({ id: problemIndicators.indicatorId });
  return rows.length > 0;
}
