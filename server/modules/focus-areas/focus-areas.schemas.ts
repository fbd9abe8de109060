import { z } from 'zod';
import { shortText } from '#server/http/common-schemas.js';

export const focusAreaSchema = z
  .object({
    id: z.uuid(),
    /** E.g. "Insatser mot narkotika". */
    name: z.string(),
    description: z.string(),
    sortOrder: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'FocusArea' });

export const createFocusAreaBody = z.strictObject({
  name: shortText(300).min(2, 'Ange ett namn med minst 2 tecken.'),
  description: z.string().max(5000).default(''),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const updateFocusAreaBody = z.strictObject({
  name: shortText(300).min(2, 'Ange ett namn med minst 2 tecken.').optional(),
  description: z.string().max(5000).optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const focusAreaParams = z.strictObject({ collaborationId: z.uuid(), focusAreaId: z.uuid() });
