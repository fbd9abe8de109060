import { z } from 'zod';

export const organisationKindSchema = z.enum(['kommun', 'lokalpolisomrade', 'other']);

export const organisationSchema = z
  .object({
    id: z.uuid(),
    /** kommun, lokalpolisomrade (local police area) or other (school, housing company, association …). */
    kind: organisationKindSchema,
    /** Bare name: "Norsjö" for a kommun, "Skellefteå" for a lokalpolisområde, the full name otherwise. */
    name: z.string(),
    /** SCB kommunkod, four digits as text; only for kommuner. */
    municipalityCode: z.string().nullable(),
    countyCode: z.string().nullable(),
    countyName: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });

export type OrganisationDto = z.infer<typeof organisationSchema>;

export const listOrganisationsQuery = z.strictObject({
  kind: organisationKindSchema.optional(),
  /** Matches the name or the kommunkod. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const newOrganisationSchema = z.strictObject({
  /** Kommuner come from the official list and cannot be created. */
  kind: z.enum(['lokalpolisomrade', 'other']),
  name: z.string().trim().min(2, 'Ange ett namn med minst 2 tecken.').max(200),
});
