import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { agreements, agreementVersions, focusAreas, users } from '#server/db/schema.js';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementVersionRow = typeof agreementVersions.$inferSelect;
export interface VersionWithAuthor {
  version: AgreementVersionRow;
  adoptedByName: string | null;
}

export async function listAgreements(db: Db, collaborationId: string): Promise<AgreementRow[]> {
  return db.select().from(agreements).where(eq(agreements.collaborationId, collaborationId)).orderBy(asc(agreements.title), asc(agreements.createdAt));
}

/** The latest adopted version of each agreement (the one in force), by agreement id. */
export async function latestVersions(db: Db, agreementIds: string[]): Promise<Map<string, AgreementVersionRow>> {
  const result = new Map<string, AgreementVersionRow>();
  if (agreementIds.length === 0) return result;
  const rows = await db
    .selectDistinctOn([agreementVersions.agreementId])
    .from(agreementVersions)
    .where(inArray(agreementVersions.agreementId, agreementIds))
    .orderBy(agreementVersions.agreementId, desc(agreementVersions.number));
  for (const row of rows) result.set(row.agreementId, row);
  return result;
}

export async function listVersions(db: Db, agreementId: string): Promise<VersionWithAuthor[]> {
  return db
    .select({ version: agreementVersions, adoptedByName: users.displayName })
    .from(agreementVersions)
    .leftJoin(users, eq(users.id, agreementVersions.adoptedBy))
    .where(eq(agreementVersions.agreementId, agreementId))
    .orderBy(asc(agreementVersions.number));
}

export async function findVersion(db: Db, agreementId: string, number: number): Promise<VersionWithAuthor | undefined> {
  const rows = await db
    .select({ version: agreementVersions, adoptedByName: users.displayName })
    .from(agreementVersions)
    .leftJoin(users, eq(users.id, agreementVersions.adoptedBy))
    .where(and(eq(agreementVersions.agreementId, agreementId), eq(agreementVersions.number, number)))
    .limit(1);
  return rows[0];
}

export async function insertAgreement(db: Db, row: typeof agreements.$inferInsert): Promise<AgreementRow> {
  const [created] = await db.insert(agreements).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function insertVersion(db: Db, row: typeof agreementVersions.$inferInsert): Promise<AgreementVersionRow> {
  const [created] = await db.insert(agreementVersions).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteAgreement(db: Db, id: string): Promise<void> {
  await db.delete(agreements).where(eq(agreements.id, id));
}

export async function focusAreaIdsOf(db: Db, collaborationId: string): Promise<Set<string>> {
  const rows = await db.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.collaborationId, collaborationId));
  return new Set(rows.map((r) => r.id));
}
