import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { groupMembers, groups, organisations, plans } from '#server/db/schema.js';

export type GroupRow = typeof groups.$inferSelect;
export type GroupMemberRow = typeof groupMembers.$inferSelect;
/** A member with the name of the party it represents, if any. */
export interface GroupMemberWithOrg {
  member: GroupMemberRow;
  partyName: string | null;
}

/** Steering first, then preparation, working, council and local groups (the enum's order), by name. */
export async function listGroups(db: Db, collaborationId: string): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.collaborationId, collaborationId)).orderBy(asc(groups.kind), asc(groups.name));
}

export async function listGroupMembers(db: Db, groupIds: string[]): Promise<GroupMemberWithOrg[]> {
  if (groupIds.length === 0) return [];
  return db
    .select({ member: groupMembers, partyName: organisations.name })
    .from(groupMembers)
    .leftJoin(organisations, eq(organisations.id, groupMembers.organisationId))
    .where(inArray(groupMembers.groupId, groupIds))
    .orderBy(asc(groupMembers.createdAt), asc(groupMembers.name), asc(groupMembers.id));
}

export async function findGroupMember(db: Db, collaborationId: string, groupId: string, memberId: string): Promise<GroupMemberWithOrg | undefined> {
  const rows = await db
    .select({ member: groupMembers, partyName: organisations.name })
    .from(groupMembers)
    .leftJoin(organisations, eq(organisations.id, groupMembers.organisationId))
    .where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId), eq(groupMembers.collaborationId, collaborationId)))
    .limit(1);
  return rows[0];
}

export async function insertGroup(db: Db, row: typeof groups.$inferInsert): Promise<GroupRow> {
  const [created] = await db.insert(groups).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteGroup(db: Db, id: string): Promise<void> {
  await db.delete(groups).where(eq(groups.id, id));
}

/** A change of the group's members is a change of the group: its version moves on. */
export async function bumpGroupVersion(db: Db, collaborationId: string, groupId: string): Promise<GroupRow | undefined> {
  const [row] = await db
    .update(groups)
    .set({ version: sql`${groups.version} + 1`, updatedAt: new Date() })
    .where(and(eq(groups.id, groupId), eq(groups.collaborationId, collaborationId)))
    .returning();
  return row;
}

export async function insertGroupMember(db: Db, row: typeof groupMembers.$inferInsert): Promise<GroupMemberRow> {
  const [created] = await db.insert(groupMembers).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateGroupMemberRow(
  db: Db,
  id: string,
  patch: Partial<Pick<GroupMemberRow, 'name' | 'title' | 'organisationId' | 'organisationName'>>,
): Promise<void> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(clean).length === 0) return;
  await db.update(groupMembers).set(clean).where(eq(groupMembers.id, id));
}

export async function deleteGroupMember(db: Db, id: string): Promise<void> {
  await db.delete(groupMembers).where(eq(groupMembers.id, id));
}

/**
 * Plans adopted by the group lose the link (the foreign key would do the same, ON DELETE SET NULL),
 * here explicitly so each plan's version moves on and the change can be audited.
 */
export async function unlinkAdoptingPlans(db: Db, collaborationId: string, groupId: string) {
  return db
    .update(plans)
    .set({ adoptedByGroupId: null, version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plans.collaborationId, collaborationId), eq(plans.adoptedByGroupId, groupId)))
    .returning({ id: plans.id, title: plans.title, version: plans.version });
}
