import { z } from 'zod';
import { isoDate, longText, shortText } from '#server/http/common-schemas.js';
import { statusSchema } from '#server/modules/follow-up/follow-up.schemas.js';
import { indicatorSchema } from '#server/modules/indicators/indicators.schemas.js';

export const problemPrioritySchema = z.enum(['high', 'medium', 'low']);
/** Orsak, riskfaktor or skyddsfaktor. */
export const causeKindSchema = z.enum(['cause', 'risk_factor', 'protective_factor']);

/** A plan activity that works on the problem (optionally on one of its causes), with today's follow-up status. */
export const chainActivitySchema = z
  .object({
    activityId: z.uuid(),
    /** The cause it works on; null when it works on the problem as a whole. */
    causeId: z.uuid().nullable(),
    planId: z.uuid(),
    planTitle: z.string(),
    /** Vad. */
    what: z.string(),
    /** När, verbatim. */
    whenText: z.string(),
    /** The frequency target in words, e.g. "minst 10 per månad". */
    frequencyLabel: z.object({ sv: z.string(), en: z.string() }),
    /** The follow-up status as the plan's dashboard shows it on `asOf`. */
    status: statusSchema,
  })
  .meta({ id: 'ProblemChainActivity' });

export const problemCauseSchema = z
  .object({
    id: z.uuid(),
    problemId: z.uuid(),
    kind: causeKindSchema,
    description: z.string(),
    sortOrder: z.number().int(),
    /** Sent back as If-Match ("v3") when changing the cause. */
    version: z.number().int(),
  })
  .meta({ id: 'ProblemCause' });

export const chainCauseSchema = problemCauseSchema
  .extend({
    /** The activities that work on this cause. */
    activities: z.array(chainActivitySchema),
    /** "Ingen aktivitet arbetar med detta ännu." when no activity does; otherwise null. */
    gap: z.string().nullable(),
  })
  .meta({ id: 'ProblemChainCause' });

export const problemSchema = z
  .object({
    id: z.uuid(),
    /** The lägesbild that identified the problem. */
    reportId: z.uuid().nullable(),
    focusAreaId: z.uuid().nullable(),
    focusAreaName: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    /** Where: a place, a district, "hela kommunen". */
    area: z.string(),
    priority: problemPrioritySchema,
    sortOrder: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Problem' });

/** A problem with its whole chain: causes (by kind) → activities → indicators. */
export const problemWithChainSchema = problemSchema
  .extend({
    /** The day the activities' follow-up status is computed for. */
    asOf: isoDate,
    causes: z.object({
      cause: z.array(chainCauseSchema),
      risk_factor: z.array(chainCauseSchema),
      protective_factor: z.array(chainCauseSchema),
    }),
    /** Activities that work on the problem as a whole (no cause named). */
    problemActivities: z.array(chainActivitySchema),
    /** The indicators that follow the problem: baseline, series, target and status against it. */
    indicators: z.array(indicatorSchema),
    /** Gaps in the chain in Swedish words, e.g. "Ingen indikator följer problemet." */
    gaps: z.array(z.string()),
  })
  .meta({ id: 'ProblemWithChain' });

export type ProblemDto = z.infer<typeof problemSchema>;
export type ProblemWithChainDto = z.infer<typeof problemWithChainSchema>;
export type ProblemCauseDto = z.infer<typeof problemCauseSchema>;
export type ChainActivityDto = z.infer<typeof chainActivitySchema>;

const problemFields = {
  reportId: z.uuid().nullable(),
  focusAreaId: z.uuid().nullable(),
  title: shortText(300).min(2, 'Ange en rubrik med minst 2 tecken.'),
  description: longText(10_000),
  area: shortText(300),
  priority: problemPrioritySchema,
  sortOrder: z.number().int().min(0).max(100_000),
};

export const createProblemBody = z.strictObject({
  title: problemFields.title,
  reportId: problemFields.reportId.default(null),
  focusAreaId: problemFields.focusAreaId.default(null),
  description: problemFields.description.default(''),
  area: problemFields.area.default(''),
  priority: problemFields.priority.default('medium'),
  sortOrder: problemFields.sortOrder.optional(),
});
export const updateProblemBody = z.strictObject(z.object(problemFields).partial().shape);

export type CreateProblemInput = z.input<typeof createProblemBody>;
export type UpdateProblemInput = z.infer<typeof updateProblemBody>;

export const listProblemsQuery = z.strictObject({
  /** Only the problems this lägesbild identified. */
  reportId: z.uuid().optional(),
  focusAreaId: z.uuid().optional(),
  /** The day for the activities' follow-up status; default today (Europe/Stockholm). */
  asOf: isoDate.optional(),
});

export const problemQuery = z.strictObject({ asOf: isoDate.optional() });

const causeFields = {
  kind: causeKindSchema,
  description: shortText(2000).min(2, 'Beskriv orsaken med minst 2 tecken.'),
  sortOrder: z.number().int().min(0).max(100_000),
};

export const createCauseBody = z.strictObject({ kind: causeFields.kind, description: causeFields.description, sortOrder: causeFields.sortOrder.optional() });
export const updateCauseBody = z.strictObject(z.object(causeFields).partial().shape);

export type CreateCauseInput = z.infer<typeof createCauseBody>;
export type UpdateCauseInput = z.infer<typeof updateCauseBody>;

export const linkActivityBody = z.strictObject({
  activityId: z.uuid(),
  /** The cause the activity works on; leave out or null for the problem as a whole. */
  causeId: z.uuid().nullable().default(null),
});
export const linkIndicatorBody = z.strictObject({ indicatorId: z.uuid() });

export type LinkActivityInput = z.infer<typeof linkActivityBody>;

export const problemParams = z.strictObject({ collaborationId: z.uuid(), problemId: z.uuid() });
export const causeParams = z.strictObject({ collaborationId: z.uuid(), causeId: z.uuid() });
export const problemActivityParams = z.strictObject({ collaborationId: z.uuid(), problemId: z.uuid(), activityId: z.uuid() });
export const problemIndicatorParams = z.strictObject({ collaborationId: z.uuid(), problemId: z.uuid(), indicatorId: z.uuid() });
