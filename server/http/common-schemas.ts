import { z } from 'zod';

export const isoDate = z.iso.date('Ange ett datum som ÅÅÅÅ-MM-DD.');
export const shortText = (max = 500) => z.string().trim().max(max);
export const longText = (max = 20_000) => z.string().max(max);

/** "endast egen organisation": which party a restricted row belongs to. */
export const restrictionSchema = z
  .object({ organisationId: z.uuid(), organisationName: z.string() })
  .nullable()
  .describe('Satt när raden bara syns för medlemmar som företräder organisationen');
