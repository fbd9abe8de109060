// Calendar dates as plain ISO strings, 'YYYY-MM-DD', meaning a whole day in Europe/Stockholm.
// Whole days need no time-zone arithmetic: nothing here reads a clock or a Date's local time.
// Internally a date is a "day number": days since 1970-01-01 (negative before it), computed
// with integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's days_from_civil),
// so there are no Date quirks (two-digit years, DST, host time zone).
//
// Accepted dates: years 0001–9999, real calendar dates only ('2023-02-29' is rejected).
// Functions taking a date throw a RangeError for anything else.

import { z } from 'zod';

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month, 1-based month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) throw new RangeError(`month out of range: ${month}`);
  return days;
}

/** Reads 'YYYY-MM-DD' strictly; undefined when it is not a real calendar date. */
export function parseCivil(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: unknown): text is IsoDate {
  return parseCivil(text) !== undefined;
}

/** zod schema for a calendar date 'YYYY-MM-DD'. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ogiltigt datum, använd ÅÅÅÅ-MM-DD' });

/** Day number (days since 1970-01-01) of a civil date. */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Civil date of a day number. */
export function dayToCivil(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of an ISO date; throws a RangeError when the text is not a real 'YYYY-MM-DD' date. */
export function toDay(date: IsoDate): number {
  const civil = parseCivil(date);
  if (civil === undefined) throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  return civilToDay(civil.year, civil.month, civil.day);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO date of a day number. */
export function fromDay(dayNumber: number): IsoDate {
  const { year, month, day } = dayToCivil(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/** Negative, zero or positive like a comparator. Valid ISO dates compare correctly as strings too. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDay(a) - toDay(b);
}

/** Number of days from `start` to `end`, both included ('2024-01-01'..'2024-01-01' is 1). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return toDay(end) - toDay(start) + 1;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfDay(toDay(date));
}

/** Monday of the ISO week holding the date. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  const n = toDay(date);
  return fromDay(n - (weekdayOfDay(n) - 1));
}

/**
 * ISO 8601 week: weeks run Monday–Sunday and week 1 is the week with the year's first
 * Thursday, so '2025-12-29' is week 1 of 2026 and '2021-01-03' is week 53 of 2020.
 */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const n = toDay(date);
  const thursday = n - weekdayOfDay(n) + 4;
  const year = dayToCivil(thursday).year;
  const week = Math.floor((thursday - civilToDay(year, 1, 1)) / 7) + 1;
  return { year, week };
}
