import type { Db } from '#server/db/client.js';
import type { Actor } from './actor.js';
import { insertAuditEvent, listAuditEvents, type AuditFilter, type AuditRow } from './audit.repo.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'revoke' | 'sign-in' | 'sign-out' | 'password-change' | 'restore';

export interface AuditEntry {
  collaborationId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Set for restricted content: only that organisation's members see the event. */
  restrictedToOrganisationId?: string | null;
}

/** Records one write; call it inside the same transaction as the write itself. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(tx, {
    collaborationId: entry.collaborationId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: actor.requestId,
    restrictedToOrganisationId: entry.restrictedToOrganisationId ?? null,
  });
}

export function browseAudit(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  return listAuditEvents(db, filter);
}
