import type { Db } from '#server/db/client.js';
import { focusAreas } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { deleteFocusArea, insertFocusArea, listFocusAreas, nextFocusAreaOrder, type FocusAreaRow } from './focus-areas.repo.js';

export function presentFocusArea(r: FocusAreaRow) {
  return { id: r.id, name: r.name, description: r.description, sortOrder: r.sortOrder, version: r.version };
}

export async function getFocusAreas(db: Db, collaborationId: string) {
  return (await listFocusAreas(db, collaborationId)).map(presentFocusArea);
}

export async function createFocusArea(
  db: Db,
  actor: Actor,
  collaborationId: string,
  input: { name: string; description: string; sortOrder?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const row = await insertFocusArea(tx, {
      collaborationId,
      name: input.name,
      description: input.description,
      sortOrder: input.sortOrder ?? (await nextFocusAreaOrder(tx, collaborationId)),
    });
    const dto = presentFocusArea(row);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'focus-area', entityId: row.id, after: dto });
    return dto;
  });
}

export async function updateFocusArea(
  db: Db,
  actor: Actor,
  collaborationId: string,
  id: string,
  expectedVersion: number,
  patch: { name?: string | undefined; description?: string | undefined; sortOrder?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, focusAreas, collaborationId, id);
    if (!before) throw notFound('Fokusområdet');
    const after = await updateIfVersion(tx, focusAreas, collaborationId, id, expectedVersion, patch);
    if (!after) throw staleVersion(presentFocusArea(before));
    const dto = presentFocusArea(after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'focus-area', entityId: id, before: presentFocusArea(before), after: dto });
    return dto;
  });
}

export async function removeFocusArea(db: Db, actor: Actor, collaborationId: string, id: string) {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, focusAreas, collaborationId, id);
    if (!before) throw notFound('Fokusområdet');
    await deleteFocusArea(tx, id);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'focus-area', entityId: id, before: presentFocusArea(before) });
  });
}
