// Follow-up status per activity and period: "förväntat hittills" (expected so far, from the
// frequency, see domain/schedule/schedule.ts) against "genomfört" (done, from the activity
// log), as green / yellow / red. Pure: no I/O, no clock; the caller passes `asOf` (today).
//
// The rule (statusRule below holds it verbatim for the interface, docs/follow-up.md explains it):
//   nothing expected yet (expected so far = 0)                → green
//   done ≥ expected so far                                    → green
//   done ≥ 70 % of expected so far                            → yellow
//   done is one short of expected so far and done ≥ 1         → yellow  (1 of 2, 2 of 3)
//   anything else (including nothing done while ≥ 1 is due)   → red
// "minst" (atLeast) and "ca"/"cirka" targets follow the same rule.
//
// Which status an activity gets, checked in this order:
//   on-demand, continuous, occasion         → count-only ("genomförd N gånger"), no colour
//   unspecified                             → not-measurable, reason 'unspecified'
//   shift without a valid shiftsPerWeek     → not-measurable, reason 'shift-without-shifts'
//   asOf before the period start            → not-started (with the period target)
//   otherwise                               → measured (after the period end, expected = target)

import type { Frequency } from '../frequency/frequency.js';
import { toDay, type IsoDate } from '../schedule/dates.js';
import { expectedBy, periodTarget, validShiftsPerWeek, type Period } from '../schedule/schedule.js';

export type Colour = 'green' | 'yellow' | 'red';

export const COLOURS: readonly Colour[] = ['green', 'yellow', 'red'];

/** Yellow from this share of expected so far, in percent (exactly 70 % is yellow). */
export const YELLOW_MIN_PERCENT = 70;

/** Yellow also when done is at most this many short of expected so far, provided done ≥ YELLOW_SHORTFALL_MIN_DONE. */
export const YELLOW_MAX_SHORTFALL = 1;

/** The small-shortfall exception needs at least this many done: nothing done while something is due is red. */
export const YELLOW_SHORTFALL_MIN_DONE = 1;

export type Status =
  | { kind: 'measured'; colour: Colour; expected: number; done: number; ratio: number | null; target: number }
  | { kind: 'count-only'; done: number }
  | { kind: 'not-measurable'; done: number; reason: 'unspecified' | 'shift-without-shifts' }
  | { kind: 'not-started'; done: number; target: number };

export type StatusKind = Status['kind'];

export interface FollowUpInput {
  frequency: Frequency;
  period: Period;
  /** The day the status is for, usually today (Europe/Stockholm). */
  asOf: IsoDate;
  /** Logged occurrences in the period up to asOf. A non-negative integer. */
  done: number;
  /** For unit `shift`: shifts per week, as the plan states it. */
  shiftsPerWeek?: number;
}

const STATUS_RULE_SV = [
  'Grönt: genomfört minst så många gånger som förväntat hittills, eller inget förväntat ännu.',
  `Gult: genomfört minst ${YELLOW_MIN_PERCENT} % av förväntat hittills, eller bara en gång för lite när minst en är genomförd (till exempel 1 av 2 eller 2 av 3).`,
  'Rött: allt annat, också när inget är genomfört men något är förväntat.',
  'Förväntat hittills: avslutade perioder räknas fullt, den pågående perioden i proportion till de dagar som gått, avrundat nedåt.',
  '"Minst" och "cirka" räknas på samma sätt.',
  'Aktiviteter som görs vid behov, löpande eller vid särskilda tillfällen får ingen färg; där visas hur många gånger de är genomförda.',
] as const;

const STATUS_RULE_EN = [
  'Green: done at least as many times as expected so far, or nothing expected yet.',
  `Yellow: done at least ${YELLOW_MIN_PERCENT} % of expected so far, or only one short when at least one is done (for example 1 of 2 or 2 of 3).`,
  'Red: anything else, including nothing done while something is expected.',
  'Expected so far: finished periods count in full, the period in progress in proportion to the days passed, rounded down.',
  '"At least" and "about" targets are treated the same.',
  'Activities done as needed, ongoing or on particular occasions get no colour; they show how many times they were done.',
] as const;

/** The colour rule, verbatim for the interface: one sentence per item, and the items joined. */
export const statusRule = {
  sv: STATUS_RULE_SV.join(' '),
  en: STATUS_RULE_EN.join(' '),
  items: { sv: STATUS_RULE_SV, en: STATUS_RULE_EN },
} as const;

export const colourLabel: Record<'sv' | 'en', Record<Colour, string>> = {
  sv: { green: 'grön', yellow: 'gul', red: 'röd' },
  en: { green: 'green', yellow: 'yellow', red: 'red' },
};

/** "genomförd 1 gång" / "genomförd 3 gånger" ("done once" / "done 3 times"). */
export function countOnlyLabel(done: number, language: 'sv' | 'en'): string {
  if (language === 'sv') return done === 1 ? 'genomförd 1 gång' : `genomförd ${done} gånger`;
  return done === 1 ? 'done once' : `done ${done} times`;
}

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
}

/** The colour for done against expected so far (the rule above). Integer arithmetic, no float edge cases. */
export function colourFor(expected: number, done: number): Colour {
  assertCount('expected', expected);
  assertCount('done', done);
  if (done >= expected) return 'green'; // includes expected = 0
  if (done * 100 >= expected * YELLOW_MIN_PERCENT) return 'yellow';
  if (expected - done <= YELLOW_MAX_SHORTFALL && done >= YELLOW_SHORTFALL_MIN_DONE) return 'yellow';
  return 'red';
}

/** Follow-up status of one activity in one period as of a date. */
export function followUpStatus(input: FollowUpInput): Status {
  const { frequency, period, asOf, done } = input;
  assertCount('done', done);
  const startDay = toDay(period.start);
  const endDay = toDay(period.end);
  const asOfDay = toDay(asOf);
  if (endDay < startDay) throw new RangeError(`period ends before it starts: ${period.start} – ${period.end}`);

  switch (frequency.kind) {
    case 'on-demand':
    case 'continuous':
    case 'occasion':
      return { kind: 'count-only', done };
    case 'unspecified':
      return { kind: 'not-measurable', done, reason: 'unspecified' };
    case 'periodic':
    case 'total':
      break;
  }
  const opts = { shiftsPerWeek: input.shiftsPerWeek };
  if (frequency.kind === 'periodic' && frequency.unit === 'shift' && validShiftsPerWeek(opts) === undefined) {
    return { kind: 'not-measurable', done, reason: 'shift-without-shifts' };
  }
  const target = periodTarget(frequency, period, opts);
  if (asOfDay < startDay) return { kind: 'not-started', done, target };
  const expected = expectedBy(frequency, period, asOf, opts);
  return {
    kind: 'measured',
    colour: colourFor(expected, done),
    expected,
    done,
    ratio: expected === 0 ? null : done / expected,
    target,
  };
}

export interface StatusSummary {
  green: number;
  yellow: number;
  red: number;
  countOnly: number;
  notMeasurable: number;
  notStarted: number;
  total: number;
}

/** Counts per colour and per non-coloured kind, for a dashboard header. */
export function summarise(statuses: Iterable<Status>): StatusSummary {
  const summary: StatusSummary = { green: 0, yellow: 0, red: 0, countOnly: 0, notMeasurable: 0, notStarted: 0, total: 0 };
  for (const s of statuses) {
    summary.total++;
    switch (s.kind) {
      case 'measured':
        summary[s.colour]++;
        break;
      case 'count-only':
        summary.countOnly++;
        break;
      case 'not-measurable':
        summary.notMeasurable++;
        break;
      case 'not-started':
        summary.notStarted++;
        break;
    }
  }
  return summary;
}
