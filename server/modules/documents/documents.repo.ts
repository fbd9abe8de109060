import { and, desc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import { activities, activityLogs, activityNotes, auditEvents, documentExports, users } from '#server/db/schema.js';
import { visibleTo } from '#server/db/visibility.js';

export type DocumentExportRow = typeof documentExports.$inferSelect;

/** The collaboration's data version: its latest audit event (every write records one in the same transaction). */
export async function dataVersion(db: Db, collaborationId: string): Promise<number> {
  const [row] = await queryRows<{ v: number | string | null }>(db, sql`select max(${auditEvents.id}) as v from ${auditEvents} where ${auditEvents.collaborationId} = ${collaborationId}`);
  return Number(row?.v ?? 0);
}

/** The plan's log entries in the collaboration up to `to` (joined with their activity). */
const planLogsUpTo = (f: { collaborationId: string; planId: string; to: string }) => [
  eq(activityLogs.collaborationId, f.collaborationId),
  eq(activities.planId, f.planId),
  lte(activityLogs.occurredOn, f.to),
];

/** Restricted log entries among the plan's that the viewer's organisation sees up to `to` (they count in the statuses). */
export async function restrictedLogsUsed(db: Db, f: { collaborationId: string; planId: string; to: string; viewerOrganisationId: string | null }): Promise<number> {
  if (!f.viewerOrganisationId) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activityLogs)
    .innerJoin(activities, eq(activities.id, activityLogs.activityId))
    .where(and(...planLogsUpTo(f), eq(activityLogs.restrictedToOrganisationId, f.viewerOrganisationId)));
  return Number(row?.n ?? 0);
}

/** Log entries with a note in [from, to], newest first, as the viewer may see them. */
export async function notedLogs(db: Db, f: { collaborationId: string; planId: string; from: string; to: string; viewerOrganisationId: string | null; limit: number }) {
  return db
    .select({ date: activityLogs.occurredOn, activityId: activityLogs.activityId, what: activities.what, note: activityLogs.note, restricted: activityLogs.restrictedToOrganisationId })
    .from(activityLogs)
    .innerJoin(activities, eq(activities.id, activityLogs.activityId))
    .where(and(...planLogsUpTo(f), gte(activityLogs.occurredOn, f.from), ne(activityLogs.note, ''), visibleTo(activityLogs, f.viewerOrganisationId)))
    .orderBy(desc(activityLogs.occurredOn), desc(activityLogs.createdAt))
    .limit(f.limit);
}

/** Notes on the plan's activities written in [from, to] (Swedish dates), as the viewer may see them. */
export async function notesInPeriod(db: Db, f: { collaborationId: string; planId: string; from: string; to: string; viewerOrganisationId: string | null }) {
  const day = sql<string>`to_char(${activityNotes.createdAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`;
  return db
    .select({ date: day, activityId: activityNotes.activityId, what: activities.what, text: activityNotes.text, restricted: activityNotes.restrictedToOrganisationId })
    .from(activityNotes)
    .innerJoin(activities, eq(activities.id, activityNotes.activityId))
    .where(
      and(
        eq(activityNotes.collaborationId, f.collaborationId),
        eq(activities.planId, f.planId),
        sql`${day} between ${f.from} and ${f.to}`,
        visibleTo(activityNotes, f.viewerOrganisationId),
      ),
    )
    .orderBy(desc(activityNotes.createdAt));
}

const listing = {
  id: documentExports.id,
  kind: documentExports.kind,
  format: documentExports.format,
  subjectId: documentExports.subjectId,
  year: documentExports.year,
  dataVersion: documentExports.dataVersion,
  versionLabel: documentExports.versionLabel,
  diarienummer: documentExports.diarienummer,
  filename: documentExports.filename,
  contentType: documentExports.contentType,
  size: documentExports.size,
  sha256: documentExports.sha256,
  restrictedToOrganisationId: documentExports.restrictedToOrganisationId,
  createdAt: documentExports.createdAt,
  createdBy: documentExports.createdBy,
  createdByName: users.displayName,
};

export async function insertExport(db: Db, row: typeof documentExports.$inferInsert): Promise<string> {
  const [created] = await db.insert(documentExports).values(row).returning({ id: documentExports.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function listExports(db: Db, collaborationId: string, viewerOrganisationId: string | null, limit: number) {
  return db
    .select(listing)
    .from(documentExports)
    .leftJoin(users, eq(users.id, documentExports.createdBy))
    .where(and(eq(documentExports.collaborationId, collaborationId), visibleTo(documentExports, viewerOrganisationId)))
    .orderBy(desc(documentExports.createdAt))
    .limit(limit);
}

export async function findExport(db: Db, collaborationId: string, id: string, viewerOrganisationId: string | null) {
  const rows = await db
    .select({ ...listing, data: documentExports.data })
    .from(documentExports)
    .leftJoin(users, eq(users.id, documentExports.createdBy))
    .where(and(eq(documentExports.id, id), eq(documentExports.collaborationId, collaborationId), visibleTo(documentExports, viewerOrganisationId)))
    .limit(1);
  return rows[0];
}

export const anyRestricted = (rows: { restricted: string | null }[]) => rows.some((r) => r.restricted !== null);
