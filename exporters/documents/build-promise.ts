import type { presentActivity } from '#server/modules/plans/plans.presenter.js';
import type { getPromise } from '#server/modules/promises/promises.service.js';
import { MISSING, type Block, type DocumentModel } from './model.js';
import { areaName, planHeader, planRow, planWidths } from './build-plan.js';

export interface PromiseDocumentInput {
  promise: Awaited<ReturnType<typeof getPromise>>;
  /** The plan activities that deliver the promises (the genomförandeplan behind them). */
  activities: ReturnType<typeof presentActivity>[];
  organisationNames: ReadonlyMap<string, string>;
  focusAreaNames: ReadonlyMap<string, string>;
  parties: string[];
  versionLabel: string;
  diarienummer: string;
  date: string;
}

/** The medborgarlöfte in the layout of seed 001: the promises, the effects sought, their focus areas and the genomförandeplan table. */
export function buildPromiseDocument(input: PromiseDocumentInput): DocumentModel {
  const p = input.promise;
  const names = (ids: string[]) => ids.map((id) => input.organisationNames.get(id) ?? MISSING).join(' och ');
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: [
        ['Kommun', p.municipalityName],
        ['Period', `${p.periodStart} – ${p.periodEnd}`],
        ['Antal löften', String(p.items.length)],
      ],
    },
    { type: 'heading', level: 2, text: 'Våra löften' },
  ];
  if (p.items.length === 0) blocks.push({ type: 'paragraph', text: 'Inga löften är inlagda ännu.', emphasis: 'muted' });
  for (const [i, item] of p.items.entries()) {
    blocks.push({ type: 'heading', level: 3, text: `Löfte ${i + 1}${item.focusAreaId ? `: ${input.focusAreaNames.get(item.focusAreaId) ?? ''}` : ''}` });
    blocks.push({ type: 'paragraph', text: item.text });
    if (item.partyIds.length > 0) blocks.push({ type: 'paragraph', text: `Lovas av ${names(item.partyIds)}.`, emphasis: 'muted' });
  }
  const effects = p.effects
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  if (effects.length > 0) blocks.push({ type: 'heading', level: 2, text: 'Effekter som eftersträvas' }, { type: 'bullets', items: effects });
  const areas = [...new Set(p.items.map((i) => i.focusAreaId).filter((id): id is string => id !== null))];
  if (areas.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Fokusområden' }, { type: 'bullets', items: areas.map((id) => input.focusAreaNames.get(id) ?? MISSING) });
  }
  blocks.push({ type: 'heading', level: 2, text: 'Genomförandeplan' });
  if (input.activities.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Inga aktiviteter i planen är kopplade till löftena ännu.', emphasis: 'muted' });
  }
  const groups = new Map<string | null, typeof input.activities>();
  for (const a of input.activities) groups.set(a.focusAreaId, [...(groups.get(a.focusAreaId) ?? []), a]);
  for (const [areaId, rows] of groups) {
    const area = areaId ? { name: input.focusAreaNames.get(areaId) ?? MISSING } : null;
    blocks.push({ type: 'heading', level: 3, text: areaName(area) }, { type: 'table', header: planHeader, widths: planWidths, rows: rows.map(planRow) });
  }
  return {
    title: p.title,
    subject: `Medborgarlöften ${p.periodStart.slice(0, 4)}–${p.periodEnd.slice(0, 4)}`,
    parties: input.parties,
    stamp: { version: input.versionLabel, date: input.date, diarienummer: input.diarienummer },
    keywords: ['medborgarlöften', p.municipalityName],
    orientation: 'landscape',
    blocks,
  };
}
