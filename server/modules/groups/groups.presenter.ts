import type { GroupDto, GroupMemberDto } from './groups.schemas.js';
import type { GroupMemberWithOrg, GroupRow } from './groups.repo.js';

/** In force on the day: on or after validFrom and on or before validTo (an open end never ends). */
export function isActiveOn(g: Pick<GroupRow, 'validFrom' | 'validTo'>, day: string): boolean {
  return (!g.validFrom || g.validFrom <= day) && (!g.validTo || day <= g.validTo);
}

export function presentGroupMember({ member: m, partyName }: GroupMemberWithOrg): GroupMemberDto {
  return {
    id: m.id,
    groupId: m.groupId,
    name: m.name,
    title: m.title,
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    organisationLabel: m.organisationId && partyName ? partyName : m.organisationName,
  };
}

export function presentGroup(g: GroupRow, members: GroupMemberWithOrg[], asOf: string): GroupDto {
  return {
    id: g.id,
    kind: g.kind,
    name: g.name,
    mandate: g.mandate,
    assignment: g.assignment,
    validFrom: g.validFrom,
    validTo: g.validTo,
    active: isActiveOn(g, asOf),
    members: members.filter((m) => m.member.groupId === g.id).map(presentGroupMember),
    version: g.version,
  };
}
