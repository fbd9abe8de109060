import type { Db } from '#server/db/client.js';
import { groups } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { presentGroup, presentGroupMember } from './groups.presenter.js';
import {
  bumpGroupVersion,
  deleteGroup,
  deleteGroupMember,
  findGroupMember,
  insertGroup,
  insertGroupMember,
  listGroupMembers,
  listGroups,
  unlinkAdoptingPlans,
  updateGroupMemberRow,
  type GroupRow,
} from './groups.repo.js';
import type { CreateGroupInput, CreateGroupMemberInput, GroupMemberDto, UpdateGroupInput, UpdateGroupMemberInput } from './groups.schemas.js';

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field: `body.${field}`, message }]);

/** The rules a group must keep after every save. */
function checkGroupRules(g: Pick<GroupRow, 'kind' | 'validFrom' | 'validTo'>): void {
  if (g.kind === 'working' && !g.validTo) throw fieldError('validTo', 'Arbetsgrupper är tidsbegränsade – ange slutdatum.');
  if (g.validFrom && g.validTo && g.validFrom > g.validTo) throw fieldError('validTo', 'Slutdatum kan inte ligga före startdatum.');
}

async function checkParty(tx: Db, collaborationId: string, organisationId: string): Promise<void> {
  const parties = (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
  if (!parties.some((p) => p.id === organisationId)) {
    throw fieldError('organisationId', 'Välj en av samverkans parter, eller skriv organisationens namn som fritext.');
  }
}

async function groupDto(tx: Db, row: GroupRow, asOf = todayInSweden()) {
  return presentGroup(row, await listGroupMembers(tx, [row.id]), asOf);
}

async function findGroup(tx: Db, collaborationId: string, groupId: string): Promise<GroupRow> {
  const row = await findInCollaboration(tx, groups, collaborationId, groupId);
  if (!row) throw notFound('Gruppen');
  return row;
}

export async function getGroups(db: Db, collaborationId: string, asOf = todayInSweden()) {
  const rows = await listGroups(db, collaborationId);
  const members = await listGroupMembers(db, rows.map((r) => r.id));
  return rows.map((r) => presentGroup(r, members, asOf));
}

export async function getGroup(db: Db, collaborationId: string, groupId: string, asOf = todayInSweden()) {
  return groupDto(db, await findGroup(db, collaborationId, groupId), asOf);
}

export async function createGroup(db: Db, actor: Actor, collaborationId: string, input: CreateGroupInput) {
  checkGroupRules(input);
  return db.transaction(async (tx) => {
    const row = await insertGroup(tx, { collaborationId, ...input });
    const dto = presentGroup(row, [], todayInSweden());
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'group', entityId: row.id, after: dto });
    return dto;
  });
}

export async function updateGroup(db: Db, actor: Actor, collaborationId: string, groupId: string, expectedVersion: number, patch: UpdateGroupInput) {
  return db.transaction(async (tx) => {
    const before = await findGroup(tx, collaborationId, groupId);
    const beforeDto = await groupDto(tx, before);
    checkGroupRules({
      kind: patch.kind ?? before.kind,
      validFrom: patch.validFrom === undefined ? before.validFrom : patch.validFrom,
      validTo: patch.validTo === undefined ? before.validTo : patch.validTo,
    });
    const after = await updateIfVersion(tx, groups, collaborationId, groupId, expectedVersion, patch);
    if (!after) throw staleVersion(beforeDto);
    const dto = await groupDto(tx, after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'group', entityId: groupId, before: beforeDto, after: dto });
    return dto;
  });
}

/** Deletes the group and its members; plans it adopted keep their date but lose the link. */
export async function removeGroup(db: Db, actor: Actor, collaborationId: string, groupId: string) {
  await db.transaction(async (tx) => {
    const before = await groupDto(tx, await findGroup(tx, collaborationId, groupId));
    const unlinked = await unlinkAdoptingPlans(tx, collaborationId, groupId);
    for (const plan of unlinked) {
      await recordAudit(tx, actor, {
        collaborationId,
        action: 'update',
        entityType: 'plan',
        entityId: plan.id,
        before: { id: plan.id, title: plan.title, adoptedByGroupId: groupId, version: plan.version - 1 },
        after: { id: plan.id, title: plan.title, adoptedByGroupId: null, version: plan.version },
      });
    }
    await deleteGroup(tx, groupId);
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'delete',
      entityType: 'group',
      entityId: groupId,
      before: { ...before, unlinkedPlanIds: unlinked.map((p) => p.id) },
    });
  });
}

interface MemberResult {
  member: GroupMemberDto;
  /** The group's version after the change, for the ETag. */
  groupVersion: number;
}

async function memberDto(tx: Db, collaborationId: string, groupId: string, memberId: string): Promise<GroupMemberDto> {
  const found = await findGroupMember(tx, collaborationId, groupId, memberId);
  if (!found) throw notFound('Gruppmedlemmen');
  return presentGroupMember(found);
}

function checkOneOrganisation(input: { organisationId?: string | null | undefined; organisationName?: string | undefined }): void {
  if (input.organisationId && input.organisationName) {
    throw fieldError('organisationName', 'Ange antingen en av samverkans parter eller ett organisationsnamn som fritext, inte båda.');
  }
}

export async function addGroupMember(db: Db, actor: Actor, collaborationId: string, groupId: string, input: CreateGroupMemberInput): Promise<MemberResult> {
  checkOneOrganisation(input);
  return db.transaction(async (tx) => {
    const group = await bumpGroupVersion(tx, collaborationId, groupId);
    if (!group) throw notFound('Gruppen');
    if (input.organisationId) await checkParty(tx, collaborationId, input.organisationId);
    const row = await insertGroupMember(tx, { collaborationId, groupId, ...input });
    const member = await memberDto(tx, collaborationId, groupId, row.id);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'group-member', entityId: row.id, after: member });
    return { member, groupVersion: group.version };
  });
}

/** Members have no version of their own: the save is checked against the group's version (If-Match). */
export async function updateGroupMember(
  db: Db,
  actor: Actor,
  collaborationId: string,
  groupId: string,
  memberId: string,
  expectedVersion: number,
  patch: UpdateGroupMemberInput,
): Promise<MemberResult> {
  checkOneOrganisation(patch);
  return db.transaction(async (tx) => {
    const group = await findGroup(tx, collaborationId, groupId);
    const before = await memberDto(tx, collaborationId, groupId, memberId);
    if (patch.organisationId) await checkParty(tx, collaborationId, patch.organisationId);
    const bumped = await updateIfVersion(tx, groups, collaborationId, groupId, expectedVersion, {});
    if (!bumped) throw staleVersion(await groupDto(tx, group));
    await updateGroupMemberRow(tx, memberId, {
      ...patch,
      // Choosing a party replaces the free text, and free text replaces the party.
      ...(patch.organisationId ? { organisationName: '' } : {}),
      ...(patch.organisationName ? { organisationId: null } : {}),
    });
    const member = await memberDto(tx, collaborationId, groupId, memberId);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'group-member', entityId: memberId, before, after: member });
    return { member, groupVersion: bumped.version };
  });
}

export async function removeGroupMember(db: Db, actor: Actor, collaborationId: string, groupId: string, memberId: string) {
  await db.transaction(async (tx) => {
    const before = await memberDto(tx, collaborationId, groupId, memberId);
    if (!(await bumpGroupVersion(tx, collaborationId, groupId))) throw notFound('Gruppen');
    await deleteGroupMember(tx, memberId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'group-member', entityId: memberId, before });
  });
}
