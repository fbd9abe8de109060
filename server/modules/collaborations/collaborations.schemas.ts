import { z } from 'zod';
import { memberRoles } from '#server/http/access.js';
import { newOrganisationSchema, organisationSchema } from '#server/modules/organisations/organisations.schemas.js';

export const collaborationParams = z.strictObject({ collaborationId: z.uuid() });

export const collaborationSchema = z
  .object({
    id: z.uuid(),
    /** E.g. "Norsjö kommun – LPO Skellefteå". */
    name: z.string(),
    description: z.string(),
    /** Parties: one or more kommuner, one or more lokalpolisområden, others. */
    parties: z.array(organisationSchema),
    /** The caller's role here (system administrators count as admin). */
    myRole: z.enum(memberRoles),
    /** Row version; send it back in If-Match when saving. */
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Collaboration' });

export type CollaborationDto = z.infer<typeof collaborationSchema>;

export const createCollaborationBody = z.strictObject({
  name: z.string().trim().min(2, 'Ange ett namn med minst 2 tecken.').max(200),
  description: z.string().max(5000).default(''),
  /** Organisation ids of the parties (at least one). */
  partyIds: z.array(z.uuid()).min(1, 'Ange minst en part.').max(50),
});

export const updateCollaborationBody = z.strictObject({
  name: z.string().trim().min(2, 'Ange ett namn med minst 2 tecken.').max(200).optional(),
  description: z.string().max(5000).optional(),
});

export const addPartyBody = z
  .strictObject({
    /** An existing organisation (e.g. a kommun from the official list). */
    organisationId: z.uuid().optional(),
    /** Or a new police area or other organisation, created on the way. */
    newOrganisation: newOrganisationSchema.optional(),
  })
  .refine((b) => (b.organisationId ? 1 : 0) + (b.newOrganisation ? 1 : 0) === 1, {
    message: 'Ange antingen organisationId eller newOrganisation.',
  });

export const partyParams = z.strictObject({ collaborationId: z.uuid(), organisationId: z.uuid() });
