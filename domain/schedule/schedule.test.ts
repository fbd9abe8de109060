import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENCY_UNITS, parseFrequency, type Frequency, type FrequencyUnit } from '../frequency/frequency.js';
import { addDays, civilToDay, fromDay, isoWeek, isoWeekday } from './dates.js';
import {
  dueWindows,
  expectedBy,
  expectedSoFarRule,
  nextDue,
  nextWindow,
  PARTIAL_WINDOW_MIN_ONE_SHARE,
  periodSchema,
  periodTarget,
  type Period,
  type Window,
} from './schedule.js';

const periodic = (count: number, unit: FrequencyUnit, interval = 1, atLeast = false): Frequency => ({
  kind: 'periodic', count, unit, interval, atLeast, text: '',
});
const total = (count: number): Frequency => ({ kind: 'total', count, unit: null, interval: 1, atLeast: true, text: '' });
const w = (start: string, end: string, expected: number): Window => ({ start, end, expected });
const sum = (ws: readonly Window[]): number => ws.reduce((s, x) => s + x.expected, 0);

/** The Norsjö medborgarlöften run four years from 1/1 2019. */
const NORSJO: Period = { start: '2019-01-01', end: '2022-12-31' };

describe('dueWindows per unit', () => {
  it('day: one window per day, across a leap day', () => {
    expect(dueWindows(periodic(2, 'day'), { start: '2024-02-27', end: '2024-03-02' })).toEqual([
      w('2024-02-27', '2024-02-27', 2),
      w('2024-02-28', '2024-02-28', 2),
      w('2024-02-29', '2024-02-29', 2),
      w('2024-03-01', '2024-03-01', 2),
      w('2024-03-02', '2024-03-02', 2),
    ]);
    expect(dueWindows(periodic(1, 'day'), { start: '2023-02-28', end: '2023-03-01' })).toHaveLength(2);
  });

  it('day with interval 2: pairs of days, a lone last day is half a window', () => {
    expect(dueWindows(periodic(1, 'day', 2), { start: '2024-02-27', end: '2024-03-02' })).toEqual([
      w('2024-02-27', '2024-02-28', 1),
      w('2024-02-29', '2024-03-01', 1),
      w('2024-03-02', '2024-03-02', 1), // 1 of 2 days: floor(0.5) = 0, but half covered → 1
    ]);
  });

  it('week: ISO weeks Monday–Sunday, across a year end (2025-12-29 is week 1 of 2026)', () => {
    const ws = dueWindows(periodic(2, 'week'), { start: '2025-12-15', end: '2026-01-11' });
    expect(ws).toEqual([
      w('2025-12-15', '2025-12-21', 2),
      w('2025-12-22', '2025-12-28', 2),
      w('2025-12-29', '2026-01-04', 2),
      w('2026-01-05', '2026-01-11', 2),
    ]);
    expect(ws.map((x) => isoWeek(x.start))).toEqual([
      { year: 2025, week: 51 },
      { year: 2025, week: 52 },
      { year: 2026, week: 1 },
      { year: 2026, week: 2 },
    ]);
    for (const x of ws) {
      expect(isoWeekday(x.start)).toBe(1);
      expect(isoWeekday(x.end)).toBe(7);
    }
  });

  it('week: a 53-week year (2020) has week 53 as its own window', () => {
    const ws = dueWindows(periodic(1, 'week'), { start: '2020-12-21', end: '2021-01-10' });
    expect(ws.map((x) => isoWeek(x.start))).toEqual([
      { year: 2020, week: 52 },
      { year: 2020, week: 53 },
      { year: 2021, week: 1 },
    ]);
    expect(ws[1]).toEqual(w('2020-12-28', '2021-01-03', 1));
  });

  it('weekend: Saturday–Sunday only; weekdays belong to no window', () => {
    expect(dueWindows(periodic(1, 'weekend'), { start: '2024-01-01', end: '2024-01-31' })).toEqual([
      w('2024-01-06', '2024-01-07', 1),
      w('2024-01-13', '2024-01-14', 1),
      w('2024-01-20', '2024-01-21', 1),
      w('2024-01-27', '2024-01-28', 1),
    ]);
    // A weekend across a year end.
    expect(dueWindows(periodic(1, 'weekend'), { start: '2022-12-30', end: '2023-01-02' })).toEqual([
      w('2022-12-31', '2023-01-01', 1),
    ]);
    // A period of weekdays only has no weekend.
    expect(dueWindows(periodic(1, 'weekend'), { start: '2024-01-08', end: '2024-01-12' })).toEqual([]);
  });

  it('weekend: a period starting on a Sunday clips the first weekend to one day of two', () => {
    expect(dueWindows(periodic(1, 'weekend'), { start: '2024-01-07', end: '2024-01-14' })).toEqual([
      w('2024-01-07', '2024-01-07', 1), // half covered → at least 1
      w('2024-01-13', '2024-01-14', 1),
    ]);
    expect(dueWindows(periodic(3, 'weekend'), { start: '2024-01-07', end: '2024-01-07' })).toEqual([
      w('2024-01-07', '2024-01-07', 1), // floor(3 × 1/2) = 1
    ]);
  });

  it('month: calendar months; February has 29 days in a leap year', () => {
    expect(dueWindows(periodic(10, 'month'), { start: '2024-01-01', end: '2024-03-31' })).toEqual([
      w('2024-01-01', '2024-01-31', 10),
      w('2024-02-01', '2024-02-29', 10),
      w('2024-03-01', '2024-03-31', 10),
    ]);
    expect(dueWindows(periodic(10, 'month'), { start: '2023-02-01', end: '2023-02-28' })).toEqual([w('2023-02-01', '2023-02-28', 10)]);
  });

  it('quarter: Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec', () => {
    expect(dueWindows(periodic(3, 'quarter'), { start: '2024-01-01', end: '2024-12-31' })).toEqual([
      w('2024-01-01', '2024-03-31', 3),
      w('2024-04-01', '2024-06-30', 3),
      w('2024-07-01', '2024-09-30', 3),
      w('2024-10-01', '2024-12-31', 3),
    ]);
  });

  it('term: VT January–June and HT August–December; July belongs to no term', () => {
    expect(dueWindows(periodic(2, 'term'), { start: '2024-01-01', end: '2025-12-31' })).toEqual([
      w('2024-01-01', '2024-06-30', 2),
      w('2024-08-01', '2024-12-31', 2),
      w('2025-01-01', '2025-06-30', 2),
      w('2025-08-01', '2025-12-31', 2),
    ]);
    // A period inside July has no term at all; one starting in July begins with HT.
    expect(dueWindows(periodic(2, 'term'), { start: '2024-07-01', end: '2024-07-31' })).toEqual([]);
    expect(dueWindows(periodic(2, 'term'), { start: '2024-07-15', end: '2025-03-31' })).toEqual([
      w('2024-08-01', '2024-12-31', 2),
      w('2025-01-01', '2025-03-31', 0), // 90 of 181 days: floor(180/181) = 0, and under half
    ]);
  });

  it('term: the clipped-window rule at exactly half a term', () => {
    // VT 2024 (leap year) has 182 days: 91 covered is exactly half.
    expect(dueWindows(periodic(1, 'term'), { start: '2024-01-01', end: addDays('2024-01-01', 90) })).toEqual([
      w('2024-01-01', '2024-03-31', 1),
    ]);
    expect(dueWindows(periodic(1, 'term'), { start: '2024-01-01', end: addDays('2024-01-01', 89) })).toEqual([
      w('2024-01-01', '2024-03-30', 0),
    ]);
  });

  it('term with interval 2: a window of VT and HT, with July inside it but not counted', () => {
    const f = periodic(2, 'term', 2);
    const p = { start: '2025-01-01', end: '2025-12-31' };
    expect(dueWindows(f, p)).toEqual([w('2025-01-01', '2025-12-31', 2)]);
    // VT 181 days + HT 153 days = 334 counted days; July adds none.
    expect(expectedBy(f, p, '2025-06-30')).toBe(1); // floor(2 × 181/334)
    expect(expectedBy(f, p, '2025-07-31')).toBe(1);
    expect(expectedBy(periodic(334, 'term', 2), p, '2025-07-31')).toBe(181);
    expect(expectedBy(periodic(334, 'term', 2), p, '2025-08-01')).toBe(182);
  });

  it('half-year: January–June and July–December', () => {
    expect(dueWindows(periodic(1, 'half-year'), { start: '2024-01-01', end: '2024-12-31' })).toEqual([
      w('2024-01-01', '2024-06-30', 1),
      w('2024-07-01', '2024-12-31', 1),
    ]);
  });

  it('year: calendar years', () => {
    expect(dueWindows(periodic(2, 'year'), NORSJO)).toEqual([
      w('2019-01-01', '2019-12-31', 2),
      w('2020-01-01', '2020-12-31', 2),
      w('2021-01-01', '2021-12-31', 2),
      w('2022-01-01', '2022-12-31', 2),
    ]);
  });

  it('a one-day period gets the clipped share of its unit', () => {
    expect(dueWindows(periodic(10, 'month'), { start: '2024-05-05', end: '2024-05-05' })).toEqual([w('2024-05-05', '2024-05-05', 0)]);
    expect(dueWindows(periodic(31, 'month'), { start: '2024-05-05', end: '2024-05-05' })).toEqual([w('2024-05-05', '2024-05-05', 1)]);
    expect(dueWindows(periodic(1, 'day'), { start: '2024-05-05', end: '2024-05-05' })).toEqual([w('2024-05-05', '2024-05-05', 1)]);
  });
});

describe('interval', () => {
  it('var tredje vecka: windows of three ISO weeks, anchored at the week of the period start', () => {
    const f = parseFrequency('Var tredje vecka besöka fritidsgårdens öppna verksamhet');
    expect(f).toMatchObject({ kind: 'periodic', count: 1, unit: 'week', interval: 3 });
    const ws = dueWindows(f, NORSJO);
    // 2019-01-01 is a Tuesday in the week of Monday 2018-12-31: the first window is 20 of 21 days.
    expect(ws.slice(0, 3)).toEqual([
      w('2019-01-01', '2019-01-20', 1),
      w('2019-01-21', '2019-02-10', 1),
      w('2019-02-11', '2019-03-03', 1),
    ]);
    // 209 ISO weeks from 2018-12-31 to 2023-01-01: 69 windows of 3 and a last one of 2 weeks,
    // clipped at Saturday 2022-12-31 (13 of 21 days, more than half → 1).
    expect(ws).toHaveLength(70);
    expect(ws.at(-1)).toEqual(w('2022-12-19', '2022-12-31', 1));
    expect(periodTarget(f, NORSJO)).toBe(70);
    for (const x of ws.slice(1, -1)) {
      expect(isoWeekday(x.start)).toBe(1);
      expect(isoWeekday(x.end)).toBe(7);
    }
  });

  it('var tredje vecka across a year end keeps the three-week rhythm', () => {
    const ws = dueWindows(periodic(1, 'week', 3), { start: '2025-12-01', end: '2026-02-01' });
    expect(ws).toEqual([
      w('2025-12-01', '2025-12-21', 1),
      w('2025-12-22', '2026-01-11', 1),
      w('2026-01-12', '2026-02-01', 1),
    ]);
  });

  it('var tredje helg: three weekends, six counted days', () => {
    const f = periodic(1, 'weekend', 3);
    const p = { start: '2024-01-01', end: '2024-02-29' };
    expect(dueWindows(f, p)).toEqual([
      w('2024-01-06', '2024-01-21', 1),
      w('2024-01-27', '2024-02-11', 1),
      w('2024-02-17', '2024-02-25', 1), // two weekends of three: 4 of 6 days → floor(4/6) = 0, ≥ half → 1
    ]);
    // Weekdays add nothing to the pro-rated part: Mon 2024-01-08 to Fri 2024-01-12 stay equal.
    const f6 = periodic(6, 'weekend', 3);
    expect(expectedBy(f6, p, '2024-01-07')).toBe(2);
    expect(expectedBy(f6, p, '2024-01-08')).toBe(2);
    expect(expectedBy(f6, p, '2024-01-12')).toBe(2);
    expect(expectedBy(f6, p, '2024-01-13')).toBe(3);
  });

  it('varannan månad across a year end', () => {
    expect(dueWindows(periodic(1, 'month', 2), { start: '2024-11-01', end: '2025-04-30' })).toEqual([
      w('2024-11-01', '2024-12-31', 1),
      w('2025-01-01', '2025-02-28', 1),
      w('2025-03-01', '2025-04-30', 1),
    ]);
  });

  it('vartannat år, the last window clipped to one year of two', () => {
    expect(dueWindows(periodic(1, 'year', 2), { start: '2021-01-01', end: '2023-12-31' })).toEqual([
      w('2021-01-01', '2022-12-31', 1),
      w('2023-01-01', '2023-12-31', 0), // 2023 of 2023–2024: 365 of 731 days, less than half
    ]);
    expect(dueWindows(periodic(1, 'year', 2), { start: '2019-01-01', end: '2021-12-31' })).toEqual([
      w('2019-01-01', '2020-12-31', 1),
      w('2021-01-01', '2021-12-31', 1), // 2021 of 2021–2022: 365 of 730 days, exactly half
    ]);
  });
});

describe('clipping rule', () => {
  it('is floor(count × coveredDays / fullDays), at least 1 from half covered', () => {
    expect(PARTIAL_WINDOW_MIN_ONE_SHARE).toBe(0.5);
    // May 2024 has 31 days.
    const may = (end: string, count: number): number => dueWindows(periodic(count, 'month'), { start: '2024-05-01', end })[0]?.expected ?? -1;
    expect(may('2024-05-15', 10)).toBe(4); // floor(150/31) = 4
    expect(may('2024-05-16', 10)).toBe(5); // floor(160/31) = 5
    expect(may('2024-05-31', 10)).toBe(10); // whole month
    expect(may('2024-05-15', 1)).toBe(0); // 15/31 < half
    expect(may('2024-05-16', 1)).toBe(1); // 16/31 ≥ half
    expect(may('2024-05-30', 1)).toBe(1); // floor(30/31) = 0, ≥ half → 1
  });

  it('clips at the start: a period starting mid-month and mid-February of a leap year', () => {
    expect(dueWindows(periodic(10, 'month'), { start: '2024-02-10', end: '2024-04-30' })).toEqual([
      w('2024-02-10', '2024-02-29', 6), // 20 of 29 days: floor(200/29) = 6
      w('2024-03-01', '2024-03-31', 10),
      w('2024-04-01', '2024-04-30', 10),
    ]);
    expect(dueWindows(periodic(10, 'month'), { start: '2023-02-10', end: '2023-03-31' })[0]).toEqual(
      w('2023-02-10', '2023-02-28', 6), // 19 of 28 days: floor(190/28) = 6
    );
    expect(dueWindows(periodic(28, 'month'), { start: '2023-02-10', end: '2023-03-31' })[0]?.expected).toBe(19);
    expect(dueWindows(periodic(29, 'month'), { start: '2024-02-10', end: '2024-03-31' })[0]?.expected).toBe(20);
  });

  it('clips weeks at both ends', () => {
    // Wednesday 2025-12-31 to Tuesday 2026-01-13.
    expect(dueWindows(periodic(2, 'week'), { start: '2025-12-31', end: '2026-01-13' })).toEqual([
      w('2025-12-31', '2026-01-04', 1), // 5 of 7 days: floor(10/7) = 1
      w('2026-01-05', '2026-01-11', 2),
      w('2026-01-12', '2026-01-13', 0), // 2 of 7 days: floor(4/7) = 0, under half
    ]);
  });

  it('never expects more than count in a window, and a full window expects exactly count', () => {
    fc.assert(
      fc.property(arbPeriodic, arbPeriod, (f, p) => {
        if (f.kind !== 'periodic') return;
        for (const x of dueWindows(f, p)) {
          expect(x.expected).toBeGreaterThanOrEqual(0);
          expect(x.expected).toBeLessThanOrEqual(f.count);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('total', () => {
  it('is one window over the whole period', () => {
    const f = parseFrequency('vid minst 3 tillfällen under perioden');
    expect(f.kind).toBe('total');
    expect(dueWindows(f, NORSJO)).toEqual([w('2019-01-01', '2022-12-31', 3)]);
    expect(periodTarget(f, NORSJO)).toBe(3);
  });

  it('has the period as its next due date', () => {
    expect(nextDue(total(3), NORSJO, '2019-01-01')).toBe('2022-12-31');
  });
});

describe('shift', () => {
  const f = parseFrequency('Varje arbetspass');

  it('parses as count 1 per shift', () => {
    expect(f).toEqual({ kind: 'periodic', count: 1, unit: 'shift', interval: 1, atLeast: false, text: 'Varje arbetspass' });
  });

  it('gives weekly windows expecting count × shiftsPerWeek', () => {
    expect(dueWindows(f, { start: '2024-01-01', end: '2024-01-21' }, { shiftsPerWeek: 5 })).toEqual([
      w('2024-01-01', '2024-01-07', 5),
      w('2024-01-08', '2024-01-14', 5),
      w('2024-01-15', '2024-01-21', 5),
    ]);
    expect(dueWindows(periodic(2, 'shift'), { start: '2024-01-01', end: '2024-01-07' }, { shiftsPerWeek: 4 })).toEqual([
      w('2024-01-01', '2024-01-07', 8),
    ]);
    expect(expectedBy(f, { start: '2024-01-01', end: '2024-01-21' }, '2024-01-10', { shiftsPerWeek: 5 })).toBe(5 + 2); // floor(5 × 3/7)
  });

  it('varannat pass: windows of two weeks expecting count × shiftsPerWeek', () => {
    expect(dueWindows(periodic(1, 'shift', 2), { start: '2024-01-01', end: '2024-01-28' }, { shiftsPerWeek: 5 })).toEqual([
      w('2024-01-01', '2024-01-14', 5),
      w('2024-01-15', '2024-01-28', 5),
    ]);
  });

  it('has no windows without a valid shiftsPerWeek', () => {
    const p = { start: '2024-01-01', end: '2024-01-21' };
    expect(dueWindows(f, p)).toEqual([]);
    expect(dueWindows(f, p, {})).toEqual([]);
    for (const bad of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(dueWindows(f, p, { shiftsPerWeek: bad }), String(bad)).toEqual([]);
    }
    expect(expectedBy(f, p, '2024-01-21')).toBe(0);
    expect(nextDue(f, p, '2024-01-01')).toBeNull();
  });
});

describe('kinds without a schedule', () => {
  it.each([
    ['Vid behov', 'on-demand'],
    ['Löpande under året', 'continuous'],
    ['Under riskhelger', 'occasion'],
    ['Se aktivitetsplan', 'unspecified'],
  ])('%s (%s) has no windows and expects nothing', (text, kind) => {
    const f = parseFrequency(text);
    expect(f.kind).toBe(kind);
    expect(dueWindows(f, NORSJO)).toEqual([]);
    expect(expectedBy(f, NORSJO, '2022-12-31')).toBe(0);
    expect(periodTarget(f, NORSJO)).toBe(0);
    expect(nextDue(f, NORSJO, '2019-01-01')).toBeNull();
  });
});

describe('expectedBy', () => {
  const tenPerMonth = parseFrequency('Minst 10 kontroller per månad');

  it('is 0 before the period and the target from its end on', () => {
    expect(expectedBy(tenPerMonth, NORSJO, '2018-12-31')).toBe(0);
    expect(expectedBy(tenPerMonth, NORSJO, '2022-12-31')).toBe(480);
    expect(expectedBy(tenPerMonth, NORSJO, '2030-01-01')).toBe(480);
    expect(periodTarget(tenPerMonth, NORSJO)).toBe(480);
  });

  it('counts ended windows in full and the current one pro-rated, rounded down', () => {
    expect(expectedBy(tenPerMonth, NORSJO, '2019-01-01')).toBe(0); // floor(10 × 1/31)
    expect(expectedBy(tenPerMonth, NORSJO, '2019-01-03')).toBe(0); // floor(30/31)
    expect(expectedBy(tenPerMonth, NORSJO, '2019-01-04')).toBe(1); // floor(40/31)
    expect(expectedBy(tenPerMonth, NORSJO, '2019-01-31')).toBe(10); // the window has ended
    expect(expectedBy(tenPerMonth, NORSJO, '2019-02-14')).toBe(15); // 10 + floor(10 × 14/28)
    expect(expectedBy(tenPerMonth, NORSJO, '2019-03-31')).toBe(30);
  });

  it('2 ggr/år: the first one is expected once more than half the year has passed', () => {
    const f = parseFrequency('Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år.');
    expect(expectedBy(f, NORSJO, '2019-07-01')).toBe(0); // day 182 of 365: floor(364/365)
    expect(expectedBy(f, NORSJO, '2019-07-02')).toBe(1); // day 183
    expect(expectedBy(f, NORSJO, '2019-12-31')).toBe(2);
    // 2020 is a leap year: day 183 of 366 is exactly half.
    expect(expectedBy(f, NORSJO, '2020-07-01')).toBe(3);
    expect(expectedBy(f, NORSJO, '2020-06-30')).toBe(2);
    expect(periodTarget(f, NORSJO)).toBe(8);
  });

  it('1 gång per år expects it only when the year is over', () => {
    const f = parseFrequency('1 gång per år på föräldramöten och personalträffar');
    expect(expectedBy(f, NORSJO, '2019-12-30')).toBe(0);
    expect(expectedBy(f, NORSJO, '2019-12-31')).toBe(1);
  });

  it('a leap year has 366 counted days', () => {
    const p = { start: '2024-01-01', end: '2024-12-31' };
    expect(expectedBy(periodic(366, 'year'), p, '2024-12-30')).toBe(365);
    expect(expectedBy(periodic(366, 'year'), p, '2024-02-29')).toBe(60);
    expect(expectedBy(periodic(365, 'year'), { start: '2023-01-01', end: '2023-12-31' }, '2023-12-30')).toBe(364);
  });

  it('HT pro-rates over its 153 days; July adds nothing', () => {
    const f = periodic(2, 'term');
    const p = { start: '2024-01-01', end: '2024-12-31' };
    expect(expectedBy(f, p, '2024-06-30')).toBe(2);
    expect(expectedBy(f, p, '2024-07-31')).toBe(2);
    expect(expectedBy(f, p, '2024-10-15')).toBe(2); // 76 of 153 days: floor(152/153) = 0
    expect(expectedBy(f, p, '2024-10-16')).toBe(3); // 77 of 153: floor(154/153) = 1
  });

  it('a total pro-rates over the whole period', () => {
    const f = total(3);
    // 1461 days; day 487 (2020-05-01) completes a third.
    expect(addDays(NORSJO.start, 486)).toBe('2020-05-01');
    expect(expectedBy(f, NORSJO, '2020-04-30')).toBe(0); // floor(3 × 486/1461)
    expect(expectedBy(f, NORSJO, '2020-05-01')).toBe(1); // floor(3 × 487/1461)
    expect(expectedBy(f, NORSJO, '2022-12-30')).toBe(2);
    expect(expectedBy(f, NORSJO, '2022-12-31')).toBe(3);
  });

  it('rejects malformed dates and backwards periods', () => {
    expect(() => expectedBy(tenPerMonth, NORSJO, '2019-02-30')).toThrow(RangeError);
    expect(() => dueWindows(tenPerMonth, { start: '2020-01-02', end: '2020-01-01' })).toThrow(RangeError);
    expect(() => dueWindows(tenPerMonth, { start: 'igår', end: '2020-01-01' })).toThrow(RangeError);
  });
});

describe('nextDue', () => {
  const tenPerMonth = periodic(10, 'month');

  it('gives the end of the window in progress, or of the next one', () => {
    expect(nextDue(tenPerMonth, NORSJO, '2019-02-10')).toBe('2019-02-28');
    expect(nextDue(tenPerMonth, NORSJO, '2019-02-28')).toBe('2019-02-28');
    expect(nextDue(tenPerMonth, NORSJO, '2019-03-01')).toBe('2019-03-31');
    expect(nextDue(tenPerMonth, NORSJO, '2018-06-01')).toBe('2019-01-31');
    expect(nextDue(tenPerMonth, NORSJO, '2023-01-01')).toBeNull();
    expect(nextWindow(tenPerMonth, NORSJO, '2019-02-10')).toEqual(w('2019-02-01', '2019-02-28', 10));
  });

  it('skips weekdays for weekends and July for terms', () => {
    expect(nextDue(periodic(1, 'weekend'), { start: '2024-01-01', end: '2024-12-31' }, '2024-01-09')).toBe('2024-01-14');
    expect(nextDue(periodic(1, 'term'), { start: '2024-01-01', end: '2024-12-31' }, '2024-07-10')).toBe('2024-12-31');
  });

  it('skips windows that expect nothing', () => {
    const p = { start: '2021-01-01', end: '2023-12-31' };
    expect(nextDue(periodic(1, 'year', 2), p, '2023-01-01')).toBeNull(); // the last window expects 0
    expect(nextDue(periodic(1, 'year', 2), p, '2022-12-31')).toBe('2022-12-31');
    expect(nextDue(periodic(2, 'week'), { start: '2025-12-31', end: '2026-01-13' }, '2026-01-12')).toBeNull();
  });

  it('is the period end for a total', () => {
    expect(nextDue(total(3), NORSJO, '2020-06-01')).toBe('2022-12-31');
  });
});

describe('periodSchema and the rule text', () => {
  it('validates a period', () => {
    expect(periodSchema.safeParse(NORSJO).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2024-01-01', end: '2024-01-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2024-01-02', end: '2024-01-01' }).success).toBe(false);
    expect(periodSchema.safeParse({ start: '2024-01-01', end: '2024-02-30' }).success).toBe(false);
  });

  it('states the rule in Swedish and English', () => {
    expect(expectedSoFarRule.sv).toMatch(/avrundat nedåt/);
    expect(expectedSoFarRule.sv).toMatch(/minst 1 om minst halva/);
    expect(expectedSoFarRule.en).toMatch(/rounded down/);
    expect(expectedSoFarRule.en).toMatch(/Monday–Sunday/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const DAY_MIN = civilToDay(2000, 1, 1);
const DAY_MAX = civilToDay(2030, 12, 31);

const arbPeriod: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: DAY_MIN, max: DAY_MAX }), fc.integer({ min: 0, max: 1500 }))
  .map(([start, length]) => ({ start: fromDay(start), end: fromDay(start + length) }));

const arbPeriodic: fc.Arbitrary<Frequency> = fc
  .record({
    count: fc.integer({ min: 1, max: 40 }),
    unit: fc.constantFrom(...FREQUENCY_UNITS.filter((u) => u !== 'shift')),
    interval: fc.integer({ min: 1, max: 6 }),
    atLeast: fc.boolean(),
  })
  .map(({ count, unit, interval, atLeast }) => periodic(count, unit, interval, atLeast));

const arbCase = fc.oneof(
  fc.record({ f: arbPeriodic, shiftsPerWeek: fc.constant(undefined) }),
  fc.record({
    f: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).map(([c, i]) => periodic(c, 'shift', i)),
    shiftsPerWeek: fc.integer({ min: 1, max: 14 }),
  }),
  fc.record({ f: fc.integer({ min: 1, max: 50 }).map(total), shiftsPerWeek: fc.constant(undefined) }),
);

describe('properties', () => {
  it('expectedBy is non-decreasing in the date and never negative', () => {
    fc.assert(
      fc.property(arbCase, arbPeriod, fc.integer({ min: -40, max: 1600 }), fc.integer({ min: 0, max: 400 }), ({ f, shiftsPerWeek }, p, offset, step) => {
        const d1 = addDays(p.start, offset);
        const d2 = addDays(d1, step);
        const e1 = expectedBy(f, p, d1, { shiftsPerWeek });
        const e2 = expectedBy(f, p, d2, { shiftsPerWeek });
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(e1)).toBe(true);
        expect(e2).toBeGreaterThanOrEqual(e1);
      }),
      { numRuns: 400 },
    );
  });

  it('day by day, expectedBy never decreases (a short period walked through)', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: DAY_MIN, max: DAY_MAX }), fc.integer({ min: 0, max: 120 }), ({ f, shiftsPerWeek }, start, length) => {
        const p = { start: fromDay(start), end: fromDay(start + length) };
        let previous = 0;
        for (let d = start - 2; d <= start + length + 2; d++) {
          const e = expectedBy(f, p, fromDay(d), { shiftsPerWeek });
          expect(e).toBeGreaterThanOrEqual(previous);
          previous = e;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('at the period end expectedBy equals the sum of all windows, and is 0 before the start', () => {
    fc.assert(
      fc.property(arbCase, arbPeriod, ({ f, shiftsPerWeek }, p) => {
        const ws = dueWindows(f, p, { shiftsPerWeek });
        expect(expectedBy(f, p, p.end, { shiftsPerWeek })).toBe(sum(ws));
        expect(expectedBy(f, p, addDays(p.end, 100), { shiftsPerWeek })).toBe(sum(ws));
        expect(periodTarget(f, p, { shiftsPerWeek })).toBe(sum(ws));
        expect(expectedBy(f, p, addDays(p.start, -1), { shiftsPerWeek })).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('windows are ordered, disjoint and inside the period, and expectedBy at a window end counts every window so far', () => {
    fc.assert(
      fc.property(arbCase, arbPeriod, ({ f, shiftsPerWeek }, p) => {
        const ws = dueWindows(f, p, { shiftsPerWeek });
        let previousEnd = '';
        let running = 0;
        for (const x of ws) {
          expect(x.start >= p.start && x.end <= p.end && x.start <= x.end).toBe(true);
          expect(x.start > previousEnd).toBe(true);
          previousEnd = x.end;
          running += x.expected;
          expect(expectedBy(f, p, x.end, { shiftsPerWeek })).toBe(running);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a period of whole units gets exactly count per window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 3 }), arbPeriodic, (year, extraYears, f) => {
        if (f.kind !== 'periodic' || f.unit === 'week' || f.unit === 'weekend' || f.unit === 'day') return;
        if (f.interval !== 1) return;
        const p = { start: `${year}-01-01`, end: `${year + extraYears}-12-31` };
        for (const x of dueWindows(f, p)) expect(x.expected).toBe(f.count);
      }),
      { numRuns: 200 },
    );
  });
});
