/**
 * Indicators (issue 7): periods, series and the status of an indicator against its baseline and target.
 * Pure: no I/O. The server derives the series (manual values, Kolada, Brå, survey, logged activities)
 * and this module says what they mean.
 */

export type IndicatorDirection = 'increase' | 'decrease' | 'maintain';

/**
 * Uppnått (target reached, or kept for "maintain"), På väg (better than the baseline, target not yet reached),
 * Ingen förbättring (not better than the baseline), Inte uppnått (no baseline to compare with, target not reached),
 * Avviker (a "maintain" indicator outside its tolerance), Saknar värden, Saknar mål.
 */
export type IndicatorStatus = 'achieved' | 'improving' | 'not_improving' | 'not_achieved' | 'off_target' | 'no_data' | 'no_target';
export type IndicatorColour = 'green' | 'yellow' | 'red' | 'grey';

export interface SeriesPoint {
  period: string;
  value: number;
}

export interface IndicatorStatusInput {
  direction: IndicatorDirection;
  baselineValue: number | null;
  targetValue: number | null;
  /** For "maintain": how far from the target (or the baseline when there is no target) still counts as kept. */
  tolerance: number | null;
  series: readonly SeriesPoint[];
}

export interface IndicatorStatusResult {
  status: IndicatorStatus;
  colour: IndicatorColour;
  latest: SeriesPoint | null;
  /** latest − baseline, when both exist. */
  change: number | null;
  /** How far from the baseline towards the target the latest value has come (1 = reached); null when not defined. */
  progress: number | null;
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})K([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface PeriodRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates a period covers: "2023" (year), "2023K1" (quarter), "2023-03" (month) or "2023-05-14" (day); null when it is none of them. */
export function periodRange(period: string): PeriodRange | null {
  let m = YEAR.exec(period);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = QUARTER.exec(period);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDayOfMonth(year, first + 2))}` };
  }
  m = MONTH.exec(period);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` };
  }
  m = DAY.exec(period);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (day > lastDayOfMonth(year, month)) return null;
    return { start: period, end: period };
  }
  return null;
}

export function isPeriod(period: string): boolean {
  return periodRange(period) !== null;
}

/** Orders periods by when they end, then by when they start (a year after its last quarter). */
export function comparePeriods(a: string, b: string): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  if (!ra || !rb) return a < b ? -1 : a > b ? 1 : 0;
  if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1;
  if (ra.start !== rb.start) return ra.start > rb.start ? -1 : 1;
  return 0;
}

export function sortSeries<T extends SeriesPoint>(series: readonly T[]): T[] {
  return [...series].sort((a, b) => comparePeriods(a.period, b.period));
}

export const colourOfStatus: Record<IndicatorStatus, IndicatorColour> = {
  achieved: 'green',
  improving: 'yellow',
  not_improving: 'red',
  not_achieved: 'red',
  off_target: 'red',
  no_data: 'grey',
  no_target: 'grey',
};

/** The indicator's status from its latest value (the last period of the series). */
export function indicatorStatus(input: IndicatorStatusInput): IndicatorStatusResult {
  const finite = input.series.filter((p) => Number.isFinite(p.value));
  const latest = finite.length > 0 ? sortSeries(finite).at(-1)! : null;
  const baseline = input.baselineValue !== null && Number.isFinite(input.baselineValue) ? input.baselineValue : null;
  const target = input.targetValue !== null && Number.isFinite(input.targetValue) ? input.targetValue : null;
  const change = latest && baseline !== null ? latest.value - baseline : null;
  const result = (status: IndicatorStatus, progress: number | null = null): IndicatorStatusResult => ({
    status,
    colour: colourOfStatus[status],
    latest,
    change,
    progress,
  });
  if (!latest) return result('no_data');
  const value = latest.value;

  if (input.direction === 'maintain') {
    const reference = target ?? baseline;
    if (reference === null) return result('no_target');
    const tolerance = Math.abs(input.tolerance ?? 0);
    return result(Math.abs(value - reference) <= tolerance ? 'achieved' : 'off_target');
  }

  if (target === null) return result('no_target');
  // Work in "higher is better" terms.
  const sign = input.direction === 'increase' ? 1 : -1;
  const v = sign * value;
  const t = sign * target;
  const progress = baseline !== null && sign * baseline !== t ? (v - sign * baseline) / (t - sign * baseline) : null;
  if (v >= t) return result('achieved', progress);
  if (baseline === null) return result('not_achieved', progress);
  return result(v > sign * baseline ? 'improving' : 'not_improving', progress);
}

/** The status in words (a status is never shown by colour alone). */
export const indicatorStatusLabel: Record<'sv' | 'en', Record<IndicatorStatus, string>> = {
  sv: {
    achieved: 'Uppnått',
    improving: 'På väg',
    not_improving: 'Ingen förbättring',
    not_achieved: 'Inte uppnått',
    off_target: 'Avviker',
    no_data: 'Saknar värden',
    no_target: 'Saknar mål',
  },
  en: {
    achieved: 'Achieved',
    improving: 'Improving',
    not_improving: 'No improvement',
    not_achieved: 'Not achieved',
    off_target: 'Off target',
    no_data: 'No values',
    no_target: 'No target',
  },
};

export const directionLabel: Record<'sv' | 'en', Record<IndicatorDirection, string>> = {
  sv: { increase: 'Öka', decrease: 'Minska', maintain: 'Bibehålla' },
  en: { increase: 'Increase', decrease: 'Decrease', maintain: 'Maintain' },
};

/** The part of a series known on a day: the periods that have begun by then. */
export function seriesUpTo<T extends SeriesPoint>(series: readonly T[], asOf: string): T[] {
  return series.filter((p) => {
    const range = periodRange(p.period);
    return range !== null && range.start <= asOf;
  });
}
