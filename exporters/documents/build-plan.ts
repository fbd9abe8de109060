import { statusRule } from '#domain/followup/status.js';
import type { planDashboard } from '#server/modules/follow-up/follow-up.service.js';
import { MISSING, orMissing, type Block, type DocumentModel } from './model.js';
import { statusCell } from './status-words.js';

export type PlanDashboard = Awaited<ReturnType<typeof planDashboard>>;
type DashboardActivity = PlanDashboard['focusAreas'][number]['activities'][number]['activity'];

export interface PlanDocumentInput {
  dashboard: PlanDashboard;
  /** "Genomförandeplan", "Handlingsplan" or "Åtgärdsplan". */
  kindLabel: string;
  adoptedOn: string | null;
  adoptedBy: string | null;
  shiftsPerWeek: number | null;
  parties: string[];
  versionLabel: string;
  diarienummer: string;
  date: string;
}

export const planKindLabels = { genomforandeplan: 'Genomförandeplan', handlingsplan: 'Handlingsplan', atgardsplan: 'Åtgärdsplan' } as const;

/** "När" as the plan writes it, with the target as the app reads it when that says more. */
export function whenCell(a: DashboardActivity): string {
  const target = a.frequencyLabel.sv;
  if (!a.whenText) return target;
  return target && target.toLowerCase() !== a.whenText.toLowerCase() ? `${a.whenText}\n(Mål: ${target})` : a.whenText;
}

export const planHeader = ['Vad', 'När och mål', 'Samverkan', 'Ansvarig', 'Uppföljning'];
export const planWidths = [30, 18, 16, 12, 14];

export function planRow(a: DashboardActivity): string[] {
  return [a.what, whenCell(a), a.partners.join(', ') || MISSING, orMissing(a.responsible), orMissing(a.followUpMeasure)];
}

export const areaName = (area: { name: string } | null) => area?.name ?? 'Utan fokusområde';

/** The plan table per focus area, each activity with its follow-up status in words (from the follow-up service). */
export function buildPlanDocument(input: PlanDocumentInput): DocumentModel {
  const d = input.dashboard;
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: [
        ['Plan', input.kindLabel],
        ['Period', `${d.period.start} – ${d.period.end}`],
        ['Fastställd', input.adoptedOn ? `${input.adoptedOn}${input.adoptedBy ? ` av ${input.adoptedBy}` : ''}` : MISSING],
        ['Arbetspass per vecka', input.shiftsPerWeek ? String(input.shiftsPerWeek) : MISSING],
        ['Status per', d.asOf],
      ],
    },
  ];
  for (const group of d.focusAreas) {
    blocks.push(
      { type: 'heading', level: 2, text: areaName(group.focusArea) },
      {
        type: 'table',
        header: [...planHeader, `Status ${d.asOf}`],
        widths: [...planWidths, 16],
        rows: group.activities.map((entry) => [...planRow(entry.activity), statusCell(entry.status)]),
      },
    );
  }
  if (d.focusAreas.length === 0) blocks.push({ type: 'paragraph', text: 'Planen har inga aktiviteter ännu.', emphasis: 'muted' });
  blocks.push({ type: 'heading', level: 2, text: 'Så räknas status' }, { type: 'bullets', items: [...statusRule.items.sv] });
  return {
    title: d.title,
    subject: `${input.kindLabel} ${d.period.start.slice(0, 4)}–${d.period.end.slice(0, 4)}`,
    parties: input.parties,
    stamp: { version: input.versionLabel, date: input.date, diarienummer: input.diarienummer },
    keywords: [input.kindLabel, 'plan', 'uppföljning'],
    orientation: 'landscape',
    blocks,
  };
}
