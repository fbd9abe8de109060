import { z } from 'zod';
import { frequencySchema } from '#domain/frequency/frequency.js';
import { isoDate, shortText } from '#server/http/common-schemas.js';
import { planReportRefSchema } from '#server/modules/situation-reports/situation-reports.schemas.js';

export const planKindSchema = z.enum(['genomforandeplan', 'handlingsplan', 'atgardsplan']);
export const preventionTypeSchema = z.enum(['social', 'situational']);
export const preventionLevelSchema = z.enum(['universal', 'selective', 'indicated']);

export const planSchema = z
  .object({
    id: z.uuid(),
    kind: planKindSchema,
    title: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    /** The group that adopted the plan (e.g. the styrgrupp), and when. */
    adoptedByGroupId: z.uuid().nullable(),
    adoptedOn: isoDate.nullable(),
    /** Shifts per week, for targets per arbetspass. */
    shiftsPerWeek: z.number().int().nullable(),
    /** The adopted lägesbild the plan starts from, with its year and adoption date. */
    situationReportId: z.uuid().nullable(),
    situationReport: planReportRefSchema.nullable(),
    activityCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });

const planFields = {
  kind: planKindSchema,
  title: shortText(300).min(2, 'Ange en titel med minst 2 tecken.'),
  periodStart: isoDate,
  periodEnd: isoDate,
  adoptedByGroupId: z.uuid().nullable(),
  adoptedOn: isoDate.nullable(),
  shiftsPerWeek: z.number().int().min(1).max(50).nullable(),
  /** An adopted lägesbild of the same collaboration. */
  situationReportId: z.uuid().nullable(),
};

const periodInOrder = (b: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  !b.periodStart || !b.periodEnd || b.periodStart <= b.periodEnd;
const periodMessage = { message: 'Periodens slut kan inte ligga före dess början.', path: ['periodEnd'] };

export const createPlanBody = z
  .strictObject({ ...planFields, adoptedByGroupId: planFields.adoptedByGroupId.default(null), adoptedOn: planFields.adoptedOn.default(null), shiftsPerWeek: planFields.shiftsPerWeek.default(null), situationReportId: planFields.situationReportId.default(null) })
  .refine(periodInOrder, periodMessage);

export const updatePlanBody = z.strictObject(z.object(planFields).partial().shape).refine(periodInOrder, periodMessage);

export const planParams = z.strictObject({ collaborationId: z.uuid(), planId: z.uuid() });

export const activitySchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    focusAreaId: z.uuid().nullable(),
    sortOrder: z.number().int(),
    /** Orsak. */
    cause: z.string(),
    operativeGoal: z.string(),
    /** Vad: the activity. */
    what: z.string(),
    /** När, verbatim. */
    whenText: z.string(),
    /** The measurable target read from whenText, or as corrected by a person. */
    frequency: frequencySchema,
    /** The target in plain words, e.g. "minst 10 per månad". */
    frequencyLabel: z.object({ sv: z.string(), en: z.string() }),
    preventionType: preventionTypeSchema.nullable(),
    preventionLevel: preventionLevelSchema.nullable(),
    /** Samverkan: partners. */
    partners: z.array(z.string()),
    /** Ansvarig: party and role or person. */
    responsible: z.string(),
    responsibleOrganisationId: z.uuid().nullable(),
    /** Uppföljning: how it is measured, e.g. "Antal klassrumsbesök". */
    followUpMeasure: z.string(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Activity' });

const activityFields = {
  focusAreaId: z.uuid().nullable(),
  sortOrder: z.number().int().min(0).max(100_000),
  cause: shortText(2000),
  operativeGoal: shortText(2000),
  what: shortText(2000).min(2, 'Beskriv aktiviteten med minst 2 tecken.'),
  whenText: shortText(500),
  /** Leave out to read the target from whenText; send to correct it. */
  frequency: frequencySchema,
  preventionType: preventionTypeSchema.nullable(),
  preventionLevel: preventionLevelSchema.nullable(),
  partners: z.array(shortText(200).min(1)).max(30),
  responsible: shortText(500),
  responsibleOrganisationId: z.uuid().nullable(),
  followUpMeasure: shortText(1000),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
};

const datesInOrder = (b: { startDate?: string | null | undefined; endDate?: string | null | undefined }) =>
  !b.startDate || !b.endDate || b.startDate <= b.endDate;
const datesMessage = { message: 'Slutdatum kan inte ligga före startdatum.', path: ['endDate'] };

export const createActivityBody = z
  .strictObject({ ...z.object(activityFields).partial().shape, what: activityFields.what })
  .refine(datesInOrder, datesMessage);
export const updateActivityBody = z.strictObject(z.object(activityFields).partial().shape).refine(datesInOrder, datesMessage);

export type CreateActivityInput = z.infer<typeof createActivityBody>;
export type UpdateActivityInput = z.infer<typeof updateActivityBody>;

export const planWithActivitiesSchema = planSchema.extend({ activities: z.array(activitySchema) }).meta({ id: 'PlanWithActivities' });

export const activityParams = z.strictObject({ collaborationId: z.uuid(), activityId: z.uuid() });
