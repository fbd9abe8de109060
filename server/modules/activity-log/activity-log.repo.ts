import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { visibleTo } from '#server/db/visibility.js';
import { activities, activityLogs, attachments, organisations, users } from '#server/db/schema.js';

export type LogRow = typeof activityLogs.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;
export type AttachmentMeta = Omit<AttachmentRow, 'data'>;

export async function listLogs(
  db: Db,
  f: { collaborationId: string; activityId: string; viewerOrganisationId: string | null; from?: string | undefined; to?: string | undefined; limit: number; offset: number },
) {
  const conditions: SQL[] = [
    eq(activityLogs.collaborationId, f.collaborationId),
    eq(activityLogs.activityId, f.activityId),
    visibleTo(activityLogs, f.viewerOrganisationId),
  ];
  if (f.from) conditions.push(gte(activityLogs.occurredOn, f.from));
  if (f.to) conditions.push(lte(activityLogs.occurredOn, f.to));
  return db
    .select({ log: activityLogs, reporterName: users.displayName, restrictedName: organisations.name })
    .from(activityLogs)
    .leftJoin(users, eq(users.id, activityLogs.reportedBy))
    .leftJoin(organisations, eq(organisations.id, activityLogs.restrictedToOrganisationId))
    .where(and(...conditions))
    .orderBy(desc(activityLogs.occurredOn), desc(activityLogs.createdAt))
    .limit(f.limit)
    .offset(f.offset);
}

export async function findVisibleLog(db: Db, collaborationId: string, logId: string, viewerOrganisationId: string | null) {
  const rows = await db
    .select({ log: activityLogs, reporterName: users.displayName, restrictedName: organisations.name })
    .from(activityLogs)
    .leftJoin(users, eq(users.id, activityLogs.reportedBy))
    .leftJoin(organisations, eq(organisations.id, activityLogs.restrictedToOrganisationId))
    .where(and(eq(activityLogs.id, logId), eq(activityLogs.collaborationId, collaborationId), visibleTo(activityLogs, viewerOrganisationId)))
    .limit(1);
  return rows[0];
}

export async function insertLog(db: Db, row: typeof activityLogs.$inferInsert): Promise<LogRow> {
  const [created] = await db.insert(activityLogs).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteLog(db: Db, id: string): Promise<void> {
  await db.delete(activityLogs).where(eq(activityLogs.id, id));
}

const attachmentMeta = {
  id: attachments.id,
  collaborationId: attachments.collaborationId,
  activityLogId: attachments.activityLogId,
  filename: attachments.filename,
  contentType: attachments.contentType,
  size: attachments.size,
  sha256: attachments.sha256,
  restrictedToOrganisationId: attachments.restrictedToOrganisationId,
  uploadedBy: attachments.uploadedBy,
  createdAt: attachments.createdAt,
};

export async function listAttachments(db: Db, logIds: string[], viewerOrganisationId: string | null) {
  if (logIds.length === 0) return [];
  return db
    .select({ attachment: attachmentMeta, restrictedName: organisations.name })
    .from(attachments)
    .leftJoin(organisations, eq(organisations.id, attachments.restrictedToOrganisationId))
    .where(and(inArray(attachments.activityLogId, logIds), visibleTo(attachments, viewerOrganisationId)))
    .orderBy(asc(attachments.createdAt));
}

export async function findVisibleAttachment(db: Db, collaborationId: string, logId: string, attachmentId: string, viewerOrganisationId: string | null) {
  const rows = await db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.activityLogId, logId),
        eq(attachments.collaborationId, collaborationId),
        visibleTo(attachments, viewerOrganisationId),
      ),
    )
    .limit(1);
  return rows[0];
}

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert): Promise<AttachmentMeta> {
  const [created] = await db.insert(attachments).values(row).returning(attachmentMeta);
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.delete(attachments).where(eq(attachments.id, id));
}

/** Logged counts per activity within [from, to] and the activity's own start and end, as the viewer may see them. */
export async function doneCounts(
  db: Db,
  f: { collaborationId: string; activityIds: string[]; from: string; to: string; viewerOrganisationId: string | null },
): Promise<Map<string, number>> {
  if (f.activityIds.length === 0) return new Map();
  const rows = await db
    .select({ activityId: activityLogs.activityId, done: sql<number>`coalesce(sum(${activityLogs.count}), 0)::int` })
    .from(activityLogs)
    .innerJoin(activities, eq(activities.id, activityLogs.activityId))
    .where(
      and(
        eq(activityLogs.collaborationId, f.collaborationId),
        inArray(activityLogs.activityId, f.activityIds),
        gte(activityLogs.occurredOn, f.from),
        lte(activityLogs.occurredOn, f.to),
        sql`${activityLogs.occurredOn} >= coalesce(${activities.startDate}, ${f.from}::date)`,
        sql`${activityLogs.occurredOn} <= coalesce(${activities.endDate}, ${f.to}::date)`,
        visibleTo(activityLogs, f.viewerOrganisationId),
      ),
    )
    .groupBy(activityLogs.activityId);
  return new Map(rows.map((r) => [r.activityId, Number(r.done)]));
}
