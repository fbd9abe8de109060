import { followUpStatus, statusRule, summarise, type Status } from '#domain/followup/status.js';
import { dueWindows, type Period } from '#domain/schedule/schedule.js';
import type { Db } from '#server/db/client.js';
import { activities, plans } from '#server/db/schema.js';
import { findInCollaboration } from '#server/db/versioned.js';
import { notFound } from '#server/http/errors.js';
import { doneCounts } from '#server/modules/activity-log/activity-log.repo.js';
import { listFocusAreas } from '#server/modules/focus-areas/focus-areas.repo.js';
import { presentActivity, storedFrequency } from '#server/modules/plans/plans.presenter.js';
import { listActivities, type ActivityRow, type PlanRow } from '#server/modules/plans/plans.repo.js';
import { donePerDay } from './follow-up.repo.js';

/** Today's date in Sweden, whatever the server's time zone. */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An activity runs within its plan's period, narrowed by its own start and end. */
export function activityPeriod(plan: PlanRow, activity: ActivityRow): Period {
  const start = activity.startDate && activity.startDate > plan.periodStart ? activity.startDate : plan.periodStart;
  const end = activity.endDate && activity.endDate < plan.periodEnd ? activity.endDate : plan.periodEnd;
  return { start, end: end < start ? start : end };
}

function statusOf(plan: PlanRow, activity: ActivityRow, asOf: string, done: number): Status {
  return followUpStatus({
    frequency: storedFrequency(activity),
    period: activityPeriod(plan, activity),
    asOf,
    done,
    ...(plan.shiftsPerWeek ? { shiftsPerWeek: plan.shiftsPerWeek } : {}),
  });
}

export async function planDashboard(db: Db, collaborationId: string, planId: string, asOf: string, viewerOrganisationId: string | null) {
  const plan = await findInCollaboration(db, plans, collaborationId, planId);
  if (!plan) throw notFound('Planen');
  const [rows, areas] = await Promise.all([listActivities(db, [planId]), listFocusAreas(db, collaborationId)]);
  const done = await doneCounts(db, { collaborationId, activityIds: rows.map((r) => r.id), from: plan.periodStart, to: asOf, viewerOrganisationId });
  const entries = rows.map((row) => {
    const period = activityPeriod(plan, row);
    return { row, period, status: statusOf(plan, row, asOf, done.get(row.id) ?? 0) };
  });
  const groups = [...areas.map((a) => ({ focusArea: { id: a.id, name: a.name } as { id: string; name: string } | null })), { focusArea: null }]
    .map((g) => {
      const members = entries.filter((e) => (e.row.focusAreaId ?? null) === (g.focusArea?.id ?? null));
      return {
        focusArea: g.focusArea,
        summary: summarise(members.map((m) => m.status)),
        activities: members.map((m) => ({ activity: presentActivity(m.row), period: m.period, status: m.status })),
      };
    })
    .filter((g) => g.activities.length > 0);
  return {
    planId,
    title: plan.title,
    asOf,
    period: { start: plan.periodStart, end: plan.periodEnd },
    rule: { sv: statusRule.sv, en: statusRule.en },
    summary: summarise(entries.map((e) => e.status)),
    focusAreas: groups,
  };
}

export async function activityTimeline(db: Db, collaborationId: string, activityId: string, asOf: string, viewerOrganisationId: string | null) {
  const activity = await findInCollaboration(db, activities, collaborationId, activityId);
  if (!activity) throw notFound('Aktiviteten');
  const plan = await findInCollaboration(db, plans, collaborationId, activity.planId);
  if (!plan) throw notFound('Planen');
  const period = activityPeriod(plan, activity);
  const days = await donePerDay(db, { collaborationId, activityId, from: period.start, to: period.end, viewerOrganisationId });
  const sumBetween = (from: string, to: string) => days.filter((d) => d.day >= from && d.day <= to).reduce((n, d) => n + d.done, 0);
  const windows = dueWindows(storedFrequency(activity), period, plan.shiftsPerWeek ? { shiftsPerWeek: plan.shiftsPerWeek } : undefined).map((w) => ({
    start: w.start,
    end: w.end,
    expected: w.expected,
    done: sumBetween(w.start, w.end),
  }));
  const months = new Map<string, number>();
  for (const d of days) months.set(d.day.slice(0, 7), (months.get(d.day.slice(0, 7)) ?? 0) + d.done);
  const doneSoFar = sumBetween(period.start, asOf);
  return {
    activityId,
    asOf,
    status: statusOf(plan, activity, asOf, doneSoFar),
    windows,
    months: [...months.entries()].map(([month, done]) => ({ month, done })),
  };
}
