import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activityLogs } from '#server/db/schema.js';
import { visibleTo } from '#server/db/visibility.js';

/** Done per day for one activity, as the viewer may see it. */
export async function donePerDay(db: Db, f: { collaborationId: string; activityId: string; from: string; to: string; viewerOrganisationId: string | null }) {
  const rows = await db
    .select({ day: activityLogs.occurredOn, done: sql<number>`sum(${activityLogs.count})::int` })
    .from(activityLogs)
    .where(
      and(
        eq(activityLogs.collaborationId, f.collaborationId),
        eq(activityLogs.activityId, f.activityId),
        gte(activityLogs.occurredOn, f.from),
        lte(activityLogs.occurredOn, f.to),
        visibleTo(activityLogs, f.viewerOrganisationId),
      ),
    )
    .groupBy(activityLogs.occurredOn)
    .orderBy(activityLogs.occurredOn);
  return rows.map((r) => ({ day: r.day, done: Number(r.done) }));
}
