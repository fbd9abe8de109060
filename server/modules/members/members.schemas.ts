import { z } from 'zod';
import { memberRoles } from '#server/http/access.js';
import { organisationSchema } from '#server/modules/organisations/organisations.schemas.js';
import { emailSchema } from '#server/modules/users/users.schemas.js';

export const memberRoleSchema = z.enum(memberRoles).describe('viewer < contributor < coordinator < admin');

export const memberSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: memberRoleSchema,
    /** The party the member acts for. */
    organisation: organisationSchema.nullable(),
    /** Function, e.g. "samordnare", "kommunpolis". */
    title: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Member' });

export type MemberDto = z.infer<typeof memberSchema>;

export const addMemberBody = z.strictObject({
  /** An existing account's e-mail; an account without password is created when none exists (OIDC sign-in). */
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
  role: memberRoleSchema,
  organisationId: z.uuid().nullable().optional(),
  title: z.string().trim().max(200).default(''),
});

export const updateMemberBody = z.strictObject({
  role: memberRoleSchema.optional(),
  organisationId: z.uuid().nullable().optional(),
  title: z.string().trim().max(200).optional(),
});

export const memberParams = z.strictObject({ collaborationId: z.uuid(), userId: z.uuid() });
