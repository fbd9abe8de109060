import type { z } from 'zod';
import type { statusSchema } from '#server/modules/follow-up/follow-up.schemas.js';
import type { presentActivity } from '#server/modules/plans/plans.presenter.js';
import type { ActivityLinkRow, CauseRow, ProblemRow } from './problems.repo.js';
import type { IndicatorDto } from '#server/modules/indicators/indicators.schemas.js';
import type { ChainActivityDto, ProblemCauseDto, ProblemDto, ProblemWithChainDto } from './problems.schemas.js';

/** One activity as its plan's follow-up dashboard shows it. */
export interface PlanActivityStatus {
  planTitle: string;
  activity: ReturnType<typeof presentActivity>;
  status: z.infer<typeof statusSchema>;
}

export const gapTexts = {
  causeWithoutActivity: 'Ingen aktivitet arbetar med detta ännu.',
  noCauses: 'Ingen orsak, riskfaktor eller skyddsfaktor är beskriven ännu.',
  noActivity: 'Ingen aktivitet arbetar med problemet ännu.',
  noIndicator: 'Ingen indikator följer problemet ännu.',
};

export function presentProblem(p: ProblemRow, focusAreaName: string | null): ProblemDto {
  return {
    id: p.id,
    reportId: p.reportId,
    focusAreaId: p.focusAreaId,
    focusAreaName,
    title: p.title,
    description: p.description,
    area: p.area,
    priority: p.priority,
    sortOrder: p.sortOrder,
    version: p.version,
  };
}

export function presentCause(c: CauseRow): ProblemCauseDto {
  return { id: c.id, problemId: c.problemId, kind: c.kind, description: c.description, sortOrder: c.sortOrder, version: c.version };
}

function presentLink(link: ActivityLinkRow, statuses: Map<string, PlanActivityStatus>): ChainActivityDto[] {
  const s = statuses.get(link.activityId);
  if (!s) return [];
  return [
    {
      activityId: link.activityId,
      causeId: link.causeId,
      planId: link.planId,
      planTitle: s.planTitle,
      what: s.activity.what,
      whenText: s.activity.whenText,
      frequencyLabel: s.activity.frequencyLabel,
      status: s.status,
    },
  ];
}

export function presentChain(
  p: ProblemRow,
  focusAreaName: string | null,
  asOf: string,
  parts: { causes: CauseRow[]; links: ActivityLinkRow[]; statuses: Map<string, PlanActivityStatus>; indicators: IndicatorDto[] },
): ProblemWithChainDto {
  const linked = parts.links.flatMap((l) => presentLink(l, parts.statuses));
  const causesOf = (kind: CauseRow['kind']) =>
    parts.causes
      .filter((c) => c.kind === kind)
      .map((c) => {
        const activitiesOfCause = linked.filter((a) => a.causeId === c.id);
        return { ...presentCause(c), activities: activitiesOfCause, gap: activitiesOfCause.length === 0 ? gapTexts.causeWithoutActivity : null };
      });
  const gaps = [
    ...(parts.causes.length === 0 ? [gapTexts.noCauses] : []),
    ...(linked.length === 0 ? [gapTexts.noActivity] : []),
    ...(parts.indicators.length === 0 ? [gapTexts.noIndicator] : []),
  ];
  return {
    ...presentProblem(p, focusAreaName),
    asOf,
    causes: { cause: causesOf('cause'), risk_factor: causesOf('risk_factor'), protective_factor: causesOf('protective_factor') },
    problemActivities: linked.filter((a) => a.causeId === null),
    indicators: parts.indicators,
    gaps,
  };
}
