import type { TopLevelSpec } from 'vega-lite';
import { statusRule } from '#domain/followup/status.js';
import { directionLabel, indicatorStatusLabel, type IndicatorDirection, type IndicatorStatus } from '#domain/indicators/status.js';
import { MISSING, type Block, type Cell, type DocumentModel, type StatusColour } from './model.js';
import { areaName, type PlanDashboard } from './build-plan.js';
import { renderChart } from './chart.js';
import { statusWords } from './status-words.js';

type Entry = PlanDashboard['focusAreas'][number]['activities'][number];

export interface NotableEntry {
  date: string;
  activity: string;
  /** "Genomförd" for a log entry, "Anteckning" for a note. */
  kind: string;
  text: string;
}

/** Uppföljningsmått (issue 7): the collaboration's indicators as of the report's day; the section is left out when there are none. */
export interface IndicatorSummary {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: number | null;
  baselinePeriod: string | null;
  target: number | null;
  targetPeriod: string | null;
  latest: number | null;
  latestPeriod: string | null;
  status: IndicatorStatus;
}

const indicatorColour: Record<IndicatorStatus, StatusColour> = {
  achieved: 'green',
  improving: 'yellow',
  not_improving: 'red',
  not_achieved: 'red',
  off_target: 'red',
  no_data: 'none',
  no_target: 'none',
};

/** A number the Swedish way (decimal comma), with the period it refers to. */
export function valueIn(value: number | null, period: string | null): string {
  if (value === null) return MISSING;
  const text = String(value).replace('.', ',');
  return period ? `${text} (${period})` : text;
}

export const indicatorHeader = (statusTitle: string) => ['Mått', 'Riktning', 'Utgångsläge', 'Mål', 'Senaste värde', statusTitle];
export const INDICATOR_WIDTHS = [30, 11, 15, 14, 15, 15];
export const INDICATOR_STATUS_RULE =
  'Status jämför det senaste värdet med utgångsläget och målet: Uppnått, På väg (bättre än utgångsläget), Ingen förbättring, Inte uppnått (inget utgångsläge att jämföra med), Avviker (ett mått som ska bibehållas ligger utanför sin tolerans), Saknar värden eller Saknar mål.';

export function indicatorRow(i: IndicatorSummary): Cell[] {
  return [
    `${i.name}${i.unit ? ` (${i.unit})` : ''}`,
    directionLabel.sv[i.direction],
    valueIn(i.baseline, i.baselinePeriod),
    valueIn(i.target, i.targetPeriod),
    valueIn(i.latest, i.latestPeriod),
    { text: indicatorStatusLabel.sv[i.status], colour: indicatorColour[i.status] },
  ];
}

export interface FollowUpReportInput {
  /** From the follow-up service, on the report's last day (31 December, or today for the running year). */
  dashboard: PlanDashboard;
  year: number;
  /** Logged occurrences per activity id within the year. */
  doneInYear: ReadonlyMap<string, number>;
  notable: NotableEntry[];
  indicators: IndicatorSummary[];
  parties: string[];
  versionLabel: string;
  diarienummer: string;
  date: string;
}

const CHART_COLOURS: [label: string, fill: string][] = [
  ['Grön', '#2E8540'],
  ['Gul', '#E0A800'],
  ['Röd', '#C62828'],
  ['Utan färg', '#9CA3AF'],
];
const colourWord = { green: 'Grön', yellow: 'Gul', red: 'Röd' } as const;

const chartLabel = (e: Entry) => (e.status.kind === 'measured' ? colourWord[e.status.colour] : 'Utan färg');

/** Activities per focus area and status colour, as a stacked bar chart. */
export function statusChartSpec(d: PlanDashboard): TopLevelSpec {
  const values = d.focusAreas.flatMap((g) => g.activities.map((e) => ({ area: areaName(g.focusArea), status: chartLabel(e) })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: { step: 26 },
    background: 'white',
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'area', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } },
      x: { aggregate: 'count', type: 'quantitative', title: 'Antal aktiviteter', axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Status',
        scale: { domain: CHART_COLOURS.map(([l]) => l), range: CHART_COLOURS.map(([, c]) => c) },
        legend: { orient: 'bottom' },
      },
      order: { field: 'status', sort: 'ascending' },
    },
  };
}

function deviation(e: Entry): string | null {
  if (e.status.kind !== 'measured' || e.status.colour === 'green') return null;
  return `${e.status.expected - e.status.done} färre än förväntat (${e.status.done} av ${e.status.expected})`;
}

/** Rule-based proposals from the statuses; the styrgrupp edits them in the Word version. */
function proposals(entries: Entry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const what = e.activity.what;
    if (e.status.kind === 'measured' && e.status.colour === 'red') {
      out.push(`${what}: se över målet (${e.activity.whenText || e.activity.frequencyLabel.sv}) eller resurserna, genomfört ${e.status.done} av ${e.status.expected} förväntade.`);
    } else if (e.status.kind === 'measured' && e.status.colour === 'yellow') {
      out.push(`${what}: följ upp under våren; ${e.status.done} av ${e.status.expected} förväntade är genomförda.`);
    } else if (e.status.kind === 'not-measurable' && e.status.reason === 'shift-without-shifts') {
      out.push(`${what}: ange hur många arbetspass per vecka planen räknar med, så att aktiviteten kan följas upp.`);
    } else if (e.status.kind === 'not-measurable') {
      out.push(`${what}: ange när eller hur ofta aktiviteten ska göras, så att den kan följas upp.`);
    }
  }
  return out;
}

/** The yearly follow-up report: a summary page for politicians, then each focus area, deviations and proposals. */
export async function buildFollowUpReport(input: FollowUpReportInput): Promise<DocumentModel> {
  const d = input.dashboard;
  const s = d.summary;
  const entries = d.focusAreas.flatMap((g) => g.activities);
  const measured = s.green + s.yellow + s.red;
  const deviations = entries.filter((e) => deviation(e) !== null);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: 'Sammanfattning' },
    {
      type: 'paragraph',
      text: `Planen har ${s.total} aktiviteter. Per ${d.asOf} har ${measured} av dem ett mätbart mål: ${s.green} är gröna (i fas), ${s.yellow} gula (nästan i fas) och ${s.red} röda (efter).`,
    },
    {
      type: 'paragraph',
      text: `${s.countOnly} aktiviteter görs vid behov eller löpande och redovisas med antal${s.notMeasurable > 0 ? `; ${s.notMeasurable} går inte att mäta som planen är skriven` : ''}${s.notStarted > 0 ? `; ${s.notStarted} har inte börjat` : ''}.`,
    },
  ];
  if (deviations.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Störst avvikelser:', emphasis: 'bold' }, { type: 'bullets', items: deviations.slice(0, 5).map((e) => `${e.activity.what} – ${deviation(e)}`) });
  }
  if (entries.length > 0) blocks.push(await renderChart(statusChartSpec(d), `Antal aktiviteter per fokusområde och status per ${d.asOf}: ${s.green} gröna, ${s.yellow} gula, ${s.red} röda, ${s.countOnly + s.notMeasurable + s.notStarted} utan färg.`));
  blocks.push({ type: 'paragraph', text: statusRule.sv, emphasis: 'muted' }, { type: 'page-break' });

  blocks.push({ type: 'heading', level: 1, text: 'Resultat per fokusområde' });
  for (const g of d.focusAreas) {
    blocks.push(
      { type: 'heading', level: 2, text: areaName(g.focusArea) },
      {
        type: 'table',
        header: ['Aktivitet', 'Mål', `Genomfört ${input.year}`, `Status ${d.asOf}`],
        widths: [40, 22, 12, 26],
        rows: g.activities.map((e): Cell[] => [e.activity.what, e.activity.whenText || e.activity.frequencyLabel.sv, String(input.doneInYear.get(e.activity.id) ?? 0), statusWords(e.status)]),
      },
    );
  }

  if (input.indicators.length > 0) {
    blocks.push(
      { type: 'heading', level: 1, text: 'Uppföljningsmått' },
      {
        type: 'table',
        header: indicatorHeader(`Status ${d.asOf}`),
        widths: INDICATOR_WIDTHS,
        rows: input.indicators.map(indicatorRow),
      },
      { type: 'paragraph', text: INDICATOR_STATUS_RULE, emphasis: 'muted' },
    );
  }

  blocks.push({ type: 'heading', level: 1, text: 'Noterbart under året' });
  if (input.notable.length === 0) blocks.push({ type: 'paragraph', text: `Inga anteckningar under ${input.year}.`, emphasis: 'muted' });
  else blocks.push({ type: 'table', header: ['Datum', 'Aktivitet', 'Typ', 'Anteckning'], widths: [12, 34, 12, 42], rows: input.notable.map((n) => [n.date, n.activity, n.kind, n.text]) });

  blocks.push({ type: 'heading', level: 1, text: 'Avvikelser' });
  if (deviations.length === 0) blocks.push({ type: 'paragraph', text: 'Inga aktiviteter med mätbart mål ligger efter.' });
  else {
    blocks.push({
      type: 'table',
      header: ['Aktivitet', 'Status', 'Avvikelse'],
      widths: [45, 25, 30],
      rows: deviations.map((e) => [e.activity.what, statusWords(e.status), deviation(e) ?? '']),
    });
  }

  blocks.push({ type: 'heading', level: 1, text: 'Förslag till förändringar' });
  const ideas = proposals(entries);
  blocks.push(
    ideas.length > 0
      ? { type: 'bullets', items: ideas }
      : { type: 'paragraph', text: 'Uppföljningen ger inga förslag till förändringar: alla mätbara aktiviteter ligger i fas.' },
    { type: 'paragraph', text: 'Förslagen är framräknade ur statusen och är ett underlag för styrgruppens beslut.', emphasis: 'muted' },
  );
  return {
    title: `Uppföljning ${input.year}: ${d.title}`,
    subject: `Årlig uppföljning ${input.year}`,
    parties: input.parties,
    stamp: { version: input.versionLabel, date: input.date, diarienummer: input.diarienummer },
    keywords: ['uppföljning', String(input.year), 'styrgrupp'],
    orientation: 'portrait',
    blocks,
  };
}
