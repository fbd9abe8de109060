import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { memberships, organisations, users } from '#server/db/schema.js';
import type { MemberRole } from '#server/http/access.js';

export type MembershipRow = typeof memberships.$inferSelect;

export async function findMembership(db: Db, collaborationId: string, userId: string): Promise<MembershipRow | undefined> {
  const rows = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.collaborationId, collaborationId), eq(memberships.userId, userId)))
    .limit(1);
  return rows[0];
}

export async function listMembers(db: Db, collaborationId: string) {
  return db
    .select({ membership: memberships, user: users, organisation: organisations })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.collaborationId, collaborationId))
    .orderBy(asc(users.displayName), asc(users.email));
}

export async function insertMembership(db: Db, row: typeof memberships.$inferInsert): Promise<MembershipRow> {
  const [created] = await db.insert(memberships).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateMembership(
  db: Db,
  collaborationId: string,
  userId: string,
  expectedVersion: number,
  patch: Partial<Pick<MembershipRow, 'role' | 'organisationId' | 'title'>>,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .update(memberships)
    .set({ ...patch, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(memberships.collaborationId, collaborationId),
        eq(memberships.userId, userId),
        eq(memberships.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteMembership(db: Db, collaborationId: string, userId: string): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.collaborationId, collaborationId), eq(memberships.userId, userId)));
}

export async function countMembersWithRole(db: Db, collaborationId: string, role: MemberRole): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.collaborationId, collaborationId), eq(memberships.role, role)));
  return row?.n ?? 0;
}
