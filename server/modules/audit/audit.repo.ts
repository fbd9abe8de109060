import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { visibleTo } from '#server/db/visibility.js';
import { auditEvents } from '#server/db/schema.js';

export type AuditRow = typeof auditEvents.$inferSelect;

export async function insertAuditEvent(db: Db, row: typeof auditEvents.$inferInsert): Promise<void> {
  await db.insert(auditEvents).values(row);
}

export interface AuditFilter {
  collaborationId: string;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Return entries older than this id (keyset pagination). */
  before?: number | undefined;
  limit: number;
  /** The organisation the viewer acts for: restricted events of other organisations are left out. */
  viewerOrganisationId: string | null;
}

export async function listAuditEvents(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  const conditions: SQL[] = [eq(auditEvents.collaborationId, f.collaborationId), visibleTo(auditEvents, f.viewerOrganisationId)];
  if (f.entityType) conditions.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditEvents.entityId, f.entityId));
  if (f.actorUserId) conditions.push(eq(auditEvents.actorUserId, f.actorUserId));
  if (f.action) conditions.push(eq(auditEvents.action, f.action));
  if (f.from) conditions.push(gte(auditEvents.at, f.from));
  if (f.to) conditions.push(lte(auditEvents.at, f.to));
  if (f.before) conditions.push(lt(auditEvents.id, f.before));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(f.limit);
}
