import { asc, eq, max } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { focusAreas } from '#server/db/schema.js';

export type FocusAreaRow = typeof focusAreas.$inferSelect;

export async function listFocusAreas(db: Db, collaborationId: string): Promise<FocusAreaRow[]> {
  return db
    .select()
    .from(focusAreas)
    .where(eq(focusAreas.collaborationId, collaborationId))
    .orderBy(asc(focusAreas.sortOrder), asc(focusAreas.name));
}

export async function nextFocusAreaOrder(db: Db, collaborationId: string): Promise<number> {
  const [row] = await db.select({ n: max(focusAreas.sortOrder) }).from(focusAreas).where(eq(focusAreas.collaborationId, collaborationId));
  return (row?.n ?? -1) + 1;
}

export async function insertFocusArea(db: Db, row: typeof focusAreas.$inferInsert): Promise<FocusAreaRow> {
  const [created] = await db.insert(focusAreas).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteFocusArea(db: Db, id: string): Promise<void> {
  await db.delete(focusAreas).where(eq(focusAreas.id, id));
}
