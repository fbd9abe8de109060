import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, indicatorStatus, isPeriod, periodRange, sortSeries, type IndicatorStatusInput } from './status.js';

const series = (...values: [string, number][]) => values.map(([period, value]) => ({ period, value }));

describe('periodRange', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024K1', '2024-01-01', '2024-03-31'],
    ['2024K4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-05-14', '2024-05-14', '2024-05-14'],
  ])('%s is %s … %s', (period, start, end) => {
    expect(periodRange(period)).toEqual({ start, end });
  });

  it.each(['', '23', '2023K5', '2023-13', '2023-02-30', 'år 2023', '2023/24'])('refuses %j', (period) => {
    expect(periodRange(period)).toBeNull();
    expect(isPeriod(period)).toBe(false);
  });

  it('orders periods by their end, a year after its last quarter', () => {
    expect(['2023', '2022', '2023K4', '2023-06', '2023K1'].sort(comparePeriods)).toEqual(['2022', '2023K1', '2023-06', '2023K4', '2023']);
    expect(sortSeries(series(['2024', 3], ['2022', 1], ['2023', 2])).map((p) => p.period)).toEqual(['2022', '2023', '2024']);
  });
});

describe('indicatorStatus', () => {
  const base: IndicatorStatusInput = { direction: 'decrease', baselineValue: 100, targetValue: 80, tolerance: null, series: [] };

  it('says so when there are no values', () => {
    expect(indicatorStatus(base)).toMatchObject({ status: 'no_data', colour: 'grey', latest: null, change: null });
  });

  it('uses the latest period, not the last row', () => {
    const r = indicatorStatus({ ...base, series: series(['2024', 78], ['2023', 95]) });
    expect(r.latest).toEqual({ period: '2024', value: 78 });
    expect(r.status).toBe('achieved');
    expect(r.change).toBe(-22);
  });

  it.each<[IndicatorStatusInput['direction'], number | null, number | null, number, string, number | null]>([
    ['decrease', 100, 80, 80, 'achieved', 1],
    ['decrease', 100, 80, 90, 'improving', 0.5],
    ['decrease', 100, 80, 100, 'not_improving', 0],
    ['decrease', 100, 80, 120, 'not_improving', -1],
    ['decrease', null, 80, 90, 'not_achieved', null],
    ['increase', 50, 70, 75, 'achieved', 1.25],
    ['increase', 50, 70, 60, 'improving', 0.5],
    ['increase', 50, 70, 45, 'not_improving', -0.25],
    ['increase', 50, null, 60, 'no_target', null],
  ])('%s from %s to %s, now %s: %s', (direction, baselineValue, targetValue, latest, status, progress) => {
    const r = indicatorStatus({ direction, baselineValue, targetValue, tolerance: null, series: series(['2024', latest]) });
    expect(r.status).toBe(status);
    expect(r.progress).toBe(progress);
  });

  it('keeps a "maintain" indicator within its tolerance of the target, or of the baseline without one', () => {
    const maintain = (targetValue: number | null, tolerance: number | null, value: number) =>
      indicatorStatus({ direction: 'maintain', baselineValue: 80, targetValue, tolerance, series: series(['2024', value]) }).status;
    expect(maintain(85, 2, 86)).toBe('achieved');
    expect(maintain(85, 2, 88)).toBe('off_target');
    expect(maintain(null, 0, 80)).toBe('achieved');
    expect(maintain(null, 0, 79)).toBe('off_target');
    expect(indicatorStatus({ direction: 'maintain', baselineValue: null, targetValue: null, tolerance: 1, series: series(['2024', 3]) }).status).toBe(
      'no_target',
    );
  });

  it('never throws, and "achieved" always means the target is reached in the right direction', () => {
    const value = fc.double({ noNaN: true, min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(
        fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>,
        fc.option(value, { nil: null }),
        value,
        fc.array(fc.tuple(fc.integer({ min: 2000, max: 2040 }), value), { minLength: 1, maxLength: 8 }),
        (direction, baselineValue, targetValue, points) => {
          const s = points.map(([year, v]) => ({ period: String(year), value: v }));
          const r = indicatorStatus({ direction, baselineValue, targetValue, tolerance: null, series: s });
          const latest = r.latest!.value;
          if (r.status === 'achieved') expect(direction === 'increase' ? latest >= targetValue : latest <= targetValue).toBe(true);
          else expect(direction === 'increase' ? latest < targetValue : latest > targetValue).toBe(true);
        },
      ),
    );
  });
});
