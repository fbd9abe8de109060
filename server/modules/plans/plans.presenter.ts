import { describeFrequency } from '#domain/frequency/frequency.describe.js';
import { frequencySchema, parseFrequency, type Frequency } from '#domain/frequency/frequency.js';
import type { PlanReportRef } from '#server/modules/situation-reports/situation-reports.schemas.js';
import type { ActivityRow, PlanRow } from './plans.repo.js';

/** A stored frequency that no longer fits the contract is read again from the plan text rather than failing. */
export function storedFrequency(row: ActivityRow): Frequency {
  const parsed = frequencySchema.safeParse(row.frequency);
  return parsed.success ? parsed.data : parseFrequency(row.whenText);
}

/** `report` is the lägesbild the plan starts from, when it is (still) an adopted one of the collaboration. */
export function presentPlan(p: PlanRow, activityCount: number, report: PlanReportRef | undefined) {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    adoptedByGroupId: p.adoptedByGroupId,
    adoptedOn: p.adoptedOn,
    shiftsPerWeek: p.shiftsPerWeek,
    situationReportId: p.situationReportId,
    situationReport: report ?? null,
    activityCount,
    version: p.version,
  };
}

export function presentActivity(a: ActivityRow) {
  const frequency = storedFrequency(a);
  return {
    id: a.id,
    planId: a.planId,
    focusAreaId: a.focusAreaId,
    sortOrder: a.sortOrder,
    cause: a.cause,
    operativeGoal: a.operativeGoal,
    what: a.what,
    whenText: a.whenText,
    frequency,
    frequencyLabel: { sv: describeFrequency(frequency, 'sv'), en: describeFrequency(frequency, 'en') },
    preventionType: a.preventionType,
    preventionLevel: a.preventionLevel,
    partners: a.partners,
    responsible: a.responsible,
    responsibleOrganisationId: a.responsibleOrganisationId,
    followUpMeasure: a.followUpMeasure,
    startDate: a.startDate,
    endDate: a.endDate,
    version: a.version,
  };
}
