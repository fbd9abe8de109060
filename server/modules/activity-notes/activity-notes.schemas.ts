import { z } from 'zod';
import { restrictionSchema } from '#server/http/common-schemas.js';

export const noteSchema = z
  .object({
    id: z.uuid(),
    activityId: z.uuid(),
    text: z.string(),
    restricted: restrictionSchema,
    author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ActivityNote' });

export const createNoteBody = z.strictObject({
  text: z.string().trim().min(1, 'Skriv en anteckning.').max(10_000),
  /** Visible only to members who act for the author's organisation. */
  restricted: z.boolean().default(false),
});

export const updateNoteBody = z.strictObject({
  text: z.string().trim().min(1, 'Skriv en anteckning.').max(10_000).optional(),
  restricted: z.boolean().optional(),
});

export const noteParams = z.strictObject({ collaborationId: z.uuid(), noteId: z.uuid() });
