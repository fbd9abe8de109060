import { and, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { calendarFeeds, organisations, plans, users } from '#server/db/schema.js';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
export interface CalendarFeedWithOwner {
  feed: CalendarFeedRow;
  ownerName: string | null;
}

const withOwner = { feed: calendarFeeds, ownerName: users.displayName };

export async function insertFeed(db: Db, row: typeof calendarFeeds.$inferInsert): Promise<CalendarFeedRow> {
  const [created] = await db.insert(calendarFeeds).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** The collaboration's feeds, newest first; with `userId`, only that member's personal feeds. */
export async function listFeeds(db: Db, collaborationId: string, onlyUserId?: string): Promise<CalendarFeedWithOwner[]> {
  const scope = onlyUserId === undefined ? eq(calendarFeeds.collaborationId, collaborationId) : and(eq(calendarFeeds.collaborationId, collaborationId), eq(calendarFeeds.userId, onlyUserId));
  return db.select(withOwner).from(calendarFeeds).leftJoin(users, eq(users.id, calendarFeeds.userId)).where(scope).orderBy(desc(calendarFeeds.createdAt));
}

export async function findFeed(db: Db, collaborationId: string, id: string): Promise<CalendarFeedWithOwner | undefined> {
  const rows = await db
    .select(withOwner)
    .from(calendarFeeds)
    .leftJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.collaborationId, collaborationId), eq(calendarFeeds.id, id)))
    .limit(1);
  return rows[0];
}

export async function findActiveFeedByHash(db: Db, tokenHash: string): Promise<CalendarFeedRow | undefined> {
  const rows = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function touchFeed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(calendarFeeds).set({ lastUsedAt: at }).where(eq(calendarFeeds.id, id));
}

export async function revokeFeed(db: Db, id: string, at: Date): Promise<CalendarFeedRow> {
  const [row] = await db.update(calendarFeeds).set({ revokedAt: at }).where(eq(calendarFeeds.id, id)).returning();
  if (!row) throw new Error('revoke found no row');
  return row;
}

/** Plans of the collaboration whose period overlaps from..to (inclusive dates). */
export async function plansOverlapping(db: Db, collaborationId: string, from: string, to: string) {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.collaborationId, collaborationId), lte(plans.periodStart, to), gte(plans.periodEnd, from)));
}

export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
