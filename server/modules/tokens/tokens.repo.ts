import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { apiTokens } from '#server/db/schema.js';

export type TokenRow = typeof apiTokens.$inferSelect;

export async function findActiveTokenByHash(db: Db, tokenHash: string): Promise<TokenRow | undefined> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function touchToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [created] = await db.insert(apiTokens).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function listTokens(db: Db, collaborationId: string): Promise<TokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.collaborationId, collaborationId)).orderBy(desc(apiTokens.createdAt));
}

export async function findToken(db: Db, collaborationId: string, id: string): Promise<TokenRow | undefined> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.collaborationId, collaborationId), eq(apiTokens.id, id)))
    .limit(1);
  return rows[0];
}

export async function revokeToken(db: Db, id: string, at: Date): Promise<TokenRow> {
  const [row] = await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).returning();
  if (!row) throw new Error('revoke found no row');
  return row;
}
