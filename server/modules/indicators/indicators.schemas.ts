import { z } from 'zod';
import { isPeriod } from '#domain/indicators/status.js';
import { shortText } from '#server/http/common-schemas.js';

export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const INDICATOR_SOURCES = ['manual', 'kolada', 'bra', 'survey', 'activity_count'] as const;
export const INDICATOR_STATUSES = ['achieved', 'improving', 'not_improving', 'not_achieved', 'off_target', 'no_data', 'no_target'] as const;

const PERIOD_MESSAGE = 'Ange en period som år (2023), kvartal (2023K1), månad (2023-03) eller dag (2023-05-14).';
export const periodSchema = z.string().trim().refine(isPeriod, PERIOD_MESSAGE);
const value = z.number({ error: 'Ange ett tal.' }).finite().min(-1e12).max(1e12);

export const seriesPointSchema = z.object({
  period: z.string(),
  value: z.number(),
  /** Manual values: the note entered with the value; "" for derived series. */
  note: z.string(),
  /** Manual values: the value's version, sent back as If-Match ("v2") to correct it; null for derived series. */
  version: z.number().int().nullable(),
});

export const indicatorStatusSchema = z.object({
  status: z.enum(INDICATOR_STATUSES).describe('achieved Uppnått, improving På väg, not_improving Ingen förbättring, not_achieved Inte uppnått, off_target Avviker, no_data Saknar värden, no_target Saknar mål'),
  colour: z.enum(['green', 'yellow', 'red', 'grey']),
  latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  change: z.number().nullable().describe('Senaste värdet minus utgångsvärdet'),
  progress: z.number().nullable().describe('Hur långt från utgångsvärdet mot målet (1 = nått)'),
});

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    /** "antal", "procent", "per 100 000 invånare" … */
    unit: z.string(),
    direction: z.enum(INDICATOR_DIRECTIONS).describe('increase öka, decrease minska, maintain bibehålla'),
    source: z.enum(INDICATOR_SOURCES).describe('manual, kolada (KPI), bra (brottskategori), survey (enkätfråga), activity_count (loggade aktiviteter)'),
    sourceSeries: z.string().nullable().describe('Kolada: KPI-id; Brå: brottskategori; enkät: frågan'),
    sourceAreaCode: z.string().nullable().describe('Kommunkod (SCB)'),
    sourceArea: z.string().describe('Enkät: området'),
    sourceDimension: z.string().describe('Kolada: kön T/K/M'),
    per100k: z.boolean().describe('Brå: per 100 000 invånare (kräver importerad folkmängd)'),
    activityId: z.uuid().nullable(),
    activityName: z.string().nullable(),
    focusAreaId: z.uuid().nullable(),
    baselineValue: z.number().nullable(),
    baselinePeriod: z.string().nullable(),
    targetValue: z.number().nullable(),
    targetPeriod: z.string().nullable(),
    tolerance: z.number().nullable(),
    /** Set when adopted (fastställd): from then the baseline is frozen. */
    adoptedOn: z.string().nullable(),
    sortOrder: z.number().int(),
    version: z.number().int(),
    /** Oldest period first; derived on read from the source. */
    series: z.array(seriesPointSchema),
    status: indicatorStatusSchema,
  })
  .meta({ id: 'Indicator' });

export type IndicatorDto = z.infer<typeof indicatorSchema>;

const fields = {
  name: shortText(300).min(2, 'Ange ett namn med minst 2 tecken.'),
  description: z.string().max(5000),
  unit: shortText(100),
  direction: z.enum(INDICATOR_DIRECTIONS, 'Välj riktning: öka, minska eller bibehålla.'),
  source: z.enum(INDICATOR_SOURCES, 'Välj källa: manuell, Kolada, Brå, enkät eller antal loggade aktiviteter.'),
  sourceSeries: shortText(500).nullable(),
  sourceAreaCode: z.string().trim().regex(/^(\d{4})?$/, 'Ange en kommunkod med fyra siffror.').nullable(),
  sourceArea: shortText(300),
  sourceDimension: z.enum(['', 'T', 'K', 'M'], 'Ange kön som T, K eller M.'),
  per100k: z.boolean(),
  activityId: z.uuid('Ogiltig aktivitet.').nullable(),
  focusAreaId: z.uuid('Ogiltigt fokusområde.').nullable(),
  baselineValue: value.nullable(),
  baselinePeriod: periodSchema.nullable(),
  targetValue: value.nullable(),
  targetPeriod: periodSchema.nullable(),
  tolerance: value.min(0, 'Toleransen kan inte vara negativ.').nullable(),
  sortOrder: z.number().int().min(0).max(10_000),
};

export const createIndicatorBody = z.strictObject({
  name: fields.name,
  description: fields.description.default(''),
  unit: fields.unit.default(''),
  direction: fields.direction,
  source: fields.source.default('manual'),
  sourceSeries: fields.sourceSeries.default(null),
  sourceAreaCode: fields.sourceAreaCode.default(null),
  sourceArea: fields.sourceArea.default(''),
  sourceDimension: fields.sourceDimension.default(''),
  per100k: fields.per100k.default(false),
  activityId: fields.activityId.default(null),
  focusAreaId: fields.focusAreaId.default(null),
  baselineValue: fields.baselineValue.default(null),
  baselinePeriod: fields.baselinePeriod.default(null),
  targetValue: fields.targetValue.default(null),
  targetPeriod: fields.targetPeriod.default(null),
  tolerance: fields.tolerance.default(null),
  sortOrder: fields.sortOrder.optional(),
});
export type CreateIndicatorInput = z.infer<typeof createIndicatorBody>;

export const updateIndicatorBody = z.strictObject({
  name: fields.name.optional(),
  description: fields.description.optional(),
  unit: fields.unit.optional(),
  direction: fields.direction.optional(),
  source: fields.source.optional(),
  sourceSeries: fields.sourceSeries.optional(),
  sourceAreaCode: fields.sourceAreaCode.optional(),
  sourceArea: fields.sourceArea.optional(),
  sourceDimension: fields.sourceDimension.optional(),
  per100k: fields.per100k.optional(),
  activityId: fields.activityId.optional(),
  focusAreaId: fields.focusAreaId.optional(),
  baselineValue: fields.baselineValue.optional(),
  baselinePeriod: fields.baselinePeriod.optional(),
  targetValue: fields.targetValue.optional(),
  targetPeriod: fields.targetPeriod.optional(),
  tolerance: fields.tolerance.optional(),
  sortOrder: fields.sortOrder.optional(),
});
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorBody>;

export const indicatorListQuery = z.strictObject({
  focusAreaId: z.uuid('Ogiltigt fokusområde.').optional(),
});

export const indicatorParams = z.strictObject({ collaborationId: z.uuid(), indicatorId: z.uuid() });
export const indicatorValueParams = z.strictObject({
  collaborationId: z.uuid(),
  indicatorId: z.uuid(),
  period: periodSchema,
});

export const indicatorValueBody = z.strictObject({
  value,
  note: z.string().max(2000).default(''),
});

export const adoptIndicatorBody = z
  .strictObject({ adoptedOn: z.iso.date('Ange ett datum som ÅÅÅÅ-MM-DD.').optional().describe('Standard: dagens datum') })
  .default({});
