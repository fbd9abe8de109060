import { z } from 'zod';
import { frequencySchema } from '#domain/frequency/frequency.js';
import { preventionLevelSchema, preventionTypeSchema } from '#server/modules/plans/plans.schemas.js';

export const exportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const importQuery = z.strictObject({
  /** false: only check and show what would be read. */
  commit: z.enum(['true', 'false']).default('false'),
  /** true: write the valid rows and leave out the invalid ones. */
  skipInvalid: z.enum(['true', 'false']).default('false'),
});

/** The preview (or, with commit=true, the outcome): every row of the file with its errors per column. */
export const importResultSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int(),
      /** What the row says (cut to 300 characters), also for rows that could not be read. */
      cells: z.object({ focusArea: z.string(), what: z.string(), whenText: z.string() }),
      errors: z.array(z.object({ column: z.string(), message: z.string() })),
      activity: z
        .object({
          focusArea: z.string().nullable(),
          what: z.string(),
          whenText: z.string(),
          frequency: frequencySchema,
          partners: z.array(z.string()),
          responsible: z.string(),
          followUpMeasure: z.string(),
          cause: z.string(),
          operativeGoal: z.string(),
          preventionType: preventionTypeSchema.nullable(),
          preventionLevel: preventionLevelSchema.nullable(),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  ignoredColumns: z.array(z.string()),
  valid: z.number().int(),
  invalid: z.number().int(),
  created: z.number().int(),
  committed: z.boolean(),
});
