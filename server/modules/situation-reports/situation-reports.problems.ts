import type { Db } from '#server/db/client.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { freezeIndicatorBaselines, listIndicatorSummaries } from '#server/modules/indicators/indicators.service.js';
import { problemsOfReport } from './situation-reports.repo.js';
import type { Snapshot } from './situation-reports.schemas.js';

/**
 * The problems the report identifies, with their causes and indicators, as they stand on adoption day.
 * The baselines of the problems' indicators are frozen in the same transaction (the indicators module
 * sets their adoptedOn), so the follow-up compares against what the lägesbild stated.
 */
export async function frozenProblems(tx: Db, actor: Actor, collaborationId: string, reportId: string, adoptedOn: string): Promise<Snapshot['problems']> {
  const { links } = await problemsOfReport(tx, collaborationId, reportId);
  await freezeIndicatorBaselines(tx, collaborationId, [...new Set(links.map((l) => l.indicatorId))], adoptedOn, actor);
  return reportProblems(tx, collaborationId, reportId);
}

/** The problems the report identifies as they stand now (a draft's content), without freezing anything. */
export async function reportProblems(tx: Db, collaborationId: string, reportId: string): Promise<Snapshot['problems']> {
  const { problems, causes, links } = await problemsOfReport(tx, collaborationId, reportId);
  const indicatorIds = [...new Set(links.map((l) => l.indicatorId))];
  const summaries = new Map((await listIndicatorSummaries(tx, collaborationId, { ids: indicatorIds })).map((i) => [i.id, i]));
  return problems.map((p) => ({
    id: p.id,
    title: p.title,
    description: p.description,
    area: p.area,
    priority: p.priority,
    causes: causes.filter((c) => c.problemId === p.id).map((c) => ({ kind: c.kind, description: c.description })),
    indicators: links.flatMap((l) => {
      const i = l.problemId === p.id ? summaries.get(l.indicatorId) : undefined;
      if (!i) return [];
      return [
        {
          id: i.id,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          baselineValue: i.baselineValue,
          baselinePeriod: i.baselinePeriod,
          targetValue: i.targetValue,
          targetPeriod: i.targetPeriod,
          latestValue: i.status.latest?.value ?? null,
          latestPeriod: i.status.latest?.period ?? null,
          status: i.status.status,
        },
      ];
    }),
  }));
}
