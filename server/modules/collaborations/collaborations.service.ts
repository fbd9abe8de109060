import type { Db } from '#server/db/client.js';
import type { MemberRole } from '#server/http/access.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { findOrganisation, findOrganisations } from '#server/modules/organisations/organisations.repo.js';
import { createOrganisation, presentOrganisation } from '#server/modules/organisations/organisations.service.js';
import type { UserRow } from '#server/modules/users/users.repo.js';
import {
  bumpCollaborationVersion,
  clearMembersOrganisation,
  deleteParty,
  findCollaboration,
  insertCollaboration,
  insertParties,
  listAllCollaborations,
  listCollaborationsOfUser,
  partiesOf,
  updateCollaborationRow,
  type CollaborationRow,
  type OrganisationRow,
} from './collaborations.repo.js';
import type { CollaborationDto } from './collaborations.schemas.js';

export function presentCollaboration(row: CollaborationRow, parties: OrganisationRow[], myRole: MemberRole): CollaborationDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    parties: parties.map(presentOrganisation),
    myRole,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What goes into the audit trail for a collaboration (no caller-specific fields). */
function auditShape(row: CollaborationRow, parties: OrganisationRow[]) {
  return { name: row.name, description: row.description, version: row.version, parties: parties.map((p) => p.name) };
}

export async function listCollaborations(db: Db, user: UserRow): Promise<CollaborationDto[]> {
  const entries = user.isSystemAdmin
    ? (await listAllCollaborations(db)).map((row) => ({ row, role: 'admin' as MemberRole }))
    : await listCollaborationsOfUser(db, user.id);
  const parties = await partiesOf(db, entries.map((e) => e.row.id));
  return entries.map((e) => presentCollaboration(e.row, parties.get(e.row.id) ?? [], e.role));
}

export async function getCollaboration(db: Db, id: string, myRole: MemberRole): Promise<CollaborationDto> {
  const row = await findCollaboration(db, id);
  if (!row) throw notFound('Samverkan');
  const parties = await partiesOf(db, [id]);
  return presentCollaboration(row, parties.get(id) ?? [], myRole);
}

export async function createCollaboration(
  db: Db,
  actor: Actor,
  input: { name: string; description: string; partyIds: string[] },
): Promise<CollaborationDto> {
  const partyIds = [...new Set(input.partyIds)];
  return db.transaction(async (tx) => {
    const found = await findOrganisations(tx, partyIds);
    if (found.length !== partyIds.length) {
      const missing = partyIds.filter((id) => !found.some((o) => o.id === id));
      throw new AppError('VALIDATION', 'En eller flera parter finns inte.', missing.map((id) => ({ field: 'body.partyIds', message: `Organisationen ${id} finns inte.` })));
    }
    const row = await insertCollaboration(tx, { name: input.name, description: input.description });
    await insertParties(tx, row.id, partyIds);
    await recordAudit(tx, actor, { collaborationId: row.id, action: 'create', entityType: 'collaboration', entityId: row.id, after: auditShape(row, found) });
    return presentCollaboration(row, found, 'admin');
  });
}

export async function updateCollaboration(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: { name?: string | undefined; description?: string | undefined },
  myRole: MemberRole,
): Promise<CollaborationDto> {
  return db.transaction(async (tx) => {
    const before = await findCollaboration(tx, id);
    if (!before) throw notFound('Samverkan');
    const parties = (await partiesOf(tx, [id])).get(id) ?? [];
    const cleanPatch = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const after = await updateCollaborationRow(tx, id, expectedVersion, cleanPatch);
    if (!after) throw staleVersion(presentCollaboration(before, parties, myRole));
    await recordAudit(tx, actor, {
      collaborationId: id,
      action: 'update',
      entityType: 'collaboration',
      entityId: id,
      before: auditShape(before, parties),
      after: auditShape(after, parties),
    });
    return presentCollaboration(after, parties, myRole);
  });
}

export async function addParty(
  db: Db,
  actor: Actor,
  collaborationId: string,
  input: { organisationId?: string | undefined; newOrganisation?: { kind: 'lokalpolisomrade' | 'other'; name: string } | undefined },
): Promise<OrganisationRow> {
  return db.transaction(async (tx) => {
    let organisation: OrganisationRow | undefined;
    if (input.organisationId) {
      organisation = await findOrganisation(tx, input.organisationId);
      if (!organisation) {
        throw new AppError('VALIDATION', 'Organisationen finns inte.', [{ field: 'body.organisationId', message: 'Organisationen finns inte.' }]);
      }
    } else if (input.newOrganisation) {
      organisation = await createOrganisation(tx, actor, input.newOrganisation, collaborationId);
    }
    if (!organisation) throw new AppError('VALIDATION', 'Ange antingen organisationId eller newOrganisation.');
    const existing = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
    if (existing.some((p) => p.id === organisation.id)) {
      throw new AppError('CONFLICT', `${organisation.name} är redan part i samverkan.`);
    }
    await insertParties(tx, collaborationId, [organisation.id]);
    await bumpCollaborationVersion(tx, collaborationId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'party',
      entityId: organisation.id,
      after: presentOrganisation(organisation),
    });
    return organisation;
  });
}

export async function removeParty(db: Db, actor: Actor, collaborationId: string, organisationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const parties = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
    const party = parties.find((p) => p.id === organisationId);
    if (!party) throw notFound('Parten');
    if (parties.length === 1) throw new AppError('CONFLICT', 'En samverkan måste ha minst en part.');
    await deleteParty(tx, collaborationId, organisationId);
    await clearMembersOrganisation(tx, collaborationId, organisationId);
    await bumpCollaborationVersion(tx, collaborationId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'party',
      entityId: organisationId,
      before: presentOrganisation(party),
    });
  });
}
