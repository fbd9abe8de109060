import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { users } from '#server/db/schema.js';

export type UserRow = typeof users.$inferSelect;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return rows[0];
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function findUserByOidc(db: Db, issuer: string, subject: string): Promise<UserRow | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
    .limit(1);
  return rows[0];
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values({ ...row, email: normaliseEmail(row.email) }).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateUser(db: Db, id: string, patch: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [updated] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (!updated) throw new Error('update found no row');
  return updated;
}

export async function listUsers(db: Db, opts: { q?: string | undefined; limit: number; offset: number }): Promise<UserRow[]> {
  const where = opts.q ? or(ilike(users.email, `%${opts.q}%`), ilike(users.displayName, `%${opts.q}%`)) : undefined;
  return db.select().from(users).where(where).orderBy(asc(users.email)).limit(opts.limit).offset(opts.offset);
}
