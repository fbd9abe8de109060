// Schedule: from a Frequency and a plan period, the due windows and the count expected by
// any date ("förväntat hittills"). Pure: no I/O, no clock. Dates are whole calendar days in
// Europe/Stockholm as 'YYYY-MM-DD' strings (see dates.ts). Rules, in short (docs/follow-up.md
// has them in full, in Swedish and English):
//
// Units (one unit = one occurrence of the frequency's unit):
//   day        one calendar day
//   week       ISO week, Monday–Sunday
//   weekend    Saturday–Sunday (Monday–Friday belong to no weekend)
//   month      calendar month
//   quarter    Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec
//   term       VT January 1 – June 30, HT August 1 – December 31 (July belongs to no term)
//   half-year  Jan–Jun, Jul–Dec
//   year       calendar year
//   shift      counted per ISO week: "varje arbetspass" = count × shiftsPerWeek per week
//
// Windows. periodic: the units that overlap the period, taken in order from the first one
// (the unit holding the period start, or the first unit after it when the start falls in a
// gap such as July for terms) and grouped `interval` at a time: "var tredje vecka" is windows
// of three ISO weeks, the first one beginning with the week that holds the period start.
// A window expects `count`. A window is clipped to the period; a clipped window expects
// floor(count × coveredDays / fullDays), but at least 1 when at least half of its days lie in
// the period. Days are counted inside units only (a three-weekend window has 6 days, a
// VT+HT window has no July days).
// total: one window, the whole period, expecting count. shift: windows of `interval` ISO
// weeks expecting count × shiftsPerWeek (every interval-th shift over interval weeks is
// shiftsPerWeek shifts); without a valid shiftsPerWeek there are no windows.
// on-demand, continuous, occasion, unspecified: no windows.
//
// Expected by a date (end of that day): every window that has ended on or before the date
// counts in full; the window in progress counts floor(expected × daysSoFar / windowDays),
// with days counted inside units, the date itself included. Before the period: 0.
// From the period end on: the sum of all windows (the period target).

import { z } from 'zod';
import type { Frequency, FrequencyUnit } from '../frequency/frequency.js';
import { civilToDay, dayToCivil, daysInMonth, fromDay, isoDateSchema, toDay, weekdayOfDay, type IsoDate } from './dates.js';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** A due window: inclusive dates and how many occurrences are expected inside it. */
export interface Window {
  start: IsoDate;
  end: IsoDate;
  expected: number;
}

export interface ScheduleOptions {
  /** Shifts per week as stated in the plan; needed for unit `shift`. A positive integer. */
  shiftsPerWeek?: number;
}

/** A plan period: two calendar dates, start on or before end. */
export const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((p) => p.start <= p.end, { message: 'Perioden slutar före den börjar', path: ['end'] });

/**
 * A clipped window is expected to hold at least one occurrence when at least this share of
 * its days lies inside the period (otherwise the pro-rated count is simply rounded down).
 */
export const PARTIAL_WINDOW_MIN_ONE_SHARE = 0.5;

/** The rule behind expectedBy, for the interface ("förväntat hittills"). */
export const expectedSoFarRule = {
  sv:
    'Förväntat hittills: varje avslutad period (dag, vecka, helg, månad, kvartal, termin, halvår eller år, ' +
    'eller flera sådana för "var tredje vecka" och liknande) räknas med sitt fulla antal. Den pågående perioden ' +
    'räknas i proportion till hur många av dess dagar som har gått, till och med i dag, avrundat nedåt. ' +
    'En period som bara delvis ligger inom planens giltighetstid får ett antal i proportion till dagarna inom ' +
    'giltighetstiden, avrundat nedåt, men minst 1 om minst halva perioden ligger inom den. ' +
    'Veckor är ISO-veckor (måndag–söndag), helg är lördag–söndag, VT är januari–juni och HT augusti–december.',
  en:
    'Expected so far: every finished period (day, week, weekend, month, quarter, term, half-year or year, ' +
    'or several of them for "every third week" and the like) counts in full. The period in progress counts ' +
    'in proportion to how many of its days have passed, today included, rounded down. A period that lies only ' +
    'partly inside the plan\'s validity expects a share in proportion to its days inside it, rounded down, ' +
    'but at least 1 when at least half of the period lies inside. Weeks are ISO weeks (Monday–Sunday), ' +
    'a weekend is Saturday–Sunday, the spring term (VT) is January–June and the autumn term (HT) August–December.',
} as const;

/** A unit occurrence or part of one: inclusive day numbers. */
interface Span {
  start: number;
  end: number;
}

interface InternalWindow extends Span {
  expected: number;
  /** The window's units, clipped to the period; its days are the days that count. */
  parts: Span[];
  /** Days inside `parts`. */
  days: number;
}

type ScheduledUnit = Exclude<FrequencyUnit, 'shift'>;

const spanDays = (s: Span): number => s.end - s.start + 1;

/** Accepts a positive integer; anything else means "the plan does not say". */
export function validShiftsPerWeek(opts?: ScheduleOptions): number | undefined {
  const n = opts?.shiftsPerWeek;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * The unit occurrence holding the day, or the first one after it when the day falls in a gap
 * between units (Monday–Friday for weekends, July for terms).
 */
function unitAt(unit: ScheduledUnit, day: number): Span {
  const weekday = weekdayOfDay(day);
  const { year, month } = dayToCivil(day);
  const months = (first: number, last: number, y = year): Span => ({
    start: civilToDay(y, first, 1),
    end: civilToDay(y, last, daysInMonth(y, last)),
  });
  switch (unit) {
    case 'day':
      return { start: day, end: day };
    case 'week': {
      const monday = day - (weekday - 1);
      return { start: monday, end: monday + 6 };
    }
    case 'weekend': {
      const saturday = weekday === 7 ? day - 1 : day + (6 - weekday);
      return { start: saturday, end: saturday + 1 };
    }
    case 'month':
      return months(month, month);
    case 'quarter': {
      const first = 3 * Math.floor((month - 1) / 3) + 1;
      return months(first, first + 2);
    }
    case 'term':
      return month <= 6 ? months(1, 6) : months(8, 12);
    case 'half-year':
      return month <= 6 ? months(1, 6) : months(7, 12);
    case 'year':
      return months(1, 12);
  }
}

function proRate(count: number, covered: number, full: number): number {
  if (covered >= full) return count;
  const share = Math.floor((count * covered) / full);
  return covered >= full * PARTIAL_WINDOW_MIN_ONE_SHARE ? Math.max(share, 1) : share;
}

function periodDays(period: Period): Span {
  const start = toDay(period.start);
  const end = toDay(period.end);
  if (end < start) throw new RangeError(`period ends before it starts: ${period.start} – ${period.end}`);
  return { start, end };
}

/** What the frequency counts, in whole-day units; undefined when it has no schedule. */
function plan(f: Frequency, opts?: ScheduleOptions): { unit: ScheduledUnit | 'period'; count: number; interval: number } | undefined {
  switch (f.kind) {
    case 'total':
      return { unit: 'period', count: f.count, interval: 1 };
    case 'periodic': {
      if (f.unit !== 'shift') return { unit: f.unit, count: f.count, interval: f.interval };
      const shifts = validShiftsPerWeek(opts);
      return shifts === undefined ? undefined : { unit: 'week', count: f.count * shifts, interval: f.interval };
    }
    default:
      return undefined;
  }
}

function buildWindows(f: Frequency, period: Period, opts?: ScheduleOptions): InternalWindow[] {
  const bounds = periodDays(period);
  const p = plan(f, opts);
  if (p === undefined) return [];
  if (p.unit === 'period') {
    return [{ ...bounds, expected: p.count, parts: [bounds], days: spanDays(bounds) }];
  }
  const unit = p.unit;
  const windows: InternalWindow[] = [];
  let next = unitAt(unit, bounds.start);
  while (next.start <= bounds.end) {
    let fullDays = 0;
    const parts: Span[] = [];
    for (let k = 0; k < p.interval; k++) {
      fullDays += spanDays(next);
      const part = { start: Math.max(next.start, bounds.start), end: Math.min(next.end, bounds.end) };
      if (part.start <= part.end) parts.push(part);
      next = unitAt(unit, next.end + 1);
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    // The group's first unit always overlaps the period (it starts on or before its end and
    // ends on or after its start), so parts is never empty.
    if (first === undefined || last === undefined) break;
    const days = parts.reduce((sum, s) => sum + spanDays(s), 0);
    windows.push({ start: first.start, end: last.end, expected: proRate(p.count, days, fullDays), parts, days });
  }
  return windows;
}

const publicWindow = (w: InternalWindow): Window => ({ start: fromDay(w.start), end: fromDay(w.end), expected: w.expected });

/**
 * The due windows of a frequency over a period, in date order. Empty for on-demand,
 * continuous, occasion and unspecified frequencies, and for `shift` without a valid
 * shiftsPerWeek. Windows clipped to the period may expect 0 (see the rule at the top).
 * Throws a RangeError for a malformed date or a period that ends before it starts.
 */
export function dueWindows(f: Frequency, period: Period, opts?: ScheduleOptions): Window[] {
  return buildWindows(f, period, opts).map(publicWindow);
}

/** Sum of all windows' expected counts: the target for the whole period. */
export function periodTarget(f: Frequency, period: Period, opts?: ScheduleOptions): number {
  return buildWindows(f, period, opts).reduce((sum, w) => sum + w.expected, 0);
}

function daysUpTo(parts: readonly Span[], day: number): number {
  let days = 0;
  for (const part of parts) {
    if (part.start > day) break;
    days += Math.min(part.end, day) - part.start + 1;
  }
  return days;
}

/**
 * The count expected by the end of `date` ("förväntat hittills"): the full expected count of
 * every window that has ended on or before the date, plus, for the window in progress,
 * floor(expected × days of it passed, the date included / its days). Days are counted inside
 * units only. 0 before the period and for frequencies without windows; from the period end
 * on, periodTarget.
 */
export function expectedBy(f: Frequency, period: Period, date: IsoDate, opts?: ScheduleOptions): number {
  const day = toDay(date);
  let sum = 0;
  for (const w of buildWindows(f, period, opts)) {
    if (w.end <= day) sum += w.expected;
    else if (w.start <= day) sum += Math.floor((w.expected * daysUpTo(w.parts, day)) / w.days);
    else break;
  }
  return sum;
}

/**
 * The next window that ends on or after `date` and expects at least one occurrence, or null.
 * Windows expecting 0 (small clipped remainders) are skipped: nothing is due in them.
 */
export function nextWindow(f: Frequency, period: Period, date: IsoDate, opts?: ScheduleOptions): Window | null {
  const day = toDay(date);
  const w = buildWindows(f, period, opts).find((x) => x.end >= day && x.expected > 0);
  return w === undefined ? null : publicWindow(w);
}

/** The end date of nextWindow (for calendar feeds: "klart senast"), or null. */
export function nextDue(f: Frequency, period: Period, date: IsoDate, opts?: ScheduleOptions): IsoDate | null {
  return nextWindow(f, period, date, opts)?.end ?? null;
}
