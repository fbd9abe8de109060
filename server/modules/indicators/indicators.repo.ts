import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, activityLogs, indicators, indicatorValues } from '#server/db/schema.js';
import { visibleTo } from '#server/db/visibility.js';

export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;

export async function listIndicatorRows(db: Db, collaborationId: string, filter: { ids?: string[] | undefined; focusAreaId?: string | undefined } = {}): Promise<IndicatorRow[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(
      and(
        eq(indicators.collaborationId, collaborationId),
        filter.ids ? inArray(indicators.id, filter.ids) : undefined,
        filter.focusAreaId ? eq(indicators.focusAreaId, filter.focusAreaId) : undefined,
      ),
    )
    .orderBy(asc(indicators.sortOrder), asc(indicators.name), asc(indicators.id));
}

export async function nextIndicatorOrder(db: Db, collaborationId: string): Promise<number> {
  const [row] = await db.select({ n: max(indicators.sortOrder) }).from(indicators).where(eq(indicators.collaborationId, collaborationId));
  return (row?.n ?? -1) + 1;
}

export async function insertIndicator(db: Db, row: typeof indicators.$inferInsert): Promise<IndicatorRow> {
  const [created] = await db.insert(indicators).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteIndicator(db: Db, id: string): Promise<void> {
  await db.delete(indicators).where(eq(indicators.id, id));
}

/** Manually entered values of the given indicators. */
export async function listManualValues(db: Db, indicatorIds: string[]): Promise<IndicatorValueRow[]> {
  if (indicatorIds.length === 0) return [];
  return db.select().from(indicatorValues).where(inArray(indicatorValues.indicatorId, indicatorIds));
}

export async function findManualValue(db: Db, indicatorId: string, period: string): Promise<IndicatorValueRow | undefined> {
  const [row] = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.period, period)))
    .limit(1);
  return row;
}

/** A new value for the period; undefined when the period has one already (someone else entered it first). */
export async function insertManualValue(db: Db, row: { collaborationId: string; indicatorId: string; period: string; value: number; note: string }): Promise<IndicatorValueRow | undefined> {
  const [saved] = await db.insert(indicatorValues).values(row).onConflictDoNothing({ target: [indicatorValues.indicatorId, indicatorValues.period] }).returning();
  return saved;
}

/** Corrects the period's value only if it is still at the version the caller saw; undefined otherwise. */
export async function updateManualValueIfVersion(
  db: Db,
  indicatorId: string,
  period: string,
  expectedVersion: number,
  change: { value: number; note: string },
): Promise<IndicatorValueRow | undefined> {
  const [saved] = await db
    .update(indicatorValues)
    .set({ value: change.value, note: change.note, version: sql`${indicatorValues.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.period, period), eq(indicatorValues.version, expectedVersion)))
    .returning();
  return saved;
}

export async function deleteManualValue(db: Db, indicatorId: string, period: string): Promise<void> {
  await db.delete(indicatorValues).where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.period, period)));
}

/**
 * Logged count per calendar year for activities, as the viewer may see them (the same rule as the
 * follow-up: rows restricted to another organisation are not counted). Only counts, never notes.
 */
export async function loggedCountPerYear(db: Db, f: { collaborationId: string; activityIds: string[]; viewerOrganisationId: string | null }) {
  if (f.activityIds.length === 0) return [];
  const year = sql<string>`to_char(${activityLogs.occurredOn}::date, 'YYYY')`;
  const rows = await db
    .select({ activityId: activityLogs.activityId, year, done: sql<number>`coalesce(sum(${activityLogs.count}), 0)::int` })
    .from(activityLogs)
    .where(and(eq(activityLogs.collaborationId, f.collaborationId), inArray(activityLogs.activityId, f.activityIds), visibleTo(activityLogs, f.viewerOrganisationId)))
    .groupBy(activityLogs.activityId, year);
  return rows.map((r) => ({ activityId: r.activityId, period: String(r.year), value: Number(r.done) }));
}

export async function activityNames(db: Db, collaborationId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: activities.id, what: activities.what })
    .from(activities)
    .where(and(eq(activities.collaborationId, collaborationId), inArray(activities.id, ids)));
  return new Map(rows.map((r) => [r.id, r.what]));
}
