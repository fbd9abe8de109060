import type { Db } from '#server/db/client.js';
import { activities, activityNotes } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { roleAtLeast } from '#server/http/access.js';
import { forbidden, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import { restrictedOrganisation, type Viewer } from '#server/http/viewer.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { deleteNote, findVisibleNote, insertNote, listNotes, type NoteRow } from './activity-notes.repo.js';

function presentNote(note: NoteRow, authorName: string | null, restrictedName: string | null) {
  return {
    id: note.id,
    activityId: note.activityId,
    text: note.text,
    restricted: note.restrictedToOrganisationId ? { organisationId: note.restrictedToOrganisationId, organisationName: restrictedName ?? '' } : null,
    author: note.authorId ? { id: note.authorId, displayName: authorName ?? '' } : null,
    version: note.version,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}

function assertMayChange(note: NoteRow, viewer: Viewer) {
  if (note.authorId !== viewer.userId && !roleAtLeast(viewer.role, 'coordinator')) throw forbidden('Du kan bara ändra dina egna anteckningar.');
}

export async function getNotes(db: Db, collaborationId: string, activityId: string, viewer: Viewer) {
  if (!(await findInCollaboration(db, activities, collaborationId, activityId))) throw notFound('Aktiviteten');
  return (await listNotes(db, collaborationId, activityId, viewer.organisationId)).map((r) => presentNote(r.note, r.authorName, r.restrictedName));
}

async function reload(db: Db, collaborationId: string, noteId: string, viewer: Viewer) {
  const row = await findVisibleNote(db, collaborationId, noteId, viewer.organisationId);
  if (!row) throw notFound('Anteckningen');
  return presentNote(row.note, row.authorName, row.restrictedName);
}

export async function createNote(db: Db, actor: Actor, viewer: Viewer, collaborationId: string, activityId: string, input: { text: string; restricted: boolean }) {
  return db.transaction(async (tx) => {
    if (!(await findInCollaboration(tx, activities, collaborationId, activityId))) throw notFound('Aktiviteten');
    const row = await insertNote(tx, {
      collaborationId,
      activityId,
      text: input.text,
      restrictedToOrganisationId: restrictedOrganisation(input.restricted, viewer),
      authorId: viewer.userId,
    });
    const dto = await reload(tx, collaborationId, row.id, viewer);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'activity-note', entityId: row.id, after: dto, restrictedToOrganisationId: row.restrictedToOrganisationId });
    return dto;
  });
}

export async function updateNote(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  collaborationId: string,
  noteId: string,
  expectedVersion: number,
  patch: { text?: string | undefined; restricted?: boolean | undefined },
) {
  return db.transaction(async (tx) => {
    const found = await findVisibleNote(tx, collaborationId, noteId, viewer.organisationId);
    if (!found) throw notFound('Anteckningen');
    assertMayChange(found.note, viewer);
    const before = presentNote(found.note, found.authorName, found.restrictedName);
    const restrictedTo = patch.restricted === undefined ? undefined : restrictedOrganisation(patch.restricted, viewer);
    const after = await updateIfVersion(tx, activityNotes, collaborationId, noteId, expectedVersion, { text: patch.text, restrictedToOrganisationId: restrictedTo });
    if (!after) throw staleVersion(before);
    const dto = await reload(tx, collaborationId, noteId, viewer);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'update',
      entityType: 'activity-note',
      entityId: noteId,
      before,
      after: dto,
      restrictedToOrganisationId: found.note.restrictedToOrganisationId ?? after.restrictedToOrganisationId,
    });
    return dto;
  });
}

export async function removeNote(db: Db, actor: Actor, viewer: Viewer, collaborationId: string, noteId: string) {
  await db.transaction(async (tx) => {
    const found = await findVisibleNote(tx, collaborationId, noteId, viewer.organisationId);
    if (!found) throw notFound('Anteckningen');
    assertMayChange(found.note, viewer);
    await deleteNote(tx, noteId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'activity-note',
      entityId: noteId,
      before: presentNote(found.note, found.authorName, found.restrictedName),
      restrictedToOrganisationId: found.note.restrictedToOrganisationId,
    });
  });
}
