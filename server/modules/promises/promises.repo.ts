import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, citizenPromises, organisations, promiseActivities, promiseItems } from '#server/db/schema.js';

export type CitizenPromiseRow = typeof citizenPromises.$inferSelect;
export type PromiseItemRow = typeof promiseItems.$inferSelect;
export interface LinkedActivity {
  promiseItemId: string;
  id: string;
  what: string;
  planId: string;
}

export async function listPromises(db: Db, collaborationId: string) {
  return db
    .select({ promise: citizenPromises, municipalityName: organisations.name, itemCount: count(promiseItems.id) })
    .from(citizenPromises)
    .innerJoin(organisations, eq(organisations.id, citizenPromises.municipalityId))
    .leftJoin(promiseItems, eq(promiseItems.promiseId, citizenPromises.id))
    .where(eq(citizenPromises.collaborationId, collaborationId))
    .groupBy(citizenPromises.id, organisations.name)
    .orderBy(desc(citizenPromises.periodStart), asc(organisations.name), asc(citizenPromises.title));
}

export async function municipalityName(db: Db, organisationId: string): Promise<string> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return row?.name ?? '';
}

export async function insertPromise(db: Db, row: typeof citizenPromises.$inferInsert): Promise<CitizenPromiseRow> {
  const [created] = await db.insert(citizenPromises).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deletePromise(db: Db, id: string): Promise<void> {
  await db.delete(citizenPromises).where(eq(citizenPromises.id, id));
}

export async function listItems(db: Db, promiseIds: string[]): Promise<PromiseItemRow[]> {
  if (promiseIds.length === 0) return [];
  return db.select().from(promiseItems).where(inArray(promiseItems.promiseId, promiseIds)).orderBy(asc(promiseItems.sortOrder), asc(promiseItems.createdAt), asc(promiseItems.id));
}

export async function nextItemOrder(db: Db, promiseId: string): Promise<number> {
  const [row] = await db.select({ n: max(promiseItems.sortOrder) }).from(promiseItems).where(eq(promiseItems.promiseId, promiseId));
  return (row?.n ?? -1) + 1;
}

export async function insertItem(db: Db, row: typeof promiseItems.$inferInsert): Promise<PromiseItemRow> {
  const [created] = await db.insert(promiseItems).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteItem(db: Db, id: string): Promise<void> {
  await db.delete(promiseItems).where(eq(promiseItems.id, id));
}

/** The activities linked to the items, in plan order. */
export async function listLinkedActivities(db: Db, itemIds: string[]): Promise<LinkedActivity[]> {
  if (itemIds.length === 0) return [];
  return db
    .select({ promiseItemId: promiseActivities.promiseItemId, id: activities.id, what: activities.what, planId: activities.planId })
    .from(promiseActivities)
    .innerJoin(activities, eq(activities.id, promiseActivities.activityId))
    .where(inArray(promiseActivities.promiseItemId, itemIds))
    .orderBy(asc(activities.planId), asc(activities.sortOrder), asc(activities.createdAt), asc(activities.id));
}

/** Of the given ids, those that are activities of the collaboration. */
export async function activityIdsInCollaboration(db: Db, collaborationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.collaborationId, collaborationId), inArray(activities.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function replaceLinks(db: Db, collaborationId: string, promiseItemId: string, activityIds: string[]): Promise<void> {
  await db.delete(promiseActivities).where(eq(promiseActivities.promiseItemId, promiseItemId));
  if (activityIds.length === 0) return;
  await db.insert(promiseActivities).values(activityIds.map((activityId) => ({ collaborationId, promiseItemId, activityId })));
}

/** The promise items an activity delivers, with their medborgarlöfte and its kommun. */
export async function listItemsOfActivity(db: Db, collaborationId: string, activityId: string) {
  return db
    .select({ item: promiseItems, promise: citizenPromises, municipalityName: organisations.name })
    .from(promiseActivities)
    .innerJoin(promiseItems, eq(promiseItems.id, promiseActivities.promiseItemId))
    .innerJoin(citizenPromises, eq(citizenPromises.id, promiseItems.promiseId))
    .innerJoin(organisations, eq(organisations.id, citizenPromises.municipalityId))
    .where(and(eq(promiseActivities.collaborationId, collaborationId), eq(promiseActivities.activityId, activityId)))
    .orderBy(desc(citizenPromises.periodStart), asc(citizenPromises.title), asc(promiseItems.sortOrder), asc(promiseItems.id));
}
