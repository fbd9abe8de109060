import type { CitizenPromiseDto, PromiseItemDto } from './promises.schemas.js';
import type { CitizenPromiseRow, LinkedActivity, PromiseItemRow } from './promises.repo.js';

export function presentPromise(p: CitizenPromiseRow, municipalityName: string, itemCount: number): CitizenPromiseDto {
  return {
    id: p.id,
    municipalityId: p.municipalityId,
    municipalityName,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    effects: p.effects,
    itemCount,
    version: p.version,
  };
}

export function presentItem(i: PromiseItemRow, links: LinkedActivity[]): PromiseItemDto {
  return {
    id: i.id,
    promiseId: i.promiseId,
    text: i.text,
    partyIds: i.partyIds,
    focusAreaId: i.focusAreaId,
    sortOrder: i.sortOrder,
    activities: links.filter((l) => l.promiseItemId === i.id).map((l) => ({ id: l.id, what: l.what, planId: l.planId })),
    version: i.version,
  };
}
