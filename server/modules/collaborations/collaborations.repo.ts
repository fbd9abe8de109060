import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { collaborationParties, collaborations, memberships, organisations } from '#server/db/schema.js';
import type { MemberRole } from '#server/http/access.js';

export type CollaborationRow = typeof collaborations.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;

export async function listCollaborationsOfUser(db: Db, userId: string): Promise<{ row: CollaborationRow; role: MemberRole }[]> {
  const rows = await db
    .select({ row: collaborations, role: memberships.role })
    .from(memberships)
    .innerJoin(collaborations, eq(collaborations.id, memberships.collaborationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(collaborations.name));
  return rows;
}

export async function listAllCollaborations(db: Db): Promise<CollaborationRow[]> {
  return db.select().from(collaborations).orderBy(asc(collaborations.name));
}

export async function findCollaboration(db: Db, id: string): Promise<CollaborationRow | undefined> {
  const rows = await db.select().from(collaborations).where(eq(collaborations.id, id)).limit(1);
  return rows[0];
}

export async function partiesOf(db: Db, collaborationIds: string[]): Promise<Map<string, OrganisationRow[]>> {
  const result = new Map<string, OrganisationRow[]>(collaborationIds.map((id) => [id, []]));
  if (collaborationIds.length === 0) return result;
  const rows = await db
    .select({ collaborationId: collaborationParties.collaborationId, organisation: organisations })
    .from(collaborationParties)
    .innerJoin(organisations, eq(organisations.id, collaborationParties.organisationId))
    .where(inArray(collaborationParties.collaborationId, collaborationIds))
    .orderBy(asc(organisations.kind), asc(organisations.name));
  for (const r of rows) result.get(r.collaborationId)?.push(r.organisation);
  return result;
}

export async function insertCollaboration(db: Db, row: typeof collaborations.$inferInsert): Promise<CollaborationRow> {
  const [created] = await db.insert(collaborations).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateCollaborationRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<Pick<CollaborationRow, 'name' | 'description'>>,
): Promise<CollaborationRow | undefined> {
  const [row] = await db
    .update(collaborations)
    .set({ ...patch, version: sql`${collaborations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(collaborations.id, id), eq(collaborations.version, expectedVersion)))
    .returning();
  return row;
}

export async function bumpCollaborationVersion(db: Db, id: string): Promise<void> {
  await db
    .update(collaborations)
    .set({ version: sql`${collaborations.version} + 1`, updatedAt: new Date() })
    .where(eq(collaborations.id, id));
}

export async function insertParties(db: Db, collaborationId: string, organisationIds: string[]): Promise<void> {
  if (organisationIds.length === 0) return;
  await db
    .insert(collaborationParties)
    .values(organisationIds.map((organisationId) => ({ collaborationId, organisationId })))
    .onConflictDoNothing();
}

export async function deleteParty(db: Db, collaborationId: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .delete(collaborationParties)
    .where(and(eq(collaborationParties.collaborationId, collaborationId), eq(collaborationParties.organisationId, organisationId)))
    .returning();
  return rows.length > 0;
}

export async function clearMembersOrganisation(db: Db, collaborationId: string, organisationId: string): Promise<void> {
  await db
    .update(memberships)
    .set({ organisationId: null })
    .where(and(eq(memberships.collaborationId, collaborationId), eq(memberships.organisationId, organisationId)));
}
