import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilToDay,
  compareDates,
  dayToCivil,
  daysInclusive,
  daysInMonth,
  fromDay,
  isIsoDate,
  isLeapYear,
  isoDateSchema,
  isoWeek,
  isoWeekday,
  startOfIsoWeek,
  toDay,
} from './dates.js';

describe('parsing and formatting', () => {
  it('round-trips ISO dates through day numbers', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    expect(fromDay(toDay('2024-02-29'))).toBe('2024-02-29');
    expect(fromDay(toDay('0001-01-01'))).toBe('0001-01-01');
    expect(fromDay(toDay('9999-12-31'))).toBe('9999-12-31');
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-1', '24-01-01', '2024-01-01T00:00', '', ' 2024-01-01', '0000-01-01']) {
      expect(isIsoDate(bad), bad).toBe(false);
      expect(() => toDay(bad), bad).toThrow(RangeError);
    }
    expect(isIsoDate(20240101)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });

  it('adds days and counts them inclusively across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInclusive('2023-01-01', '2023-12-31')).toBe(365);
    expect(daysInclusive('2019-01-01', '2022-12-31')).toBe(1461);
    expect(daysInclusive('2024-05-05', '2024-05-05')).toBe(1);
    expect(compareDates('2024-01-02', '2024-01-01')).toBeGreaterThan(0);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
  });

  it('agrees with Date.UTC for every day in years 1600–2400 (sampled)', () => {
    fc.assert(
      fc.property(fc.integer({ min: civilToDay(1600, 1, 1), max: civilToDay(2400, 12, 31) }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDay(n)).toBe(iso);
        expect(toDay(iso)).toBe(n);
        const c = dayToCivil(n);
        expect(civilToDay(c.year, c.month, c.day)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ISO weeks', () => {
  it('numbers weekdays Monday = 1 … Sunday = 7', () => {
    expect(isoWeekday('2024-01-01')).toBe(1); // Monday
    expect(isoWeekday('2024-01-06')).toBe(6); // Saturday
    expect(isoWeekday('2024-01-07')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('1969-12-28')).toBe(7); // Sunday, before day 0
  });

  it('finds the Monday of the week, across a year end', () => {
    expect(startOfIsoWeek('2026-01-01')).toBe('2025-12-29');
    expect(startOfIsoWeek('2025-12-29')).toBe('2025-12-29');
    expect(startOfIsoWeek('2019-01-01')).toBe('2018-12-31');
    expect(startOfIsoWeek('2024-03-03')).toBe('2024-02-26');
  });

  it('numbers weeks by ISO 8601 across year ends', () => {
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2025-12-28')).toEqual({ year: 2025, week: 52 });
    expect(isoWeek('2026-01-04')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeek('2019-01-01')).toEqual({ year: 2019, week: 1 });
    expect(isoWeek('2018-12-31')).toEqual({ year: 2019, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('keeps every day of a Monday–Sunday week in the same ISO week', () => {
    fc.assert(
      fc.property(fc.integer({ min: civilToDay(1900, 1, 1), max: civilToDay(2200, 12, 31) }), (n) => {
        const monday = startOfIsoWeek(fromDay(n));
        const week = isoWeek(monday);
        for (let k = 0; k < 7; k++) expect(isoWeek(addDays(monday, k))).toEqual(week);
        expect(week.week).toBeGreaterThanOrEqual(1);
        expect(week.week).toBeLessThanOrEqual(53);
        expect(isoWeek(addDays(monday, 7))).not.toEqual(week);
      }),
      { numRuns: 500 },
    );
  });
});
