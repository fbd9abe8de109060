import type { Db } from '#server/db/client.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { presentOrganisation } from '#server/modules/organisations/organisations.service.js';
import type { OrganisationRow } from '#server/modules/organisations/organisations.repo.js';
import { findUserByEmail, insertUser, type UserRow } from '#server/modules/users/users.repo.js';
import {
  countMembersWithRole,
  deleteMembership,
  findMembership,
  insertMembership,
  listMembers,
  updateMembership,
  type MembershipRow,
} from './members.repo.js';
import type { MemberDto } from './members.schemas.js';
import type { MemberRole } from '#server/http/access.js';

export function presentMember(m: MembershipRow, user: UserRow, organisation: OrganisationRow | null): MemberDto {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: m.role,
    organisation: organisation ? presentOrganisation(organisation) : null,
    title: m.title,
    version: m.version,
  };
}

export async function getMembers(db: Db, collaborationId: string): Promise<MemberDto[]> {
  const rows = await listMembers(db, collaborationId);
  return rows.map((r) => presentMember(r.membership, r.user, r.organisation));
}

async function partyOrFail(tx: Db, collaborationId: string, organisationId: string | null | undefined): Promise<OrganisationRow | null> {
  if (!organisationId) return null;
  const parties = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
  const party = parties.find((p) => p.id === organisationId);
  if (!party) {
    throw new AppError('VALIDATION', 'Organisationen är inte part i samverkan.', [
      { field: 'body.organisationId', message: 'Välj en av samverkans parter.' },
    ]);
  }
  return party;
}

async function memberOrFail(tx: Db, collaborationId: string, userId: string) {
  const all = await listMembers(tx, collaborationId);
  const found = all.find((r) => r.user.id === userId);
  if (!found) throw notFound('Medlemmen');
  return found;
}

export async function addMember(
  db: Db,
  actor: Actor,
  collaborationId: string,
  input: { email: string; displayName?: string | undefined; role: MemberRole; organisationId?: string | null | undefined; title: string },
): Promise<MemberDto> {
  return db.transaction(async (tx) => {
    const organisation = await partyOrFail(tx, collaborationId, input.organisationId);
    let user = await findUserByEmail(tx, input.email);
    if (!user) {
      user = await insertUser(tx, { email: input.email, displayName: input.displayName ?? input.email.split('@')[0] ?? input.email });
      await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'user', entityId: user.id, after: { email: user.email, displayName: user.displayName } });
    }
    if (await findMembership(tx, collaborationId, user.id)) {
      throw new AppError('CONFLICT', `${user.email} är redan medlem i samverkan.`);
    }
    const membership = await insertMembership(tx, {
      collaborationId,
      userId: user.id,
      role: input.role,
      organisationId: organisation?.id ?? null,
      title: input.title,
    });
    const dto = presentMember(membership, user, organisation);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'member', entityId: user.id, after: dto });
    return dto;
  });
}

async function assertAdminRemains(tx: Db, collaborationId: string, current: MembershipRow, nextRole: MemberRole | null) {
  if (current.role === 'admin' && nextRole !== 'admin' && (await countMembersWithRole(tx, collaborationId, 'admin')) <= 1) {
    throw new AppError('CONFLICT', 'Samverkan måste ha minst en administratör. Utse en ny administratör först.');
  }
}

export async function changeMember(
  db: Db,
  actor: Actor,
  collaborationId: string,
  userId: string,
  expectedVersion: number,
  patch: { role?: MemberRole | undefined; organisationId?: string | null | undefined; title?: string | undefined },
): Promise<MemberDto> {
  return db.transaction(async (tx) => {
    const current = await memberOrFail(tx, collaborationId, userId);
    const before = presentMember(current.membership, current.user, current.organisation);
    if (current.membership.version !== expectedVersion) throw staleVersion(before);
    if (patch.role) await assertAdminRemains(tx, collaborationId, current.membership, patch.role);
    const organisation =
      patch.organisationId === undefined ? current.organisation : await partyOrFail(tx, collaborationId, patch.organisationId);
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const updated = await updateMembership(tx, collaborationId, userId, expectedVersion, clean);
    if (!updated) throw staleVersion(before);
    const after = presentMember(updated, current.user, organisation);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'member', entityId: userId, before, after });
    return after;
  });
}

export async function removeMember(db: Db, actor: Actor, collaborationId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await memberOrFail(tx, collaborationId, userId);
    await assertAdminRemains(tx, collaborationId, current.membership, null);
    await deleteMembership(tx, collaborationId, userId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'member',
      entityId: userId,
      before: presentMember(current.membership, current.user, current.organisation),
    });
  });
}
