import { z } from 'zod';
import { isoDate } from '#server/http/common-schemas.js';
import { activitySchema } from '#server/modules/plans/plans.schemas.js';

export const statusSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('measured'),
      colour: z.enum(['green', 'yellow', 'red']),
      /** Expected so far (förväntat hittills). */
      expected: z.number().int(),
      done: z.number().int(),
      ratio: z.number().nullable(),
      /** The target for the whole period. */
      target: z.number().int(),
    }),
    z.object({ kind: z.literal('count-only'), done: z.number().int() }),
    z.object({ kind: z.literal('not-measurable'), done: z.number().int(), reason: z.enum(['unspecified', 'shift-without-shifts']) }),
    z.object({ kind: z.literal('not-started'), done: z.number().int(), target: z.number().int() }),
  ])
  .meta({ id: 'FollowUpStatus' });

export const asOfQuery = z.strictObject({
  /** The day to compute the status for; default today (Europe/Stockholm). */
  asOf: isoDate.optional(),
});

const summarySchema = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  countOnly: z.number().int(),
  notMeasurable: z.number().int(),
  notStarted: z.number().int(),
  total: z.number().int(),
});

export const dashboardSchema = z
  .object({
    planId: z.uuid(),
    title: z.string(),
    asOf: isoDate,
    period: z.object({ start: isoDate, end: isoDate }),
    /** The colour rule in words, to show beside the colours. */
    rule: z.object({ sv: z.string(), en: z.string() }),
    summary: summarySchema,
    focusAreas: z.array(
      z.object({
        focusArea: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        summary: summarySchema,
        activities: z.array(z.object({ activity: activitySchema, period: z.object({ start: isoDate, end: isoDate }), status: statusSchema })),
      }),
    ),
  })
  .meta({ id: 'PlanDashboard' });

export const timelineSchema = z
  .object({
    activityId: z.uuid(),
    asOf: isoDate,
    status: statusSchema,
    /** One window per unit of the target (month, week …) with what was expected and done in it. */
    windows: z.array(z.object({ start: isoDate, end: isoDate, expected: z.number().int(), done: z.number().int() })),
    /** Done per calendar month, for activities without windows (vid behov, löpande …) too. */
    months: z.array(z.object({ month: z.string(), done: z.number().int() })),
  })
  .meta({ id: 'ActivityTimeline' });
