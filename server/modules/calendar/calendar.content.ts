// What a calendar feed contains, as plain events: pure, no I/O, no clock (the caller passes
// "today"). docs/calendar.md explains the rules for users, in Swedish and English.
//
//   Range        today − 7 days … today + 400 days (Europe/Stockholm calendar days).
//   Activities   one all-day event on the last day of each due window (dueWindows) that ends inside
//                the range and expects at least one occurrence; activities without windows (vid behov,
//                löpande, vid tillfällen, ej angivet) give none.
//   Follow-up    "Årlig uppföljning till styrgruppen: <plan>" on the plan's period end, and on 31 January
//                of each year inside the period when the plan also ran during the year before (the
//                styrgrupp receives the follow-up of the previous year "i början av varje år").
//   Agreements   "Avtalet <titel> löper ut" on the end date of each adopted agreement as its status
//                gives it today (validTo), with a reminder 30 days before.
//   Personal     only activities whose responsible organisation is the member's organisation, or whose
//                "Ansvarig" text mentions that organisation's name (case-insensitive); all deadlines.
//   Bound        at most MAX_EVENTS events: every deadline first, then the activity windows nearest in time.

import { describeFrequency } from '#domain/frequency/frequency.describe.js';
import { dueWindows, type Period } from '#domain/schedule/schedule.js';
import { addDays, parseCivil, type IsoDate } from '#domain/schedule/dates.js';
import { activityPeriod } from '#server/modules/follow-up/follow-up.service.js';
import { storedFrequency } from '#server/modules/plans/plans.presenter.js';
import type { ActivityRow, PlanRow } from '#server/modules/plans/plans.repo.js';

export const DAYS_BACK = 7;
export const DAYS_AHEAD = 400;
export const MAX_EVENTS = 500;
export const AGREEMENT_REMINDER_DAYS = 30;
/** The day of January on which the yearly follow-up of the previous year is due. */
export const FOLLOW_UP_DAY = '01-31';

export interface FeedEvent {
  /** Stable across fetches, so a client updates an event rather than adding a copy. */
  uid: string;
  /** The all-day date. */
  date: IsoDate;
  summary: string;
  description: string;
  url: string;
  categories: string[];
  /** A reminder this many days before, or null. */
  alarmDaysBefore: number | null;
  kind: 'activity' | 'deadline';
}

export interface AgreementEnd {
  id: string;
  title: string;
  /** The last day in force as the agreement's status gives it today. */
  validTo: IsoDate;
  /** A renewing agreement (kalenderårsvis) that has not been terminated: validTo is the current period's end. */
  renews: boolean;
  /** The status in words, e.g. "Gällande, gäller till och med 2026-12-31". */
  statusText: string;
}

export interface PersonalScope {
  organisationId: string | null;
  organisationName: string | null;
}

export interface FeedContentInput {
  collaborationId: string;
  /** Where the app is served, without a trailing slash, for links back into it. */
  origin: string;
  today: IsoDate;
  plans: PlanRow[];
  activities: ActivityRow[];
  organisationNames: ReadonlyMap<string, string>;
  agreements: AgreementEnd[];
  /** Set for a personal feed; null for the collaboration's feed. */
  personal: PersonalScope | null;
}

export function feedRange(today: IsoDate): Period {
  return { start: addDays(today, -DAYS_BACK), end: addDays(today, DAYS_AHEAD) };
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function civil(date: IsoDate): { year: number; month: string; day: number } {
  const c = parseCivil(date);
  if (!c) throw new RangeError(`not a calendar date: ${date}`);
  return { year: c.year, month: MONTHS[c.month - 1] ?? '', day: c.day };
}

/** "1–31 mars", "29 december 2025 – 4 januari 2026", "7 april – 4 maj", "15 mars". */
export function swedishDateRange(start: IsoDate, end: IsoDate): string {
  const a = civil(start);
  const b = civil(end);
  if (start === end) return `${a.day} ${a.month}`;
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month}`;
  return `${a.day}–${b.day} ${a.month}`;
}

/** "15 mars 2026". */
export function swedishDate(date: IsoDate): string {
  const c = civil(date);
  return `${c.day} ${c.month} ${c.year}`;
}

function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

const lower = (text: string) => text.toLocaleLowerCase('sv-SE');

/** Whether a personal feed shows the activity (see the rule at the top). */
export function isOwnActivity(activity: Pick<ActivityRow, 'responsible' | 'responsibleOrganisationId'>, scope: PersonalScope): boolean {
  if (scope.organisationId !== null && activity.responsibleOrganisationId === scope.organisationId) return true;
  const name = scope.organisationName?.trim() ?? '';
  return name !== '' && lower(activity.responsible).includes(lower(name));
}

function responsibleText(activity: ActivityRow, names: ReadonlyMap<string, string>): string {
  const text = activity.responsible.trim();
  const organisation = activity.responsibleOrganisationId ? names.get(activity.responsibleOrganisationId) : undefined;
  if (text && organisation && !lower(text).includes(lower(organisation))) return `${text} (${organisation})`;
  return text || organisation || 'Ej angiven';
}

/** Dates of the yearly follow-up of a plan inside the range. */
export function followUpDates(plan: Pick<PlanRow, 'periodStart' | 'periodEnd'>, range: Period): IsoDate[] {
  const dates = new Set<IsoDate>();
  const firstYear = Number(plan.periodStart.slice(0, 4));
  const lastYear = Number(plan.periodEnd.slice(0, 4));
  for (let year = firstYear + 1; year <= lastYear; year++) {
    const date = `${String(year).padStart(4, '0')}-${FOLLOW_UP_DAY}`;
    // The plan ran during the previous year (it started before 1 January) and is still running on the day.
    if (date <= plan.periodEnd) dates.add(date);
  }
  dates.add(plan.periodEnd);
  return [...dates].filter((d) => d >= range.start && d <= range.end).sort();
}

function activityEvents(input: FeedContentInput, range: Period, plansById: ReadonlyMap<string, PlanRow>): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (const activity of input.activities) {
    const plan = plansById.get(activity.planId);
    if (!plan) continue;
    if (input.personal && !isOwnActivity(activity, input.personal)) continue;
    const frequency = storedFrequency(activity);
    const label = describeFrequency(frequency, 'sv');
    const period = activityPeriod(plan, activity);
    const options = plan.shiftsPerWeek ? { shiftsPerWeek: plan.shiftsPerWeek } : undefined;
    const url = `${input.origin}/samverkan/${input.collaborationId}/aktiviteter/${activity.id}`;
    const what = shorten(activity.what) || 'Aktivitet';
    for (const window of dueWindows(frequency, period, options)) {
      if (window.expected < 1 || window.end < range.start || window.end > range.end) continue;
      const span = swedishDateRange(window.start, window.end);
      events.push({
        uid: `${activity.id}-${window.end}@samverkan`,
        date: window.end,
        summary: `${what}: ${label} — mål för perioden ${span}`,
        description: [
          `Mål för perioden ${span}: ${window.expected} (${label}).`,
          `Aktivitet: ${activity.what.trim() || 'Aktivitet'}`,
          `Plan: ${plan.title}`,
          `Ansvarig: ${responsibleText(activity, input.organisationNames)}`,
          `Öppna i Samverkan: ${url}`,
        ].join('\n'),
        url,
        categories: ['Aktivitet'],
        alarmDaysBefore: null,
        kind: 'activity',
      });
    }
  }
  return events;
}

function followUpEvents(input: FeedContentInput, range: Period): FeedEvent[] {
  return input.plans.flatMap((plan) => {
    const url = `${input.origin}/samverkan/${input.collaborationId}/planer/${plan.id}/uppfoljning`;
    return followUpDates(plan, range).map((date) => {
      const what =
        date === plan.periodEnd
          ? `Planperioden ${swedishDate(plan.periodStart)} – ${swedishDate(plan.periodEnd)} slutar: uppföljningen av planen lämnas till styrgruppen.`
          : `Uppföljningen av ${Number(date.slice(0, 4)) - 1} års arbete enligt planen lämnas till styrgruppen i början av året.`;
      return {
        uid: `uppfoljning-${plan.id}-${date}@samverkan`,
        date,
        summary: `Årlig uppföljning till styrgruppen: ${plan.title}`,
        description: [what, `Plan: ${plan.title}`, `Öppna uppföljningen i Samverkan: ${url}`].join('\n'),
        url,
        categories: ['Uppföljning'],
        alarmDaysBefore: null,
        kind: 'deadline' as const,
      };
    });
  });
}

function agreementEvents(input: FeedContentInput, range: Period): FeedEvent[] {
  return input.agreements
    .filter((a) => a.validTo >= range.start && a.validTo <= range.end)
    .map((a) => {
      const url = `${input.origin}/samverkan/${input.collaborationId}/avtal/${a.id}`;
      const description = [
        `Avtalet ${a.title} gäller till och med ${swedishDate(a.validTo)}.`,
        a.renews ? 'Avtalet förlängs kalenderårsvis om ingen av parterna säger upp det; datumet är slutet på innevarande period.' : null,
        `Status: ${a.statusText}`,
        `Öppna avtalet i Samverkan: ${url}`,
      ];
      return {
        uid: `avtal-${a.id}-${a.validTo}@samverkan`,
        date: a.validTo,
        summary: `Avtalet ${a.title} löper ut`,
        description: description.filter((line) => line !== null).join('\n'),
        url,
        categories: ['Avtal'],
        alarmDaysBefore: AGREEMENT_REMINDER_DAYS,
        kind: 'deadline' as const,
      };
    });
}

const byDate = (a: FeedEvent, b: FeedEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

/** The events of a feed, in date order, at most MAX_EVENTS (see the rules at the top). */
export function feedEvents(input: FeedContentInput): FeedEvent[] {
  const range = feedRange(input.today);
  const plansById = new Map(input.plans.map((p) => [p.id, p]));
  const deadlines = [...followUpEvents(input, range), ...agreementEvents(input, range)].sort(byDate).slice(0, MAX_EVENTS);
  const windows = activityEvents(input, range, plansById).sort(byDate).slice(0, MAX_EVENTS - deadlines.length);
  return [...deadlines, ...windows].sort(byDate);
}

