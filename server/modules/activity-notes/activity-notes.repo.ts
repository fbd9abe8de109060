import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activityNotes, organisations, users } from '#server/db/schema.js';
import { visibleTo } from '#server/db/visibility.js';

export type NoteRow = typeof activityNotes.$inferSelect;

const selection = { note: activityNotes, authorName: users.displayName, restrictedName: organisations.name };

export async function listNotes(db: Db, collaborationId: string, activityId: string, viewerOrganisationId: string | null) {
  return db
    .select(selection)
    .from(activityNotes)
    .leftJoin(users, eq(users.id, activityNotes.authorId))
    .leftJoin(organisations, eq(organisations.id, activityNotes.restrictedToOrganisationId))
    .where(and(eq(activityNotes.collaborationId, collaborationId), eq(activityNotes.activityId, activityId), visibleTo(activityNotes, viewerOrganisationId)))
    .orderBy(desc(activityNotes.createdAt));
}

export async function findVisibleNote(db: Db, collaborationId: string, noteId: string, viewerOrganisationId: string | null) {
  const rows = await db
    .select(selection)
    .from(activityNotes)
    .leftJoin(users, eq(users.id, activityNotes.authorId))
    .leftJoin(organisations, eq(organisations.id, activityNotes.restrictedToOrganisationId))
    .where(and(eq(activityNotes.id, noteId), eq(activityNotes.collaborationId, collaborationId), visibleTo(activityNotes, viewerOrganisationId)))
    .limit(1);
  return rows[0];
}

export async function insertNote(db: Db, row: typeof activityNotes.$inferInsert): Promise<NoteRow> {
  const [created] = await db.insert(activityNotes).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteNote(db: Db, id: string): Promise<void> {
  await db.delete(activityNotes).where(eq(activityNotes.id, id));
}
