import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDay, toDay } from '../schedule/dates.js';
import {
  agreementStatus,
  agreementStatuses,
  describeStatus,
  describeValidity,
  endAfter,
  EXPIRING_WITHIN_DAYS,
  naturalEnd,
  statusLabels,
  terminationEnd,
  validitySchema,
  type StatusInput,
  type Validity,
} from './validity.js';

// The seeds' validities.
const lulea: Validity = { kind: 'fixed', from: '2020-01-01', to: '2023-12-31' }; // "2020–2023"
const norsjo2019: Validity = { kind: 'length', from: '2019-01-01', years: 4 }; // "löper på fyra år med början 1/1 2019"
const norsjo2024: Validity = { kind: 'open-ended', from: '2024-01-16' }; // "tillsvidare"
const sandviken: Validity = { kind: 'renewing', from: '2015-01-15', firstEnd: '2015-12-31', renewal: 'calendar-year' }; // "till och med 31/12 2015 och därefter kalenderårsvis"

const adopted = (validity: Validity, terminatedOn: string | null = null, noticeMonths?: number): StatusInput => ({
  validity,
  adopted: true,
  terminatedOn,
  ...(noticeMonths === undefined ? {} : { noticeMonths }),
});

type Row = [label: string, input: StatusInput, date: string, status: string, validTo: string | null, daysLeft: number | null];

describe('endAfter: the last day of a period of years and months', () => {
  it.each([
    ['2019-01-01', { years: 4 }, '2022-12-31'], // fyra år med början 1/1 2019
    ['2019-01-01', { years: 1, months: 6 }, '2020-06-30'],
    ['2019-07-01', { months: 6 }, '2019-12-31'],
    ['2023-11-15', { months: 3 }, '2024-02-14'], // across a year end
    ['2020-02-29', { years: 1 }, '2021-02-28'], // leap day, no 29 February next year
    ['2020-02-29', { years: 4 }, '2024-02-28'], // leap day to leap year: the day before 29 February
    ['2021-01-31', { months: 1 }, '2021-02-28'], // no 31 February: the month's last day
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2024-01-30', { months: 1 }, '2024-02-29'],
    ['2024-01-29', { months: 1 }, '2024-02-28'],
    ['2023-03-31', { months: 1 }, '2023-04-30'],
    ['2023-12-01', { months: 1 }, '2023-12-31'],
    ['2023-12-31', { months: 1 }, '2024-01-30'],
  ])('%s + %o ends %s', (from, length, end) => {
    expect(endAfter(from, length)).toBe(end);
  });

  it('refuses a length under one month and a date that is not one', () => {
    expect(() => endAfter('2019-01-01', {})).toThrow(RangeError);
    expect(() => endAfter('2019-02-30', { years: 1 })).toThrow(RangeError);
  });

  it('a period from the 1st of a month ends on the last day of the month before the same month later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 240 }), (year, month, months) => {
        const from = `${year}-${String(month).padStart(2, '0')}-01`;
        const end = endAfter(from, { months });
        expect(addDays(end, 1).slice(8)).toBe('01');
        const next = addDays(end, 1);
        const monthsBetween = (Number(next.slice(0, 4)) - year) * 12 + Number(next.slice(5, 7)) - month;
        expect(monthsBetween).toBe(months);
      }),
    );
  });

  it('is never before the start and grows with the length', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay('1950-01-01'), max: toDay('2150-12-31') }), fc.integer({ min: 1, max: 120 }), (day, months) => {
        const from = fromDay(day);
        const end = endAfter(from, { months });
        expect(end >= from).toBe(true);
        expect(endAfter(from, { months: months + 1 }) > end).toBe(true);
      }),
    );
  });
});

describe('agreementStatus', () => {
  const rows: Row[] = [
    // Not adopted: always a draft, whatever the dates.
    ['draft', { validity: lulea, adopted: false, terminatedOn: null }, '2021-06-01', 'utkast', null, null],
    ['draft without validity', { validity: null, adopted: false, terminatedOn: null }, '2021-06-01', 'utkast', null, null],
    ['draft with a termination date', { validity: lulea, adopted: false, terminatedOn: '2021-01-01' }, '2021-06-01', 'utkast', null, null],
    ['adopted without validity (not storable via the API)', { validity: null, adopted: true, terminatedOn: null }, '2021-06-01', 'gallande', null, null],

    // Luleå, fixed 2020–2023.
    ['fixed: before the start', adopted(lulea), '2019-12-31', 'gallande', '2023-12-31', 1461],
    ['fixed: first day', adopted(lulea), '2020-01-01', 'gallande', '2023-12-31', 1460],
    ['fixed: 91 days left', adopted(lulea), '2023-10-01', 'gallande', '2023-12-31', 91],
    ['fixed: 90 days left', adopted(lulea), '2023-10-02', 'loper-snart-ut', '2023-12-31', 90],
    ['fixed: last day', adopted(lulea), '2023-12-31', 'loper-snart-ut', '2023-12-31', 0],
    ['fixed: day after the end', adopted(lulea), '2024-01-01', 'utgangen', '2023-12-31', null],
    ['fixed: 2024', adopted(lulea), '2024-06-15', 'utgangen', '2023-12-31', null],
    ['fixed: one-day agreement', adopted({ kind: 'fixed', from: '2024-02-29', to: '2024-02-29' }), '2024-02-29', 'loper-snart-ut', '2024-02-29', 0],

    // Norsjö 2019: four years from 1/1 2019.
    ['length: first day', adopted(norsjo2019), '2019-01-01', 'gallande', '2022-12-31', 1460],
    ['length: 91 days left', adopted(norsjo2019), '2022-10-01', 'gallande', '2022-12-31', 91],
    ['length: 90 days left', adopted(norsjo2019), '2022-10-02', 'loper-snart-ut', '2022-12-31', 90],
    ['length: last day', adopted(norsjo2019), '2022-12-31', 'loper-snart-ut', '2022-12-31', 0],
    ['length: day after', adopted(norsjo2019), '2023-01-01', 'utgangen', '2022-12-31', null],
    ['length: from a leap day', adopted({ kind: 'length', from: '2020-02-29', years: 1 }), '2021-02-28', 'loper-snart-ut', '2021-02-28', 0],
    ['length: from a leap day, after', adopted({ kind: 'length', from: '2020-02-29', years: 1 }), '2021-03-01', 'utgangen', '2021-02-28', null],

    // Norsjö 2024: tillsvidare.
    ['open-ended: before the start', adopted(norsjo2024), '2024-01-15', 'gallande', null, null],
    ['open-ended: first day', adopted(norsjo2024), '2024-01-16', 'gallande', null, null],
    ['open-ended: far later', adopted(norsjo2024), '2099-12-31', 'gallande', null, null],
    ['open-ended: notice on 2025-03-01, the day before', adopted(norsjo2024, '2025-03-01'), '2025-02-28', 'gallande', null, null],
    ['open-ended: terminated, takes effect at once', adopted(norsjo2024, '2025-03-01'), '2025-03-01', 'uppsagd', '2025-03-01', 0],
    ['open-ended: terminated, after', adopted(norsjo2024, '2025-03-01'), '2025-03-02', 'uppsagd', '2025-03-01', null],
    ['open-ended: six months notice', adopted(norsjo2024, '2025-03-01', 6), '2025-03-01', 'uppsagd', '2025-08-31', 183],
    ['open-ended: six months notice, last day', adopted(norsjo2024, '2025-03-01', 6), '2025-08-31', 'uppsagd', '2025-08-31', 0],
    ['open-ended: six months notice, over', adopted(norsjo2024, '2025-03-01', 6), '2025-09-01', 'uppsagd', '2025-08-31', null],

    // Sandviken: to 31/12 2015, then per calendar year until terminated.
    ['renewing: before the start', adopted(sandviken), '2015-01-14', 'gallande', '2015-12-31', 351],
    ['renewing: first period', adopted(sandviken), '2015-06-01', 'gallande', '2015-12-31', 213],
    ['renewing: last day of the first period (renews, so not running out)', adopted(sandviken), '2015-12-31', 'gallande', '2015-12-31', 0],
    ['renewing: first day renewed (2016 is a leap year)', adopted(sandviken), '2016-01-01', 'gallande', '2016-12-31', 365],
    ['renewing: 2016-12-31', adopted(sandviken), '2016-12-31', 'gallande', '2016-12-31', 0],
    ['renewing: 2017-01-01', adopted(sandviken), '2017-01-01', 'gallande', '2017-12-31', 364],
    ['renewing: 2030', adopted(sandviken), '2030-07-01', 'gallande', '2030-12-31', 183],
    ['renewing: notice during 2018, the day before', adopted(sandviken, '2018-03-10'), '2018-03-09', 'gallande', '2018-12-31', 297],
    ['renewing: notice during 2018 ends it at the year end', adopted(sandviken, '2018-03-10'), '2018-03-10', 'uppsagd', '2018-12-31', 296],
    ['renewing: terminated, last day', adopted(sandviken, '2018-03-10'), '2018-12-31', 'uppsagd', '2018-12-31', 0],
    ['renewing: terminated, across the year end', adopted(sandviken, '2018-03-10'), '2019-01-01', 'uppsagd', '2018-12-31', null],
    ['renewing: notice in the first period ends it at firstEnd', adopted(sandviken, '2015-06-01'), '2015-12-31', 'uppsagd', '2015-12-31', 0],
    ['renewing: notice in the first period, 2016', adopted(sandviken, '2015-06-01'), '2016-01-01', 'uppsagd', '2015-12-31', null],
    ['renewing: notice on 31 December ends it that day', adopted(sandviken, '2018-12-31'), '2018-12-31', 'uppsagd', '2018-12-31', 0],
    ['renewing: three months notice given 1 October is in time', adopted(sandviken, '2018-10-01', 3), '2018-10-01', 'uppsagd', '2018-12-31', 91],
    ['renewing: three months notice given 2 October runs one more year', adopted(sandviken, '2018-10-02', 3), '2019-01-01', 'uppsagd', '2019-12-31', 364],
    [
      'renewing: first period ending mid-year, then to the year end',
      adopted({ kind: 'renewing', from: '2015-01-01', firstEnd: '2015-06-30', renewal: 'calendar-year' }),
      '2015-07-01',
      'gallande',
      '2015-12-31',
      183,
    ],

    // Terminating fixed agreements.
    ['fixed: terminated 2022-05-10, the day before', adopted(lulea, '2022-05-10'), '2022-05-09', 'gallande', '2023-12-31', 601],
    ['fixed: terminated 2022-05-10', adopted(lulea, '2022-05-10'), '2022-05-10', 'uppsagd', '2022-05-10', 0],
    ['fixed: terminated, in 2024', adopted(lulea, '2022-05-10'), '2024-01-01', 'uppsagd', '2022-05-10', null],
    ['fixed: notice longer than what is left ends at the fixed end', adopted(lulea, '2023-11-01', 3), '2023-11-01', 'uppsagd', '2023-12-31', 60],
    ['fixed: a termination after the end changes nothing', adopted(lulea, '2024-02-01'), '2024-03-01', 'utgangen', '2023-12-31', null],
    ['fixed: terminated before it started', adopted(lulea, '2019-12-01'), '2019-12-01', 'uppsagd', '2019-12-01', 0],
    ['fixed: terminated before it started, later', adopted(lulea, '2019-12-01'), '2021-01-01', 'uppsagd', '2019-12-01', null],
    ['length: terminated', adopted(norsjo2019, '2021-06-30'), '2021-07-01', 'uppsagd', '2021-06-30', null],
  ];

  it.each(rows)('%s (%s on %s)', (_label, input, date, status, validTo, daysLeft) => {
    const result = agreementStatus(input, date);
    expect({ status: result.status, validTo: result.validTo, daysLeft: result.daysLeft }).toEqual({ status, validTo, daysLeft });
  });

  it('says whether the agreement has started and whether it renews', () => {
    expect(agreementStatus(adopted(lulea), '2019-12-31')).toMatchObject({ started: false, validFrom: '2020-01-01', renews: false });
    expect(agreementStatus(adopted(lulea), '2024-01-01')).toMatchObject({ started: true, renews: false });
    expect(agreementStatus(adopted(sandviken), '2016-01-01')).toMatchObject({ started: true, renews: true });
    expect(agreementStatus(adopted(sandviken, '2018-03-10'), '2018-06-01')).toMatchObject({ started: true, renews: false });
    expect(agreementStatus({ validity: lulea, adopted: false, terminatedOn: null }, '2021-01-01')).toMatchObject({ started: false, validFrom: null });
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => agreementStatus(adopted(lulea), '2023-02-29')).toThrow(RangeError);
    expect(() => agreementStatus(adopted(lulea), '20230101')).toThrow(RangeError);
  });

  it('90 days is the limit for "löper snart ut"', () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(90);
  });

  const dayArb = fc.integer({ min: toDay('2000-01-01'), max: toDay('2060-12-31') }).map(fromDay);
  const validityArb: fc.Arbitrary<Validity> = fc.oneof(
    fc.tuple(dayArb, fc.integer({ min: 0, max: 3000 })).map(([from, n]) => ({ kind: 'fixed' as const, from, to: addDays(from, n) })),
    fc
      .tuple(dayArb, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 24 }))
      .filter(([, y, m]) => y * 12 + m >= 1)
      .map(([from, years, months]) => ({ kind: 'length' as const, from, years, months })),
    dayArb.map((from) => ({ kind: 'open-ended' as const, from })),
    fc.tuple(dayArb, fc.integer({ min: 0, max: 800 })).map(([from, n]) => ({ kind: 'renewing' as const, from, firstEnd: addDays(from, n), renewal: 'calendar-year' as const })),
  );

  it('daysLeft is the days from the date to validTo, never negative', () => {
    fc.assert(
      fc.property(validityArb, fc.option(dayArb, { nil: null }), fc.integer({ min: 0, max: 12 }), dayArb, (validity, terminatedOn, noticeMonths, date) => {
        const r = agreementStatus({ validity, adopted: true, terminatedOn, noticeMonths }, date);
        expect(agreementStatuses).toContain(r.status);
        expect(r.status).not.toBe('utkast');
        if (r.daysLeft !== null) {
          expect(r.validTo).not.toBeNull();
          expect(r.daysLeft).toBe(toDay(r.validTo as string) - toDay(date));
          expect(r.daysLeft).toBeGreaterThanOrEqual(0);
        }
        if (r.status === 'utgangen') expect(r.daysLeft).toBeNull();
        if (r.status === 'loper-snart-ut') expect(r.daysLeft).toBeLessThanOrEqual(EXPIRING_WITHIN_DAYS);
        if (r.status === 'uppsagd') expect(terminatedOn !== null && terminatedOn <= date).toBe(true);
      }),
    );
  });

  it('a renewing agreement never runs out by itself, and each year after firstEnd runs to 31 December', () => {
    fc.assert(
      fc.property(validityArb.filter((v) => v.kind === 'renewing'), dayArb, (validity, date) => {
        const r = agreementStatus(adopted(validity), date);
        expect(r.status).toBe('gallande');
        if (validity.kind !== 'renewing') return;
        const expected = date < validity.from || date <= validity.firstEnd ? validity.firstEnd : `${date.slice(0, 4)}-12-31`;
        expect(r.validTo).toBe(expected);
        // Across a year end the next year is in force.
        const yearEnd = `${date.slice(0, 4)}-12-31`;
        if (yearEnd > validity.firstEnd && date >= validity.from) {
          expect(agreementStatus(adopted(validity), addDays(yearEnd, 1)).validTo).toBe(`${Number(date.slice(0, 4)) + 1}-12-31`);
        }
      }),
    );
  });

  it('a fixed or length agreement goes gällande → löper snart ut → utgången, once each, in that order', () => {
    fc.assert(
      fc.property(validityArb.filter((v) => v.kind === 'fixed' || v.kind === 'length'), (validity) => {
        const end = naturalEnd(validity) as string;
        const seen: string[] = [];
        for (let d = toDay(validity.from); d <= toDay(end) + 2; d++) {
          const s = agreementStatus(adopted(validity), fromDay(d)).status;
          if (seen[seen.length - 1] !== s) seen.push(s);
        }
        const order = ['gallande', 'loper-snart-ut', 'utgangen'];
        expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
        expect(seen[seen.length - 1]).toBe('utgangen');
      }),
      { numRuns: 30 },
    );
  });

  it('an open-ended agreement is gällande from its start until terminated', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (from, date) => {
        expect(agreementStatus(adopted({ kind: 'open-ended', from }), date)).toMatchObject({ status: 'gallande', validTo: null, daysLeft: null });
      }),
    );
  });
});

describe('terminationEnd', () => {
  it.each([
    [sandviken, '2018-03-10', 0, '2018-12-31'],
    [sandviken, '2018-10-01', 3, '2018-12-31'],
    [sandviken, '2018-10-02', 3, '2019-12-31'],
    [sandviken, '2015-02-01', 0, '2015-12-31'],
    [sandviken, '2015-10-15', 3, '2016-12-31'],
    [norsjo2024, '2025-03-01', 0, '2025-03-01'],
    [norsjo2024, '2025-03-01', 6, '2025-08-31'],
    [lulea, '2022-05-10', 0, '2022-05-10'],
    [lulea, '2023-11-01', 3, '2023-12-31'],
    [lulea, '2024-01-01', 0, null],
  ] as const)('%o given %s with %i months notice ends %s', (validity, on, months, end) => {
    expect(terminationEnd(validity, on, months)).toBe(end);
  });
});

describe('validitySchema', () => {
  it('reads every kind the seeds use', () => {
    for (const v of [lulea, norsjo2019, norsjo2024, sandviken, { kind: 'length', from: '2019-01-01', months: 18 }]) {
      expect(validitySchema.parse(v)).toEqual(v);
    }
  });

  it.each([
    [{ kind: 'fixed', from: '2024-01-01', to: '2023-12-31' }, ['to']],
    [{ kind: 'length', from: '2019-01-01' }, ['years']],
    [{ kind: 'length', from: '2019-01-01', years: 0, months: 0 }, ['years']],
    [{ kind: 'length', from: '2019-01-01', years: 1.5 }, ['years']],
    [{ kind: 'renewing', from: '2016-01-01', firstEnd: '2015-12-31', renewal: 'calendar-year' }, ['firstEnd']],
    [{ kind: 'renewing', from: '2015-01-01', firstEnd: '2015-12-31', renewal: 'month' }, ['renewal']],
    [{ kind: 'open-ended', from: '2023-02-29' }, ['from']],
    [{ kind: 'open-ended', from: '2024-01-16', to: '2025-01-01' }, []],
    [{ kind: 'forever', from: '2024-01-16' }, ['kind']],
  ])('refuses %o at %o', (input, path) => {
    const result = validitySchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && path.length > 0) expect(result.error.issues.map((i) => i.path)).toContainEqual(path);
  });
});

describe('labels and descriptions', () => {
  it('has a Swedish and an English label for each status', () => {
    expect(Object.keys(statusLabels).sort()).toEqual([...agreementStatuses].sort());
    expect(statusLabels['loper-snart-ut']).toEqual({ sv: 'Löper snart ut', en: 'Expiring soon' });
    expect(statusLabels.uppsagd.sv).toBe('Uppsagd');
    expect(statusLabels.utgangen.sv).toBe('Utgången');
    expect(statusLabels.gallande.sv).toBe('Gällande');
    expect(statusLabels.utkast.sv).toBe('Utkast');
  });

  it('describes each kind of validity', () => {
    expect(describeValidity(lulea, 'sv')).toBe('2020-01-01 – 2023-12-31');
    expect(describeValidity(norsjo2019, 'sv')).toBe('4 år från 2019-01-01 (till och med 2022-12-31)');
    expect(describeValidity({ kind: 'length', from: '2019-01-01', years: 1, months: 1 }, 'en')).toBe('1 year and 1 month from 2019-01-01 (to 2020-01-31 inclusive)');
    expect(describeValidity(norsjo2024, 'sv')).toBe('Tillsvidare från 2024-01-16');
    expect(describeValidity(sandviken, 'sv')).toBe('Från 2015-01-15 till och med 2015-12-31, därefter kalenderårsvis tills någon av parterna säger upp avtalet');
    expect(describeValidity(sandviken, 'en')).toMatch(/calendar year/);
  });

  it('describes a status', () => {
    expect(describeStatus(agreementStatus(adopted(lulea), '2023-11-01'), 'sv')).toBe('Löper snart ut, gäller till och med 2023-12-31');
    expect(describeStatus(agreementStatus(adopted(lulea), '2024-01-01'), 'sv')).toBe('Utgången (gällde till och med 2023-12-31)');
    expect(describeStatus(agreementStatus(adopted(lulea), '2019-06-01'), 'sv')).toBe('Gällande från 2020-01-01');
    expect(describeStatus(agreementStatus(adopted(norsjo2024), '2024-05-01'), 'sv')).toBe('Gällande tillsvidare');
    expect(describeStatus(agreementStatus(adopted(norsjo2024), '2024-01-01'), 'sv')).toBe('Gällande från 2024-01-16');
    expect(describeStatus(agreementStatus(adopted(lulea, '2019-12-01'), '2019-12-15'), 'sv')).toBe('Uppsagd (gällde till och med 2019-12-01)');
    expect(describeStatus(agreementStatus(adopted(sandviken), '2016-05-01'), 'sv')).toBe('Gällande, förlängs kalenderårsvis (innevarande period till och med 2016-12-31)');
    expect(describeStatus(agreementStatus(adopted(sandviken, '2018-03-10'), '2018-04-01'), 'sv')).toBe('Uppsagd, gäller till och med 2018-12-31');
    expect(describeStatus(agreementStatus(adopted(sandviken, '2018-03-10'), '2018-04-01'), 'en')).toBe('Terminated, in force to 2018-12-31 inclusive');
    expect(describeStatus(agreementStatus({ validity: null, adopted: false, terminatedOn: null }, '2018-04-01'), 'en')).toBe('Draft');
  });
});
