import { z } from 'zod';
import { isoDate, longText, shortText } from '#server/http/common-schemas.js';

/** A plan activity that delivers a promise. */
export const promiseActivitySchema = z
  .object({
    id: z.uuid(),
    /** Vad: the activity. */
    what: z.string(),
    planId: z.uuid(),
  })
  .meta({ id: 'PromiseActivity' });

export const promiseItemSchema = z
  .object({
    id: z.uuid(),
    promiseId: z.uuid(),
    /** The promise itself, e.g. "Insatser mot tillgreppsbrott såsom inbrott i bostäder …". */
    text: z.string(),
    /** The parties who promise (organisation ids of the collaboration's parties). */
    partyIds: z.array(z.uuid()),
    focusAreaId: z.uuid().nullable(),
    sortOrder: z.number().int(),
    /** The plan activities that deliver the promise. */
    activities: z.array(promiseActivitySchema),
    /** Row version (the linked activities count as part of the item); send it back in If-Match. */
    version: z.number().int(),
  })
  .meta({ id: 'PromiseItem' });

export const citizenPromiseSchema = z
  .object({
    id: z.uuid(),
    /** The kommun the promises are made to. */
    municipalityId: z.uuid(),
    municipalityName: z.string(),
    /** E.g. "Medborgarlöften 2019–2023 Polisen och Norsjö kommun". */
    title: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    /** "Effekter som eftersträvas", one effect per line. */
    effects: z.string(),
    itemCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'CitizenPromise' });

export const citizenPromiseWithItemsSchema = citizenPromiseSchema.extend({ items: z.array(promiseItemSchema) }).meta({ id: 'CitizenPromiseWithItems' });

/** A promise item an activity delivers, with the medborgarlöfte it belongs to. */
export const activityPromiseSchema = promiseItemSchema
  .extend({
    promise: z.object({
      id: z.uuid(),
      title: z.string(),
      municipalityId: z.uuid(),
      municipalityName: z.string(),
      periodStart: isoDate,
      periodEnd: isoDate,
    }),
  })
  .meta({ id: 'ActivityPromiseItem' });

export type CitizenPromiseDto = z.infer<typeof citizenPromiseSchema>;
export type PromiseItemDto = z.infer<typeof promiseItemSchema>;

const promiseFields = {
  municipalityId: z.uuid(),
  title: shortText(300).min(2, 'Ange en titel med minst 2 tecken.'),
  periodStart: isoDate,
  periodEnd: isoDate,
  /** "Effekter som eftersträvas", one effect per line. */
  effects: longText(5000),
};

const periodInOrder = (b: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  !b.periodStart || !b.periodEnd || b.periodStart <= b.periodEnd;
const periodMessage = { message: 'Periodens slut kan inte ligga före dess början.', path: ['periodEnd'] };

export const createPromiseBody = z.strictObject({ ...promiseFields, effects: promiseFields.effects.default('') }).refine(periodInOrder, periodMessage);
export const updatePromiseBody = z.strictObject(z.object(promiseFields).partial().shape).refine(periodInOrder, periodMessage);

/** What callers give; `effects` may be left out (empty). */
export type CreatePromiseInput = z.input<typeof createPromiseBody>;
export type UpdatePromiseInput = z.infer<typeof updatePromiseBody>;

const itemFields = {
  text: shortText(2000).min(2, 'Skriv löftet med minst 2 tecken.'),
  partyIds: z.array(z.uuid()).min(1, 'Ange minst en part som lovar.').max(20),
  focusAreaId: z.uuid().nullable(),
  sortOrder: z.number().int().min(0).max(10_000),
};

export const createItemBody = z.strictObject({
  text: itemFields.text,
  partyIds: itemFields.partyIds,
  focusAreaId: itemFields.focusAreaId.default(null),
  sortOrder: itemFields.sortOrder.optional(),
});
export const updateItemBody = z.strictObject(z.object(itemFields).partial().shape);

export type CreateItemInput = z.infer<typeof createItemBody>;
export type UpdateItemInput = z.infer<typeof updateItemBody>;

export const setItemActivitiesBody = z.strictObject({
  /** The whole set of activities that deliver the item; an empty list unlinks them all. */
  activityIds: z.array(z.uuid()).max(200),
});

export const promiseParams = z.strictObject({ collaborationId: z.uuid(), promiseId: z.uuid() });
export const promiseItemParams = z.strictObject({ collaborationId: z.uuid(), itemId: z.uuid() });
