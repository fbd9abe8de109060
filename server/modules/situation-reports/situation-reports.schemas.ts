import { z } from 'zod';
import { isoDate, longText, shortText } from '#server/http/common-schemas.js';

/** Largest text section of a lägesbild, in characters. */
export const TEXT_MAX = 50_000;

const statisticSource = z.enum(['kolada', 'bra', 'survey', 'population']);
const areaCode = z.string().regex(/^\d{4}$/, 'Ange en kommunkod med fyra siffror (0000 för hela landet).');

/** A statistics series the kartläggning charts. */
export const chartSeriesSchema = z
  .strictObject({
    source: statisticSource,
    /** The series as imported: a Brå category path, a Kolada KPI, a survey question. */
    series: shortText(500).min(1, 'Välj en serie.'),
    /** Draw per 100 000 inhabitants (Brå counts with SCB population imported for the year). */
    per100k: z.boolean().default(false),
  })
  .meta({ id: 'SituationChartSeries' });
export type ChartSeries = z.infer<typeof chartSeriesSchema>;

const uniqueSeries = z
  .array(chartSeriesSchema)
  .max(20)
  .refine((list) => new Set(list.map((s) => `${s.source}|${s.series}`)).size === list.length, 'Samma serie finns flera gånger.');
const uniqueCodes = z
  .array(areaCode)
  .max(30)
  .refine((codes) => new Set(codes).size === codes.length, 'Samma kommun finns flera gånger.');

const titleField = shortText(300).min(2, 'Ange en titel med minst 2 tecken.');
const yearField = z.number().int('Ange året med fyra siffror.').min(2000, 'Ange ett år från 2000.').max(2100, 'Ange ett år till och med 2100.');

const contentFields = {
  title: titleField,
  /** Kartläggning in words: extent and consequences of crime. */
  mappingText: longText(TEXT_MAX),
  /** Annan relevant information in words. */
  otherText: longText(TEXT_MAX),
  /** Analys: what the picture means, the problems it identifies. */
  analysisText: longText(TEXT_MAX),
  chartSeries: uniqueSeries,
  /** SCB codes of the comparison municipalities; "0000" (the country) is always charted. */
  comparisonAreaCodes: uniqueCodes,
};

export const createReportBody = z.strictObject({
  year: yearField,
  /** Default "Lägesbild <year>". */
  title: titleField.optional(),
  mappingText: contentFields.mappingText.optional(),
  otherText: contentFields.otherText.optional(),
  analysisText: contentFields.analysisText.optional(),
  chartSeries: contentFields.chartSeries.optional(),
  comparisonAreaCodes: contentFields.comparisonAreaCodes.optional(),
});
export type CreateReportInput = z.infer<typeof createReportBody>;

export const updateReportBody = z.strictObject(z.object(contentFields).partial().shape);
export type UpdateReportInput = z.infer<typeof updateReportBody>;

export const adoptReportBody = z.strictObject({
  /** The day the lägesbild was adopted (fastställd). */
  adoptedOn: isoDate,
  /** The group that adopted it (e.g. the styrgrupp), one of the collaboration's. */
  adoptedByGroupId: z.uuid().nullable().default(null),
});

export const dialogueKindSchema = z.enum(['citizen', 'staff']);
const count = z.number().int().min(0).max(1_000_000);

const dialogueFields = {
  /** Medborgardialog or medarbetardialog. */
  kind: dialogueKindSchema,
  heldOn: isoDate,
  /** "Öppet möte", "Webbenkät", "Fokusgrupp" … */
  method: shortText(200).min(1, 'Ange metod, t.ex. öppet möte eller webbenkät.'),
  area: shortText(200),
  /** How many took part: a count, never names. */
  participantsCount: count.nullable(),
  notes: longText(TEXT_MAX),
  outcomes: longText(TEXT_MAX),
};
export const createDialogueBody = z.strictObject({
  ...dialogueFields,
  area: dialogueFields.area.default(''),
  participantsCount: dialogueFields.participantsCount.default(null),
  notes: dialogueFields.notes.default(''),
  outcomes: dialogueFields.outcomes.default(''),
});
export const updateDialogueBody = z.strictObject(z.object(dialogueFields).partial().shape);
export type CreateDialogueInput = z.infer<typeof createDialogueBody>;
export type UpdateDialogueInput = z.infer<typeof updateDialogueBody>;

const walkFields = {
  walkedOn: isoDate,
  area: shortText(200).min(1, 'Ange var trygghetsvandringen gick.'),
  participantsCount: count.nullable(),
  /** Participating organisations, never citizens' names. */
  organisations: shortText(1000),
  notes: longText(TEXT_MAX),
};
export const createWalkBody = z.strictObject({
  ...walkFields,
  participantsCount: walkFields.participantsCount.default(null),
  organisations: walkFields.organisations.default(''),
  notes: walkFields.notes.default(''),
});
export const updateWalkBody = z.strictObject(z.object(walkFields).partial().shape);
export type CreateWalkInput = z.infer<typeof createWalkBody>;
export type UpdateWalkInput = z.infer<typeof updateWalkBody>;

export const observationStatusSchema = z.enum(['open', 'in_progress', 'done', 'declined']);
const observationFields = {
  place: shortText(300).min(1, 'Ange platsen.'),
  problem: shortText(2000).min(1, 'Beskriv problemet.'),
  proposedAction: shortText(2000),
  /** Who acts on it, in words. */
  owner: shortText(300),
  /** Who acts on it, when it is one of the collaboration's parties. */
  ownerOrganisationId: z.uuid().nullable(),
  status: observationStatusSchema,
  sortOrder: z.number().int().min(0).max(100_000),
};
export const createObservationBody = z.strictObject({
  ...observationFields,
  proposedAction: observationFields.proposedAction.default(''),
  owner: observationFields.owner.default(''),
  ownerOrganisationId: observationFields.ownerOrganisationId.default(null),
  status: observationFields.status.default('open'),
  sortOrder: observationFields.sortOrder.optional(),
});
/** Contributors may change the status only; the other fields need a coordinator. */
export const updateObservationBody = z.strictObject(z.object(observationFields).partial().shape);
export type CreateObservationInput = z.infer<typeof createObservationBody>;
export type UpdateObservationInput = z.infer<typeof updateObservationBody>;

export const timeOfDaySchema = z.enum(['', 'morgon', 'dag', 'kvall', 'natt']);
const incidentFields = {
  occurredOn: isoDate,
  /** morgon, dag, kvall, natt, or '' when not known. */
  timeOfDay: timeOfDaySchema,
  /** "Skadegörelse", "Klotter", "Ordningsstörning" … */
  category: shortText(100).min(1, 'Ange kategori, t.ex. skadegörelse eller klotter.'),
  place: shortText(300).min(1, 'Ange platsen.'),
  area: shortText(200),
  /** What was seen; no names. */
  description: shortText(2000),
  /** The reporting organisation or role ("Fastighetsbolaget"), never a person's name. */
  reportedBy: shortText(200),
  count: z.number().int().min(1, 'Antalet ska vara minst 1.').max(10_000),
};
export const createIncidentBody = z.strictObject({
  ...incidentFields,
  timeOfDay: incidentFields.timeOfDay.default(''),
  area: incidentFields.area.default(''),
  description: incidentFields.description.default(''),
  reportedBy: incidentFields.reportedBy.default(''),
  count: incidentFields.count.default(1),
});
export const updateIncidentBody = z.strictObject(z.object(incidentFields).partial().shape);
export type CreateIncidentInput = z.infer<typeof createIncidentBody>;
export type UpdateIncidentInput = z.infer<typeof updateIncidentBody>;

export const reportParams = z.strictObject({ collaborationId: z.uuid(), reportId: z.uuid() });
export const versionParams = z.strictObject({ collaborationId: z.uuid(), reportId: z.uuid(), number: z.coerce.number().int().min(1).max(1_000_000) });
export const dialogueParams = z.strictObject({ collaborationId: z.uuid(), dialogueId: z.uuid() });
export const walkParams = z.strictObject({ collaborationId: z.uuid(), walkId: z.uuid() });
export const observationParams = z.strictObject({ collaborationId: z.uuid(), observationId: z.uuid() });
export const incidentParams = z.strictObject({ collaborationId: z.uuid(), incidentId: z.uuid() });

// ---- Output ----

const named = z.object({ id: z.uuid(), name: z.string() });

export const dialogueSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    kind: dialogueKindSchema,
    heldOn: isoDate,
    method: z.string(),
    area: z.string(),
    participantsCount: z.number().int().nullable(),
    notes: z.string(),
    outcomes: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'SituationDialogue' });

export const observationSchema = z
  .object({
    id: z.uuid(),
    walkId: z.uuid(),
    place: z.string(),
    problem: z.string(),
    proposedAction: z.string(),
    owner: z.string(),
    ownerOrganisationId: z.uuid().nullable(),
    status: observationStatusSchema,
    sortOrder: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'SafetyWalkObservation' });

export const walkSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    walkedOn: isoDate,
    area: z.string(),
    participantsCount: z.number().int().nullable(),
    organisations: z.string(),
    notes: z.string(),
    observations: z.array(observationSchema),
    version: z.number().int(),
  })
  .meta({ id: 'SafetyWalk' });

export const incidentSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    occurredOn: isoDate,
    timeOfDay: timeOfDaySchema,
    category: z.string(),
    place: z.string(),
    area: z.string(),
    description: z.string(),
    reportedBy: z.string(),
    count: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'IncidentReport' });

export const incidentSummarySchema = z
  .object({
    total: z.number().int(),
    /** Incidents (their counts summed) per category, most first. */
    byCategory: z.array(z.object({ category: z.string(), count: z.number().int() })),
    /** Per month ("2024-03"), oldest first. */
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'IncidentSummary' });

export const chartValueSchema = z.object({
  areaCode: z.string(),
  area: z.string(),
  /** The year. */
  period: z.string(),
  value: z.number().nullable(),
  per100k: z.number().nullable(),
});

/** One charted series: its yearly values for the collaboration's municipalities, the comparison areas and the country. */
export const chartSchema = z
  .object({ source: statisticSource, series: z.string(), per100k: z.boolean(), values: z.array(chartValueSchema) })
  .meta({ id: 'SituationChart' });

export const causeKindSchema = z.enum(['cause', 'risk_factor', 'protective_factor']);

/** An indicator as frozen at adoption (baseline, target, status against the target). */
export const frozenIndicatorSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease', 'maintain']),
    baselineValue: z.number().nullable(),
    baselinePeriod: z.string().nullable(),
    targetValue: z.number().nullable(),
    targetPeriod: z.string().nullable(),
    latestValue: z.number().nullable(),
    latestPeriod: z.string().nullable(),
    /** Status against the target as the indicators module states it ("on_track", "off_track" …), or null when not computed. */
    status: z.string().nullable(),
  })
  .meta({ id: 'SituationFrozenIndicator' });

export const frozenProblemSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    area: z.string(),
    priority: z.enum(['high', 'medium', 'low']),
    causes: z.array(z.object({ kind: causeKindSchema, description: z.string() })),
    indicators: z.array(frozenIndicatorSchema),
  })
  .meta({ id: 'SituationFrozenProblem' });

/** What a situation_report_versions.snapshot holds: the whole lägesbild as it was the day it was adopted. */
export const snapshotSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    mappingText: z.string(),
    otherText: z.string(),
    analysisText: z.string(),
    chartSeries: z.array(chartSeriesSchema),
    comparisonAreaCodes: z.array(z.string()),
    charts: z.array(chartSchema),
    dialogues: z.array(dialogueSchema),
    walks: z.array(walkSchema),
    incidents: z.array(incidentSchema),
    incidentSummary: incidentSummarySchema,
    problems: z.array(frozenProblemSchema),
    adoptedByGroup: named.nullable(),
  })
  .meta({ id: 'SituationSnapshot' });
export type Snapshot = z.infer<typeof snapshotSchema>;

const adoptedVersionRef = z.object({ number: z.number().int(), adoptedOn: isoDate, adoptedByGroup: named.nullable() });

export const reportSummarySchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    title: z.string(),
    /** Whether the current content is the adopted one; false for a draft (new, or changed after adoption). */
    adopted: z.boolean(),
    /** The latest adopted version; null before the first adoption. */
    adoptedVersion: adoptedVersionRef.nullable(),
    /** The number the current content has, or will get when adopted. */
    currentNumber: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'SituationReportSummary' });

export const reportSchema = reportSummarySchema
  .extend({
    mappingText: z.string(),
    otherText: z.string(),
    analysisText: z.string(),
    chartSeries: z.array(chartSeriesSchema),
    comparisonAreaCodes: z.array(z.string()),
    /** The collaboration's municipalities (always charted). */
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    /** The chosen series with today's figures. */
    charts: z.array(chartSchema),
    dialogues: z.array(dialogueSchema),
    walks: z.array(walkSchema),
    incidents: z.array(incidentSchema),
    incidentSummary: incidentSummarySchema,
  })
  .meta({ id: 'SituationReport' });

export const versionSummarySchema = z
  .object({
    number: z.number().int(),
    adoptedOn: isoDate,
    adoptedByGroup: named.nullable(),
    adoptedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'SituationReportVersionSummary' });

export const versionSchema = versionSummarySchema.extend({ reportId: z.uuid(), snapshot: snapshotSchema }).meta({ id: 'SituationReportVersion' });

/** What a plan shows of the lägesbild it starts from. */
export const planReportRefSchema = z
  .object({ id: z.uuid(), year: z.number().int(), title: z.string(), adoptedOn: isoDate, number: z.number().int() })
  .meta({ id: 'PlanSituationReport' });
export type PlanReportRef = z.infer<typeof planReportRefSchema>;
