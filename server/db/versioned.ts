import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/** A collaboration-scoped table with optimistic versioning. */
type VersionedTable = PgTable & {
  id: PgColumn;
  collaborationId: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

/**
 * Updates one row only if it is still at the version the caller saw.
 * Returns undefined when the row is gone or someone else saved first.
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Db,
  table: T,
  collaborationId: string,
  id: string,
  expectedVersion: number,
  patch: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | undefined> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const rows = (await db
    .update(table)
    .set({ ...clean, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.collaborationId, collaborationId), eq(table.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  return rows[0];
}

/** Reads one row of the collaboration, or undefined (another collaboration's id looks like a missing one). */
export async function findInCollaboration<T extends VersionedTable | (PgTable & { id: PgColumn; collaborationId: PgColumn })>(
  db: Db,
  table: T,
  collaborationId: string,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.collaborationId, collaborationId)))
    .limit(1)) as T['$inferSelect'][];
  return rows[0];
}
