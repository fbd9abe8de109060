import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import { activities, activityLogs } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { roleAtLeast } from '#server/http/access.js';
import { restrictedOrganisation, type Viewer } from '#server/http/viewer.js';
import { AppError, forbidden, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import {
  deleteAttachment,
  deleteLog,
  findVisibleAttachment,
  findVisibleLog,
  insertAttachment,
  insertLog,
  listAttachments,
  listLogs,
  type AttachmentMeta,
  type LogRow,
} from './activity-log.repo.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const allowedAttachmentTypes: Record<string, (data: Buffer) => boolean> = {
  'application/pdf': (d) => d.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (d) => d.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (d) => d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff,
};

function restriction(id: string | null, name: string | null) {
  return id ? { organisationId: id, organisationName: name ?? '' } : null;
}

function presentAttachment(a: AttachmentMeta, restrictedName: string | null) {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    restricted: restriction(a.restrictedToOrganisationId, restrictedName),
    createdAt: a.createdAt.toISOString(),
  };
}

type Attached = ReturnType<typeof presentAttachment>;

function presentLog(log: LogRow, reporterName: string | null, restrictedName: string | null, attached: Attached[]) {
  return {
    id: log.id,
    activityId: log.activityId,
    occurredOn: log.occurredOn,
    count: log.count,
    place: log.place,
    latitude: log.latitude,
    longitude: log.longitude,
    participants: log.participants,
    note: log.note,
    restricted: restriction(log.restrictedToOrganisationId, restrictedName),
    reportedBy: log.reportedBy ? { id: log.reportedBy, displayName: reporterName ?? '' } : null,
    attachments: attached,
    version: log.version,
    createdAt: log.createdAt.toISOString(),
  };
}

async function withAttachments(db: Db, rows: { log: LogRow; reporterName: string | null; restrictedName: string | null }[], viewer: Viewer) {
  const files = await listAttachments(db, rows.map((r) => r.log.id), viewer.organisationId);
  return rows.map((r) =>
    presentLog(
      r.log,
      r.reporterName,
      r.restrictedName,
      files.filter((f) => f.attachment.activityLogId === r.log.id).map((f) => presentAttachment(f.attachment, f.restrictedName)),
    ),
  );
}

async function activityOrFail(db: Db, collaborationId: string, activityId: string) {
  const activity = await findInCollaboration(db, activities, collaborationId, activityId);
  if (!activity) throw notFound('Aktiviteten');
  return activity;
}

/** Reporters change their own entries; coordinators and admins change anyone's. */
function assertMayChange(log: LogRow, viewer: Viewer) {
  if (log.reportedBy !== viewer.userId && !roleAtLeast(viewer.role, 'coordinator')) {
    throw forbidden('Du kan bara ändra poster du själv har rapporterat.');
  }
}

export async function getLogs(
  db: Db,
  collaborationId: string,
  activityId: string,
  viewer: Viewer,
  q: { from?: string | undefined; to?: string | undefined; limit: number; offset: number },
) {
  await activityOrFail(db, collaborationId, activityId);
  const rows = await listLogs(db, { collaborationId, activityId, viewerOrganisationId: viewer.organisationId, ...q });
  return withAttachments(db, rows, viewer);
}

async function reload(db: Db, collaborationId: string, logId: string, viewer: Viewer) {
  const row = await findVisibleLog(db, collaborationId, logId, viewer.organisationId);
  if (!row) throw notFound('Posten');
  const [dto] = await withAttachments(db, [row], viewer);
  return dto!;
}

export async function createLog(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  collaborationId: string,
  activityId: string,
  input: { occurredOn: string; count: number; place: string; latitude: number | null; longitude: number | null; participants: string[]; note: string; restricted: boolean },
) {
  return db.transaction(async (tx) => {
    await activityOrFail(tx, collaborationId, activityId);
    const { restricted, ...fields } = input;
    const row = await insertLog(tx, {
      ...fields,
      collaborationId,
      activityId,
      restrictedToOrganisationId: restrictedOrganisation(restricted, viewer),
      reportedBy: viewer.userId,
    });
    const dto = await reload(tx, collaborationId, row.id, viewer);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'activity-log',
      entityId: row.id,
      after: dto,
      restrictedToOrganisationId: row.restrictedToOrganisationId,
    });
    return dto;
  });
}

export async function updateLog(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  collaborationId: string,
  logId: string,
  expectedVersion: number,
  patch: Partial<{ occurredOn: string; count: number; place: string; latitude: number | null; longitude: number | null; participants: string[]; note: string; restricted: boolean }>,
) {
  return db.transaction(async (tx) => {
    const found = await findVisibleLog(tx, collaborationId, logId, viewer.organisationId);
    if (!found) throw notFound('Posten');
    assertMayChange(found.log, viewer);
    const before = (await withAttachments(tx, [found], viewer))[0]!;
    if (found.log.version !== expectedVersion) throw staleVersion(before);
    const { restricted, ...fields } = patch;
    const restrictedTo = restricted === undefined ? undefined : restrictedOrganisation(restricted, viewer);
    const after = await updateIfVersion(tx, activityLogs, collaborationId, logId, expectedVersion, { ...fields, restrictedToOrganisationId: restrictedTo });
    if (!after) throw staleVersion(before);
    const dto = await reload(tx, collaborationId, logId, viewer);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'update',
      entityType: 'activity-log',
      entityId: logId,
      before,
      after: dto,
      // Restricted before or after: the event holds restricted content either way.
      restrictedToOrganisationId: found.log.restrictedToOrganisationId ?? after.restrictedToOrganisationId,
    });
    return dto;
  });
}

export async function removeLog(db: Db, actor: Actor, viewer: Viewer, collaborationId: string, logId: string) {
  await db.transaction(async (tx) => {
    const found = await findVisibleLog(tx, collaborationId, logId, viewer.organisationId);
    if (!found) throw notFound('Posten');
    assertMayChange(found.log, viewer);
    const before = (await withAttachments(tx, [found], viewer))[0]!;
    await deleteLog(tx, logId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'activity-log',
      entityId: logId,
      before,
      restrictedToOrganisationId: found.log.restrictedToOrganisationId,
    });
  });
}

export async function addAttachment(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  collaborationId: string,
  logId: string,
  file: { filename: string; contentType: string; data: Buffer; restricted: boolean },
) {
  const check = allowedAttachmentTypes[file.contentType];
  if (!check) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Bilagor kan vara PDF, PNG eller JPEG.');
  if (file.data.length === 0) throw new AppError('VALIDATION', 'Filen är tom.');
  if (!check(file.data)) throw new AppError('VALIDATION', 'Filens innehåll stämmer inte med filtypen. Kontrollera att det är rätt fil.');
  return db.transaction(async (tx) => {
    const found = await findVisibleLog(tx, collaborationId, logId, viewer.organisationId);
    if (!found) throw notFound('Posten');
    assertMayChange(found.log, viewer);
    // A restricted entry keeps its attachments restricted too.
    const restrictedTo = found.log.restrictedToOrganisationId ?? restrictedOrganisation(file.restricted, viewer);
    const meta = await insertAttachment(tx, {
      collaborationId,
      activityLogId: logId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      data: file.data,
      restrictedToOrganisationId: restrictedTo,
      uploadedBy: viewer.userId,
    });
    const dto = presentAttachment(meta, restrictedTo === found.log.restrictedToOrganisationId ? found.restrictedName : null);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'attachment',
      entityId: meta.id,
      after: { ...dto, activityLogId: logId, sha256: meta.sha256 },
      restrictedToOrganisationId: restrictedTo,
    });
    return dto;
  });
}

export async function readAttachment(db: Db, viewer: Viewer, collaborationId: string, logId: string, attachmentId: string) {
  const found = await findVisibleAttachment(db, collaborationId, logId, attachmentId, viewer.organisationId);
  if (!found) throw notFound('Bilagan');
  return found;
}

export async function removeAttachment(db: Db, actor: Actor, viewer: Viewer, collaborationId: string, logId: string, attachmentId: string) {
  await db.transaction(async (tx) => {
    const log = await findVisibleLog(tx, collaborationId, logId, viewer.organisationId);
    const found = await findVisibleAttachment(tx, collaborationId, logId, attachmentId, viewer.organisationId);
    if (!log || !found) throw notFound('Bilagan');
    assertMayChange(log.log, viewer);
    await deleteAttachment(tx, attachmentId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'attachment',
      entityId: attachmentId,
      before: { filename: found.filename, size: found.size, sha256: found.sha256, activityLogId: logId },
      restrictedToOrganisationId: found.restrictedToOrganisationId,
    });
  });
}
