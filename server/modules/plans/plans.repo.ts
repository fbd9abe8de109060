import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, groups, plans } from '#server/db/schema.js';

export type PlanRow = typeof plans.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

export async function listPlans(db: Db, collaborationId: string) {
  return db
    .select({ plan: plans, activityCount: count(activities.id) })
    .from(plans)
    .leftJoin(activities, eq(activities.planId, plans.id))
    .where(eq(plans.collaborationId, collaborationId))
    .groupBy(plans.id)
    .orderBy(desc(plans.periodStart), asc(plans.title));
}

export async function insertPlan(db: Db, row: typeof plans.$inferInsert): Promise<PlanRow> {
  const [created] = await db.insert(plans).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deletePlan(db: Db, id: string): Promise<void> {
  await db.delete(plans).where(eq(plans.id, id));
}

export async function groupExists(db: Db, collaborationId: string, groupId: string): Promise<boolean> {
  const rows = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.id, groupId), eq(groups.collaborationId, collaborationId))).limit(1);
  return rows.length > 0;
}

export async function listActivities(db: Db, planIds: string[]): Promise<ActivityRow[]> {
  if (planIds.length === 0) return [];
  return db.select().from(activities).where(inArray(activities.planId, planIds)).orderBy(asc(activities.sortOrder), asc(activities.createdAt));
}

export async function nextActivityOrder(db: Db, planId: string): Promise<number> {
  const [row] = await db.select({ n: max(activities.sortOrder) }).from(activities).where(eq(activities.planId, planId));
  return (row?.n ?? -1) + 1;
}

export async function insertActivity(db: Db, row: typeof activities.$inferInsert): Promise<ActivityRow> {
  const [created] = await db.insert(activities).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteActivity(db: Db, id: string): Promise<void> {
  await db.delete(activities).where(eq(activities.id, id));
}
