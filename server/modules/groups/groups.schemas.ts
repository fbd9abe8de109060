import { z } from 'zod';
import { isoDate, longText, shortText } from '#server/http/common-schemas.js';

/** styrgrupp, beredningsgrupp, arbetsgrupp, folkhälso- och trygghetsråd, lokal samverkansgrupp. */
export const groupKindSchema = z.enum(['steering', 'preparation', 'working', 'council', 'local']);
export type GroupKind = z.infer<typeof groupKindSchema>;

export const groupMemberSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    /** A contact, not necessarily a user of the app. */
    name: z.string(),
    /** E.g. "Kommunalråd", "Lokalpolisområdeschef". */
    title: z.string(),
    /** Set when the member represents one of the collaboration's parties. */
    organisationId: z.uuid().nullable(),
    /** Free-text organisation when it is not a party (e.g. "Region Västerbotten"); empty when organisationId is set. */
    organisationName: z.string(),
    /** What to show: the party's name, or the free text. */
    organisationLabel: z.string(),
  })
  .meta({ id: 'GroupMember' });

export const groupSchema = z
  .object({
    id: z.uuid(),
    kind: groupKindSchema,
    name: z.string(),
    /** Mandat: what the group may decide. */
    mandate: z.string(),
    /** Uppdragsbeskrivning (working groups get theirs from the beredningsgrupp). */
    assignment: z.string(),
    validFrom: isoDate.nullable(),
    /** Working groups are time-limited and always have one. */
    validTo: isoDate.nullable(),
    /** Whether the group is in force on the requested day (asOf, default today): validFrom ≤ day ≤ validTo. */
    active: z.boolean(),
    members: z.array(groupMemberSchema),
    /** Row version (members count as part of the group); send it back in If-Match when saving. */
    version: z.number().int(),
  })
  .meta({ id: 'Group' });

export type GroupDto = z.infer<typeof groupSchema>;
export type GroupMemberDto = z.infer<typeof groupMemberSchema>;

const groupFields = {
  kind: groupKindSchema,
  name: shortText(300).min(2, 'Ange ett namn med minst 2 tecken.'),
  mandate: longText(10_000),
  assignment: longText(10_000),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
};

export const createGroupBody = z.strictObject({
  kind: groupFields.kind,
  name: groupFields.name,
  mandate: groupFields.mandate.default(''),
  assignment: groupFields.assignment.default(''),
  validFrom: groupFields.validFrom.default(null),
  validTo: groupFields.validTo.default(null),
});
export const updateGroupBody = z.strictObject(z.object(groupFields).partial().shape);

export type CreateGroupInput = z.infer<typeof createGroupBody>;
export type UpdateGroupInput = z.infer<typeof updateGroupBody>;

const memberFields = {
  name: shortText(200).min(2, 'Ange ett namn med minst 2 tecken.'),
  title: shortText(300),
  /** One of the collaboration's parties… */
  organisationId: z.uuid().nullable(),
  /** …or any other organisation, as free text. */
  organisationName: shortText(300),
};

export const createGroupMemberBody = z.strictObject({
  name: memberFields.name,
  title: memberFields.title.default(''),
  organisationId: memberFields.organisationId.default(null),
  organisationName: memberFields.organisationName.default(''),
});
export const updateGroupMemberBody = z.strictObject(z.object(memberFields).partial().shape);

export type CreateGroupMemberInput = z.infer<typeof createGroupMemberBody>;
export type UpdateGroupMemberInput = z.infer<typeof updateGroupMemberBody>;

export const groupParams = z.strictObject({ collaborationId: z.uuid(), groupId: z.uuid() });
export const groupMemberParams = z.strictObject({ collaborationId: z.uuid(), groupId: z.uuid(), memberId: z.uuid() });

export const groupsQuery = z.strictObject({
  /** The day `active` is computed for; default today (Europe/Stockholm). */
  asOf: isoDate.optional(),
});
