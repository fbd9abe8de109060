import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import {
  groups,
  incidentReports,
  problemCauses,
  problemIndicators,
  problems,
  safetyWalkObservations,
  safetyWalks,
  situationDialogues,
  situationReports,
  situationReportVersions,
  users,
} from '#server/db/schema.js';

export type ReportRow = typeof situationReports.$inferSelect;
export type ReportVersionRow = typeof situationReportVersions.$inferSelect;
export type DialogueRow = typeof situationDialogues.$inferSelect;
export type WalkRow = typeof safetyWalks.$inferSelect;
export type ObservationRow = typeof safetyWalkObservations.$inferSelect;
export type IncidentRow = typeof incidentReports.$inferSelect;

export interface VersionRef {
  number: number;
  adoptedOn: string;
  adoptedByGroup: { id: string; name: string } | null;
}

export async function listReports(db: Db, collaborationId: string): Promise<ReportRow[]> {
  return db.select().from(situationReports).where(eq(situationReports.collaborationId, collaborationId)).orderBy(desc(situationReports.year));
}

export async function insertReport(db: Db, row: typeof situationReports.$inferInsert): Promise<ReportRow | undefined> {
  // The year is unique per collaboration: a second one is no row, not an error that aborts the transaction.
  const [created] = await db.insert(situationReports).values(row).onConflictDoNothing().returning();
  return created;
}

export async function deleteReport(db: Db, id: string): Promise<void> {
  await db.delete(situationReports).where(eq(situationReports.id, id));
}

/** A child was added, changed or removed: an adopted report becomes the draft of its next version. */
export async function markDraft(db: Db, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(situationReports)
    .set({ adopted: false, version: sql`${situationReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(situationReports.id, reportId), eq(situationReports.adopted, true)))
    .returning();
  return row;
}

/** The latest adopted version of each report, by report id. */
export async function latestVersions(db: Db, reportIds: string[]): Promise<Map<string, VersionRef>> {
  const result = new Map<string, VersionRef>();
  if (reportIds.length === 0) return result;
  const rows = await db
    .selectDistinctOn([situationReportVersions.reportId], {
      reportId: situationReportVersions.reportId,
      number: situationReportVersions.number,
      adoptedOn: situationReportVersions.adoptedOn,
      groupId: groups.id,
      groupName: groups.name,
    })
    .from(situationReportVersions)
    .leftJoin(groups, eq(groups.id, situationReportVersions.adoptedByGroupId))
    .where(inArray(situationReportVersions.reportId, reportIds))
    .orderBy(situationReportVersions.reportId, desc(situationReportVersions.number));
  for (const r of rows) {
    result.set(r.reportId, { number: r.number, adoptedOn: r.adoptedOn, adoptedByGroup: r.groupId && r.groupName !== null ? { id: r.groupId, name: r.groupName } : null });
  }
  return result;
}

export async function maxVersionNumber(db: Db, reportId: string): Promise<number> {
  const [row] = await db.select({ n: max(situationReportVersions.number) }).from(situationReportVersions).where(eq(situationReportVersions.reportId, reportId));
  return row?.n ?? 0;
}

export async function insertVersion(db: Db, row: typeof situationReportVersions.$inferInsert): Promise<ReportVersionRow> {
  const [created] = await db.insert(situationReportVersions).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

const versionColumns = {
  version: situationReportVersions,
  adoptedByName: users.displayName,
  groupName: groups.name,
};

export async function listVersions(db: Db, reportId: string) {
  return db
    .select(versionColumns)
    .from(situationReportVersions)
    .leftJoin(users, eq(users.id, situationReportVersions.adoptedBy))
    .leftJoin(groups, eq(groups.id, situationReportVersions.adoptedByGroupId))
    .where(eq(situationReportVersions.reportId, reportId))
    .orderBy(asc(situationReportVersions.number));
}
export type VersionWithNames = Awaited<ReturnType<typeof listVersions>>[number];

export async function findVersion(db: Db, reportId: string, number: number): Promise<VersionWithNames | undefined> {
  const rows = await db
    .select(versionColumns)
    .from(situationReportVersions)
    .leftJoin(users, eq(users.id, situationReportVersions.adoptedBy))
    .leftJoin(groups, eq(groups.id, situationReportVersions.adoptedByGroupId))
    .where(and(eq(situationReportVersions.reportId, reportId), eq(situationReportVersions.number, number)))
    .limit(1);
  return rows[0];
}

export async function findGroup(db: Db, collaborationId: string, groupId: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(and(eq(groups.id, groupId), eq(groups.collaborationId, collaborationId)))
    .limit(1);
  return row;
}

export interface ReportChildren {
  dialogues: DialogueRow[];
  walks: WalkRow[];
  observations: ObservationRow[];
  incidents: IncidentRow[];
}

export async function childrenOf(db: Db, reportId: string): Promise<ReportChildren> {
  const dialogues = await db
    .select()
    .from(situationDialogues)
    .where(eq(situationDialogues.reportId, reportId))
    .orderBy(asc(situationDialogues.heldOn), asc(situationDialogues.createdAt));
  const walks = await db.select().from(safetyWalks).where(eq(safetyWalks.reportId, reportId)).orderBy(asc(safetyWalks.walkedOn), asc(safetyWalks.createdAt));
  const observations =
    walks.length === 0
      ? []
      : await db
          .select()
          .from(safetyWalkObservations)
          .where(
            inArray(
              safetyWalkObservations.walkId,
              walks.map((w) => w.id),
            ),
          )
          .orderBy(asc(safetyWalkObservations.sortOrder), asc(safetyWalkObservations.createdAt));
  const incidents = await db
    .select()
    .from(incidentReports)
    .where(eq(incidentReports.reportId, reportId))
    .orderBy(asc(incidentReports.occurredOn), asc(incidentReports.createdAt));
  return { dialogues, walks, observations, incidents };
}

export async function nextObservationOrder(db: Db, walkId: string): Promise<number> {
  const [row] = await db.select({ n: max(safetyWalkObservations.sortOrder) }).from(safetyWalkObservations).where(eq(safetyWalkObservations.walkId, walkId));
  return (row?.n ?? -1) + 1;
}

/** Incidents (their counts summed) per category and per month. */
export async function incidentSummary(db: Db, reportId: string) {
  const byCategory = await queryRows<{ category: string; n: number | string }>(
    db,
    sql`select category, sum(count) as n from incident_reports where report_id = ${reportId} group by category order by sum(count) desc, category`,
  );
  const byMonth = await queryRows<{ month: string; n: number | string }>(
    db,
    sql`select to_char(occurred_on, 'YYYY-MM') as month, sum(count) as n from incident_reports where report_id = ${reportId} group by 1 order by 1`,
  );
  const categories = byCategory.map((r) => ({ category: r.category, count: Number(r.n) }));
  return {
    total: categories.reduce((sum, c) => sum + c.count, 0),
    byCategory: categories,
    byMonth: byMonth.map((r) => ({ month: r.month, count: Number(r.n) })),
  };
}

/** The problems a report identifies, with their causes and the ids of their indicators. */
export async function problemsOfReport(db: Db, collaborationId: string, reportId: string) {
  const rows = await db
    .select()
    .from(problems)
    .where(and(eq(problems.collaborationId, collaborationId), eq(problems.reportId, reportId)))
    .orderBy(asc(problems.sortOrder), asc(problems.createdAt));
  const ids = rows.map((p) => p.id);
  const causes =
    ids.length === 0
      ? []
      : await db.select().from(problemCauses).where(inArray(problemCauses.problemId, ids)).orderBy(asc(problemCauses.sortOrder), asc(problemCauses.createdAt));
  const links = ids.length === 0 ? [] : await db.select().from(problemIndicators).where(inArray(problemIndicators.problemId, ids));
  return { problems: rows, causes, links };
}

export async function observationsOfWalk(db: Db, walkId: string): Promise<ObservationRow[]> {
  return db.select().from(safetyWalkObservations).where(eq(safetyWalkObservations.walkId, walkId)).orderBy(asc(safetyWalkObservations.sortOrder), asc(safetyWalkObservations.createdAt));
}

const one = <T>(rows: T[]): T => {
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
};

export async function insertDialogue(db: Db, row: typeof situationDialogues.$inferInsert): Promise<DialogueRow> {
  return one(await db.insert(situationDialogues).values(row).returning());
}

export async function insertWalk(db: Db, row: typeof safetyWalks.$inferInsert): Promise<WalkRow> {
  return one(await db.insert(safetyWalks).values(row).returning());
}

export async function insertObservation(db: Db, row: typeof safetyWalkObservations.$inferInsert): Promise<ObservationRow> {
  return one(await db.insert(safetyWalkObservations).values(row).returning());
}

export async function insertIncident(db: Db, row: typeof incidentReports.$inferInsert): Promise<IncidentRow> {
  return one(await db.insert(incidentReports).values(row).returning());
}

export async function deleteDialogue(db: Db, id: string): Promise<void> {
  await db.delete(situationDialogues).where(eq(situationDialogues.id, id));
}

export async function deleteWalk(db: Db, id: string): Promise<void> {
  await db.delete(safetyWalks).where(eq(safetyWalks.id, id));
}

export async function deleteObservation(db: Db, id: string): Promise<void> {
  await db.delete(safetyWalkObservations).where(eq(safetyWalkObservations.id, id));
}

export async function deleteIncident(db: Db, id: string): Promise<void> {
  await db.delete(incidentReports).where(eq(incidentReports.id, id));
}
