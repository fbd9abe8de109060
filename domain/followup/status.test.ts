import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrequency, type Frequency } from '../frequency/frequency.js';
import type { Period } from '../schedule/schedule.js';
import {
  colourFor,
  colourLabel,
  countOnlyLabel,
  followUpStatus,
  statusRule,
  summarise,
  YELLOW_MAX_SHORTFALL,
  YELLOW_MIN_PERCENT,
  YELLOW_SHORTFALL_MIN_DONE,
  type Colour,
  type Status,
} from './status.js';

const NORSJO: Period = { start: '2019-01-01', end: '2022-12-31' };
const TEN_PER_MONTH = parseFrequency('Minst 10 kontroller per månad');
const EVERY_THIRD_WEEK = parseFrequency('Var tredje vecka besöka fritidsgårdens öppna verksamhet');
const TWICE_A_YEAR = parseFrequency('2 gånger per år');
const AS_NEEDED = parseFrequency('Vid behov');
const EVERY_SHIFT = parseFrequency('Varje arbetspass');

describe('thresholds', () => {
  it('are named constants', () => {
    expect(YELLOW_MIN_PERCENT).toBe(70);
    expect(YELLOW_MAX_SHORTFALL).toBe(1);
    expect(YELLOW_SHORTFALL_MIN_DONE).toBe(1);
  });
});

describe('colourFor', () => {
  it.each<[number, number, Colour, string]>([
    [0, 0, 'green', 'nothing expected yet'],
    [0, 5, 'green', 'nothing expected, some done'],
    [10, 10, 'green', 'exactly on target'],
    [10, 12, 'green', 'above target'],
    [10, 7, 'yellow', 'exactly 70 %'],
    [30, 21, 'yellow', 'exactly 70 % (0.7 is not exact in floating point)'],
    [100, 70, 'yellow', 'exactly 70 % of 100'],
    [100, 69, 'red', 'just under 70 %, 31 short'],
    [10, 6, 'red', '60 %, 4 short'],
    [7, 5, 'yellow', '71 %'],
    [7, 4, 'red', '57 %, 3 short'],
    [20, 13, 'red', '65 %, 7 short'],
    [2, 1, 'yellow', 'target 2 with 1 done: one short'],
    [3, 2, 'yellow', '67 %: one short'],
    [3, 1, 'red', '33 %: two short'],
    [4, 2, 'red', '50 %: two short'],
    [1, 0, 'red', 'nothing done while one is due'],
    [2, 0, 'red', 'nothing done while two are due'],
    [480, 479, 'yellow', 'one short of a large target'],
  ])('expected %i, done %i → %s (%s)', (expected, done, colour) => {
    expect(colourFor(expected, done)).toBe(colour);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => colourFor(-1, 0)).toThrow(RangeError);
    expect(() => colourFor(1, 0.5)).toThrow(RangeError);
    expect(() => colourFor(1, Number.NaN)).toThrow(RangeError);
  });

  it('never gets worse when more is done, nor better when more is expected', () => {
    const rank: Record<Colour, number> = { red: 0, yellow: 1, green: 2 };
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.nat(50), (expected, done, more) => {
        expect(rank[colourFor(expected, done + more)]).toBeGreaterThanOrEqual(rank[colourFor(expected, done)]);
        expect(rank[colourFor(expected + more, done)]).toBeLessThanOrEqual(rank[colourFor(expected, done)]);
      }),
    );
  });

  it('matches the rule as stated: green ≥ expected, yellow ≥ 70 % or one short with one done, else red', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(600), (expected, done) => {
        const stated: Colour =
          done >= expected ? 'green' : done / expected >= 0.7 - 1e-12 || (expected - done === 1 && done >= 1) ? 'yellow' : 'red';
        expect(colourFor(expected, done)).toBe(stated);
      }),
    );
  });
});

describe('followUpStatus: measured', () => {
  const at = (frequency: Frequency, asOf: string, done: number, shiftsPerWeek?: number): Status =>
    followUpStatus({ frequency, period: NORSJO, asOf, done, shiftsPerWeek });

  it.each<[string, Frequency, string, number, Colour, number]>([
    ['10/månad, end of March, on target', TEN_PER_MONTH, '2019-03-31', 30, 'green', 30],
    ['10/månad, end of March, exactly 70 %', TEN_PER_MONTH, '2019-03-31', 21, 'yellow', 30],
    ['10/månad, end of March, under 70 %', TEN_PER_MONTH, '2019-03-31', 20, 'red', 30],
    ['10/månad, mid-March pro-rated', TEN_PER_MONTH, '2019-03-15', 24, 'green', 24], // 20 + floor(10 × 15/31)
    ['10/månad, 3 January: nothing due yet', TEN_PER_MONTH, '2019-01-03', 0, 'green', 0],
    ['var tredje vecka, first window ended, not done', EVERY_THIRD_WEEK, '2019-01-20', 0, 'red', 1],
    ['var tredje vecka, first window ended, done', EVERY_THIRD_WEEK, '2019-01-20', 1, 'green', 1],
    ['2 ggr/år, 30 June: none due yet', TWICE_A_YEAR, '2019-06-30', 0, 'green', 0],
    ['2 ggr/år, end of year, 1 done', TWICE_A_YEAR, '2019-12-31', 1, 'yellow', 2],
    ['2 ggr/år, end of year, none done', TWICE_A_YEAR, '2019-12-31', 0, 'red', 2],
    // Tue 1 – Sun 6 January is 6 of 7 days of the first ISO week: floor(5 × 6/7) = 4 shifts.
    ['varje arbetspass, 5 pass/vecka, first (clipped) week', EVERY_SHIFT, '2019-01-06', 3, 'yellow', 4],
    ['varje arbetspass, 5 pass/vecka, second week', EVERY_SHIFT, '2019-01-13', 9, 'green', 9],
  ])('%s', (_name, frequency, asOf, done, colour, expected) => {
    const status = at(frequency, asOf, done, 5);
    expect(status).toMatchObject({ kind: 'measured', colour, expected, done });
  });

  it('reports expected, done, ratio and the period target', () => {
    expect(at(TEN_PER_MONTH, '2019-03-31', 21)).toEqual({ kind: 'measured', colour: 'yellow', expected: 30, done: 21, ratio: 0.7, target: 480 });
    expect(at(TWICE_A_YEAR, '2019-06-30', 0)).toEqual({ kind: 'measured', colour: 'green', expected: 0, done: 0, ratio: null, target: 8 });
    expect(at(EVERY_THIRD_WEEK, '2019-01-20', 0)).toMatchObject({ target: 70, ratio: 0 });
  });

  it('done above target is green with a ratio above 1', () => {
    expect(at(TWICE_A_YEAR, '2022-12-31', 12)).toEqual({ kind: 'measured', colour: 'green', expected: 8, done: 12, ratio: 1.5, target: 8 });
  });

  it('after the period end, expected so far is the whole target', () => {
    expect(at(TEN_PER_MONTH, '2023-06-01', 480)).toMatchObject({ kind: 'measured', colour: 'green', expected: 480, target: 480 });
    expect(at(TEN_PER_MONTH, '2023-06-01', 336)).toMatchObject({ colour: 'yellow', expected: 480 }); // exactly 70 %
    expect(at(TEN_PER_MONTH, '2023-06-01', 335)).toMatchObject({ colour: 'red', expected: 480 });
  });

  it('on the first day of the period', () => {
    expect(at(TEN_PER_MONTH, '2019-01-01', 0)).toMatchObject({ kind: 'measured', colour: 'green', expected: 0 });
  });

  it('"minst" and "ca" are treated the same', () => {
    const minst = parseFrequency('minst 4 möten per år');
    const ca = parseFrequency('ca 4 möten per år');
    expect(minst).toMatchObject({ atLeast: true, count: 4, unit: 'year' });
    expect(ca).toMatchObject({ atLeast: false, count: 4, unit: 'year' });
    for (const done of [0, 1, 2, 3, 4, 5]) {
      expect(at(ca, '2020-06-30', done)).toEqual(at(minst, '2020-06-30', done));
    }
  });

  it('a total over the period', () => {
    const f = parseFrequency('vid minst 3 tillfällen under perioden');
    expect(at(f, '2020-05-01', 0)).toMatchObject({ kind: 'measured', colour: 'red', expected: 1, target: 3 });
    expect(at(f, '2020-05-01', 1)).toMatchObject({ colour: 'green' });
  });

  it('shifts with the shifts per week the plan states', () => {
    expect(followUpStatus({ frequency: EVERY_SHIFT, period: { start: '2024-01-01', end: '2024-01-28' }, asOf: '2024-01-14', done: 10, shiftsPerWeek: 5 }))
      .toEqual({ kind: 'measured', colour: 'green', expected: 10, done: 10, ratio: 1, target: 20 });
  });
});

describe('followUpStatus: other kinds', () => {
  it.each([
    ['Vid behov', 'on-demand'],
    ['Löpande under året', 'continuous'],
    ['Under riskhelger', 'occasion'],
  ])('%s (%s) is count-only', (text, kind) => {
    const frequency = parseFrequency(text);
    expect(frequency.kind).toBe(kind);
    expect(followUpStatus({ frequency, period: NORSJO, asOf: '2020-01-01', done: 4 })).toEqual({ kind: 'count-only', done: 4 });
  });

  it('unspecified is not measurable', () => {
    expect(followUpStatus({ frequency: parseFrequency('Se aktivitetsplan'), period: NORSJO, asOf: '2020-01-01', done: 2 })).toEqual({
      kind: 'not-measurable',
      done: 2,
      reason: 'unspecified',
    });
  });

  it('a shift frequency without shifts per week is not measurable', () => {
    for (const shiftsPerWeek of [undefined, 0, -2, 1.5]) {
      expect(followUpStatus({ frequency: EVERY_SHIFT, period: NORSJO, asOf: '2020-01-01', done: 7, shiftsPerWeek })).toEqual({
        kind: 'not-measurable',
        done: 7,
        reason: 'shift-without-shifts',
      });
    }
  });

  it('before the period start: not started, with the target', () => {
    expect(followUpStatus({ frequency: TEN_PER_MONTH, period: NORSJO, asOf: '2018-12-31', done: 0 })).toEqual({ kind: 'not-started', done: 0, target: 480 });
    expect(followUpStatus({ frequency: TWICE_A_YEAR, period: NORSJO, asOf: '2018-06-01', done: 1 })).toEqual({ kind: 'not-started', done: 1, target: 8 });
  });

  it('checks the kind before the start date', () => {
    expect(followUpStatus({ frequency: AS_NEEDED, period: NORSJO, asOf: '2018-01-01', done: 0 })).toEqual({ kind: 'count-only', done: 0 });
    expect(followUpStatus({ frequency: EVERY_SHIFT, period: NORSJO, asOf: '2018-01-01', done: 0 })).toMatchObject({ kind: 'not-measurable' });
  });

  it('rejects bad input', () => {
    expect(() => followUpStatus({ frequency: TEN_PER_MONTH, period: NORSJO, asOf: '2019-13-01', done: 0 })).toThrow(RangeError);
    expect(() => followUpStatus({ frequency: TEN_PER_MONTH, period: NORSJO, asOf: '2019-01-01', done: -1 })).toThrow(RangeError);
    expect(() => followUpStatus({ frequency: TEN_PER_MONTH, period: { start: '2020-01-01', end: '2019-01-01' }, asOf: '2019-01-01', done: 0 })).toThrow(RangeError);
  });

  it('measured expected never exceeds the target (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 2000 }), fc.nat(600), (offset, done) => {
        const asOf = new Date(Date.UTC(2019, 0, 1 + offset)).toISOString().slice(0, 10);
        const s = followUpStatus({ frequency: TEN_PER_MONTH, period: NORSJO, asOf, done });
        if (s.kind === 'measured') {
          expect(s.expected).toBeLessThanOrEqual(s.target);
          expect(s.target).toBe(480);
        } else {
          expect(s.kind).toBe('not-started');
          expect(offset).toBeLessThan(0);
        }
      }),
    );
  });
});

describe('summarise', () => {
  it('counts per colour and per kind', () => {
    const statuses: Status[] = [
      { kind: 'measured', colour: 'green', expected: 1, done: 1, ratio: 1, target: 4 },
      { kind: 'measured', colour: 'green', expected: 0, done: 0, ratio: null, target: 4 },
      { kind: 'measured', colour: 'yellow', expected: 2, done: 1, ratio: 0.5, target: 4 },
      { kind: 'measured', colour: 'red', expected: 2, done: 0, ratio: 0, target: 4 },
      { kind: 'count-only', done: 3 },
      { kind: 'count-only', done: 0 },
      { kind: 'not-measurable', done: 0, reason: 'unspecified' },
      { kind: 'not-started', done: 0, target: 2 },
    ];
    expect(summarise(statuses)).toEqual({ green: 2, yellow: 1, red: 1, countOnly: 2, notMeasurable: 1, notStarted: 1, total: 8 });
    expect(summarise([])).toEqual({ green: 0, yellow: 0, red: 0, countOnly: 0, notMeasurable: 0, notStarted: 0, total: 0 });
  });

  it('summarises the Norsjö plan a year in', () => {
    const rows: Array<[string, number]> = [
      ['Som minst 1 gång i månaden', 11],
      ['Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år.', 1],
      ['Varje arbetspass', 40],
      ['Vid behov', 6],
      ['Minst 10 kontroller per månad', 100],
      ['Minst 4 möten per år med olika nyckelgrupper', 4],
      ['1 gång per år på föräldramöten och personalträffar', 0],
      ['Var tredje vecka besöka fritidsgårdens öppna verksamhet', 11],
      ['2 gånger per år', 2],
      ['Under riskhelger. Löpande under året', 5],
    ];
    const statuses = rows.map(([text, done]) => followUpStatus({ frequency: parseFrequency(text), period: NORSJO, asOf: '2019-12-31', done }));
    expect(statuses.map((s) => (s.kind === 'measured' ? `${s.colour} ${s.done}/${s.expected}` : s.kind))).toEqual([
      'yellow 11/12', // 92 %
      'yellow 1/2', // one short, one done
      'not-measurable', // the plan states no shifts per week
      'count-only',
      'yellow 100/120', // 83 %
      'green 4/4',
      'red 0/1', // nothing done while one is due
      'red 11/17', // 65 %, six short: 17 three-week windows have ended, the 18th is 9 of 21 days in
      'green 2/2',
      'count-only',
    ]);
    expect(summarise(statuses)).toEqual({ green: 2, yellow: 3, red: 2, countOnly: 2, notMeasurable: 1, notStarted: 0, total: 10 });
  });
});

describe('texts for the interface', () => {
  it('states the rule in Swedish and English with the threshold', () => {
    expect(statusRule.sv).toContain('70 %');
    expect(statusRule.en).toContain('70 %');
    expect(statusRule.sv).toMatch(/^Grönt:/);
    expect(statusRule.sv).toContain('Gult:');
    expect(statusRule.sv).toContain('Rött:');
    expect(statusRule.en).toMatch(/^Green:/);
    expect(statusRule.sv).toBe(statusRule.items.sv.join(' '));
    expect(statusRule.en).toBe(statusRule.items.en.join(' '));
    expect(statusRule.items.sv).toHaveLength(statusRule.items.en.length);
  });

  it('labels colours and count-only activities', () => {
    expect(colourLabel.sv.yellow).toBe('gul');
    expect(countOnlyLabel(1, 'sv')).toBe('genomförd 1 gång');
    expect(countOnlyLabel(0, 'sv')).toBe('genomförd 0 gånger');
    expect(countOnlyLabel(6, 'sv')).toBe('genomförd 6 gånger');
    expect(countOnlyLabel(1, 'en')).toBe('done once');
    expect(countOnlyLabel(6, 'en')).toBe('done 6 times');
  });
});
