// Validity (giltighetstid) of a samverkansöverenskommelse / samverkansavtal, as the seed
// documents write it, and the status an agreement has on a given day. Pure: no I/O, no clock;
// the caller passes the day (usually today in Europe/Stockholm). Dates are ISO 'YYYY-MM-DD'
// calendar days, handled by domain/schedule/dates.ts (no Date, no time zones).
//
// The four kinds of validity:
//   fixed       "2020–2023"                           { kind: 'fixed', from, to }            in force from..to
//   length      "löper på fyra år med början 1/1 2019" { kind: 'length', from, years, months } in force from..(from + length − 1 day)
//   open-ended  "tillsvidare"                          { kind: 'open-ended', from }           in force from `from`, no end
//   renewing    "till och med 31/12 2015 och därefter kalenderårsvis tills någon av parterna säger upp avtalet"
//               { kind: 'renewing', from, firstEnd, renewal: 'calendar-year' }
//               in force from..firstEnd, then one calendar year at a time until terminated.
//
// The status on a day (checked in this order; docs/agreements.md explains it for users):
//   not adopted (no version fastställd)                      → utkast
//   terminated, and the notice was given on or before the day → uppsagd  (validTo = the day it stops being in force)
//   before `from`                                             → gallande, started = false (five statuses only: an adopted
//                                                               agreement waiting for its start counts as gällande)
//   after the end in force (fixed and length only)            → utgangen
//   at most EXPIRING_WITHIN_DAYS days left of a fixed end     → loper-snart-ut (fixed and length only: an open-ended
//                                                               or renewing agreement does not run out by itself)
//   otherwise                                                 → gallande
//
// Termination (`terminatedOn` is the day notice was given, uppsägningsdagen; `noticeMonths` the
// notice period, uppsägningstid, default 0):
//   - the notice period runs from terminatedOn for noticeMonths whole months; its last day is
//     `endAfter(terminatedOn, { months: noticeMonths })`, or terminatedOn itself when noticeMonths is 0;
//   - renewing: the agreement ends at the end of the period (firstEnd, or 31 December of a year)
//     in which the notice period ends — a notice given during a year ends it at that year's end;
//   - fixed, length, open-ended: the agreement ends when the notice period ends (with no notice
//     period: on terminatedOn), or at its own end if that comes first;
//   - a termination given after a fixed or length agreement had already run out changes nothing
//     (the agreement is utgången).
//   The status is uppsagd from terminatedOn on, also while the agreement is still in force during
//   the notice period (validTo and daysLeft then say until when).

import { z } from 'zod';
import { daysInMonth, fromDay, isIsoDate, parseCivil, toDay, type IsoDate } from '../schedule/dates.js';

/** "Löper snart ut": at most this many days left to a fixed end (daysLeft ≤ 90). */
export const EXPIRING_WITHIN_DAYS = 90;

/** A real calendar date 'YYYY-MM-DD' (format: date in the API description). */
const isoDateSchema = z.iso.date('Ange ett datum som ÅÅÅÅ-MM-DD.').refine(isIsoDate, 'Ange ett datum som ÅÅÅÅ-MM-DD.');

const yearsField = z.number().int().min(0).max(50);
const monthsField = z.number().int().min(0).max(600);

const fixedSchema = z
  .strictObject({ kind: z.literal('fixed'), from: isoDateSchema, to: isoDateSchema })
  .refine((v) => !isIsoPair(v.from, v.to) || v.from <= v.to, { message: 'Slutdatum kan inte ligga före startdatum.', path: ['to'] });

const lengthSchema = z
  .strictObject({ kind: z.literal('length'), from: isoDateSchema, years: yearsField.optional(), months: monthsField.optional() })
  .refine((v) => (v.years ?? 0) * 12 + (v.months ?? 0) >= 1, { message: 'Ange en längd på minst en månad (år och/eller månader).', path: ['years'] });

const openEndedSchema = z.strictObject({ kind: z.literal('open-ended'), from: isoDateSchema });

const renewingSchema = z
  .strictObject({ kind: z.literal('renewing'), from: isoDateSchema, firstEnd: isoDateSchema, renewal: z.literal('calendar-year') })
  .refine((v) => !isIsoPair(v.from, v.firstEnd) || v.from <= v.firstEnd, {
    message: 'Första periodens slut kan inte ligga före startdatum.',
    path: ['firstEnd'],
  });

function isIsoPair(a: string, b: string): boolean {
  return parseCivil(a) !== undefined && parseCivil(b) !== undefined;
}

/** The validity of an agreement, one of four kinds. */
export const validitySchema = z.discriminatedUnion('kind', [fixedSchema, lengthSchema, openEndedSchema, renewingSchema]).meta({
  id: 'AgreementValidity',
  description:
    'Giltighet: fixed (från–till), length (start och längd i år/månader; slutar dagen före samma datum efter längden), ' +
    'open-ended (tillsvidare) eller renewing (till firstEnd, därefter kalenderårsvis tills någon part säger upp avtalet).',
});

export type Validity = z.infer<typeof validitySchema>;
export type ValidityKind = Validity['kind'];

export const agreementStatuses = ['utkast', 'gallande', 'loper-snart-ut', 'utgangen', 'uppsagd'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const statusLabels: Record<AgreementStatus, { sv: string; en: string }> = {
  utkast: { sv: 'Utkast', en: 'Draft' },
  gallande: { sv: 'Gällande', en: 'In force' },
  'loper-snart-ut': { sv: 'Löper snart ut', en: 'Expiring soon' },
  utgangen: { sv: 'Utgången', en: 'Expired' },
  uppsagd: { sv: 'Uppsagd', en: 'Terminated' },
};

export interface StatusInput {
  /** The validity of the adopted version in force; null only for a draft that has none yet. */
  validity: Validity | null;
  /** Whether any version has been adopted (fastställd). */
  adopted: boolean;
  /** The day notice was given (uppsägningsdag), or null. */
  terminatedOn: IsoDate | null;
  /** Notice period (uppsägningstid) in whole months; default 0. */
  noticeMonths?: number;
}

export interface StatusResult {
  status: AgreementStatus;
  /** The first day in force, or null for a draft. */
  validFrom: IsoDate | null;
  /**
   * The last day in force as things stand on the day asked about: the fixed end; for a renewing
   * agreement the end of the current period (firstEnd, or 31 December of the year); for a
   * terminated agreement the day it stops; null when there is no end (tillsvidare) or for a draft.
   */
  validTo: IsoDate | null;
  /** Days from the day asked about to validTo (0 on the last day); null when there is no end or it has passed. */
  daysLeft: number | null;
  /** Whether the day asked about is on or after validFrom (false for a draft). */
  started: boolean;
  /** True for a renewing agreement that has not been terminated: validTo is then only the current period's end. */
  renews: boolean;
}

/**
 * The last day of a period of the given length starting on `from`: the day before the same date
 * `years`/`months` later; when that month has no such date (31 January + 1 month), the last day
 * of that month. 4 years from 2019-01-01 ends 2022-12-31; 12 months from 2020-02-29 ends 2021-02-28.
 */
export function endAfter(from: IsoDate, length: { years?: number | undefined; months?: number | undefined }): IsoDate {
  const civil = parseCivil(from);
  if (civil === undefined) throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${JSON.stringify(from)}`);
  const total = (length.years ?? 0) * 12 + (length.months ?? 0);
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`length must be at least one month: ${JSON.stringify(length)}`);
  const monthIndex = civil.month - 1 + total;
  const year = civil.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(year, month);
  if (civil.day > lastDay) return fromDay(toDay(`${pad4(year)}-${pad2(month)}-${pad2(lastDay)}`));
  return fromDay(toDay(`${pad4(year)}-${pad2(month)}-${pad2(civil.day)}`) - 1);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** The end the validity itself sets: the fixed or computed end; null when it has none (open-ended, renewing). */
export function naturalEnd(validity: Validity): IsoDate | null {
  switch (validity.kind) {
    case 'fixed':
      return validity.to;
    case 'length':
      return endAfter(validity.from, validity);
    case 'open-ended':
    case 'renewing':
      return null;
  }
}

/** 31 December of the date's year. */
function yearEnd(date: IsoDate): IsoDate {
  return `${date.slice(0, 4)}-12-31`;
}

/** For a renewing agreement: the end of the period holding `date` (firstEnd, then 31 December of each year). */
export function renewalPeriodEnd(validity: Extract<Validity, { kind: 'renewing' }>, date: IsoDate): IsoDate {
  return date <= validity.firstEnd ? validity.firstEnd : yearEnd(date);
}

/** The end in force on `date` without any termination: null when there is none. */
function endInForce(validity: Validity, date: IsoDate): IsoDate | null {
  return validity.kind === 'renewing' ? renewalPeriodEnd(validity, date) : naturalEnd(validity);
}

/**
 * The last day in force after notice given on `terminatedOn` with `noticeMonths` of notice,
 * or null when the termination changes nothing (given after a fixed end had passed).
 */
export function terminationEnd(validity: Validity, terminatedOn: IsoDate, noticeMonths = 0): IsoDate | null {
  const noticeEnds = noticeMonths > 0 ? endAfter(terminatedOn, { months: noticeMonths }) : terminatedOn;
  if (validity.kind === 'renewing') return renewalPeriodEnd(validity, noticeEnds);
  const end = naturalEnd(validity);
  if (end === null) return noticeEnds;
  if (terminatedOn > end) return null;
  return noticeEnds < end ? noticeEnds : end;
}

const daysBetween = (from: IsoDate, to: IsoDate) => toDay(to) - toDay(from);

/** The status of an agreement on `date` (see the rules at the top of this file). */
export function agreementStatus(input: StatusInput, date: IsoDate): StatusResult {
  toDay(date); // a RangeError for anything but a real calendar date
  const { validity, adopted, terminatedOn } = input;
  if (!adopted) return { status: 'utkast', validFrom: null, validTo: null, daysLeft: null, started: false, renews: false };
  if (validity === null) {
    // Cannot be stored through the API (adopting needs a validity); in force with no known period.
    return { status: 'gallande', validFrom: null, validTo: null, daysLeft: null, started: true, renews: false };
  }
  const validFrom = validity.from;
  const started = date >= validFrom;
  const left = (end: IsoDate | null) => (end !== null && date <= end ? daysBetween(date, end) : null);

  if (terminatedOn !== null && terminatedOn <= date) {
    const end = terminationEnd(validity, terminatedOn, input.noticeMonths ?? 0);
    if (end !== null) return { status: 'uppsagd', validFrom, validTo: end, daysLeft: left(end), started, renews: false };
  }

  const renews = validity.kind === 'renewing';
  const end = endInForce(validity, started ? date : validFrom);
  if (!started) return { status: 'gallande', validFrom, validTo: end, daysLeft: left(end), started, renews };
  if (end !== null && date > end) return { status: 'utgangen', validFrom, validTo: end, daysLeft: null, started, renews };
  const daysLeft = left(end);
  const runsOut = validity.kind === 'fixed' || validity.kind === 'length';
  const status = runsOut && daysLeft !== null && daysLeft <= EXPIRING_WITHIN_DAYS ? 'loper-snart-ut' : 'gallande';
  return { status, validFrom, validTo: end, daysLeft, started, renews };
}

function lengthText(years: number, months: number, lang: 'sv' | 'en'): string {
  const parts: string[] = [];
  if (lang === 'sv') {
    if (years > 0) parts.push(`${years} år`);
    if (months > 0) parts.push(`${months} ${months === 1 ? 'månad' : 'månader'}`);
    return parts.join(' och ');
  }
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (months > 0) parts.push(`${months} ${months === 1 ? 'month' : 'months'}`);
  return parts.join(' and ');
}

/** The validity in plain words, e.g. "Tillsvidare från 2024-01-16". */
export function describeValidity(validity: Validity, lang: 'sv' | 'en'): string {
  const sv = lang === 'sv';
  switch (validity.kind) {
    case 'fixed':
      return `${validity.from} – ${validity.to}`;
    case 'length': {
      const length = lengthText(validity.years ?? 0, validity.months ?? 0, lang);
      const end = naturalEnd(validity);
      return sv ? `${length} från ${validity.from} (till och med ${end})` : `${length} from ${validity.from} (to ${end} inclusive)`;
    }
    case 'open-ended':
      return sv ? `Tillsvidare från ${validity.from}` : `Until further notice, from ${validity.from}`;
    case 'renewing':
      return sv
        ? `Från ${validity.from} till och med ${validity.firstEnd}, därefter kalenderårsvis tills någon av parterna säger upp avtalet`
        : `From ${validity.from} to ${validity.firstEnd} inclusive, then renewed one calendar year at a time until a party terminates it`;
  }
}

/** The status in plain words for the interface, e.g. "Uppsagd, gäller till och med 2020-12-31". */
export function describeStatus(result: StatusResult, lang: 'sv' | 'en'): string {
  const label = statusLabels[result.status][lang];
  const sv = lang === 'sv';
  const { validFrom, validTo, daysLeft } = result;
  if (result.status === 'utkast') return label;
  if (result.status === 'gallande' && !result.started && validFrom !== null) return sv ? `${label} från ${validFrom}` : `${label} from ${validFrom}`;
  if (validTo === null) return sv ? `${label} tillsvidare` : `${label} until further notice`;
  if (daysLeft === null) return sv ? `${label} (gällde till och med ${validTo})` : `${label} (was in force to ${validTo} inclusive)`;
  if (result.renews) {
    return sv
      ? `${label}, förlängs kalenderårsvis (innevarande period till och med ${validTo})`
      : `${label}, renewed per calendar year (current period to ${validTo} inclusive)`;
  }
  return sv ? `${label}, gäller till och med ${validTo}` : `${label}, in force to ${validTo} inclusive`;
}
