import type { TopLevelSpec } from 'vega-lite';
import { indicatorStatusLabel, type IndicatorStatus } from '#domain/indicators/status.js';
import type { Snapshot } from '#server/modules/situation-reports/situation-reports.schemas.js';
import { INDICATOR_STATUS_RULE, INDICATOR_WIDTHS, indicatorHeader, indicatorRow, type IndicatorSummary } from './build-followup.js';
import { renderChart } from './chart.js';
import { MISSING, orMissing, textBlocks, type Block, type Cell, type DocumentModel } from './model.js';

/** The lägesbild (law 2023:196, 4 §) as a document: kartläggning, annan information and analys. */
export interface SituationReportInput {
  /** The adopted version's frozen content, or the draft's current content in the same shape. */
  content: Snapshot;
  /** "Version 2 (fastställd 2025-03-12)" or "Version 3 (utkast)". */
  versionLabel: string;
  adoptedOn: string | null;
  parties: string[];
  diarienummer: string;
  date: string;
}

const sourceNames = { kolada: 'Kolada', bra: 'Brå, anmälda brott', survey: 'Enkät', population: 'SCB, folkmängd' } as const;
const dialogueKinds = { citizen: 'Medborgardialog', staff: 'Medarbetardialog' } as const;
const observationStatus = { open: 'Öppen', in_progress: 'Pågår', done: 'Åtgärdad', declined: 'Avslagen' } as const;
const priorityWords = { high: 'hög', medium: 'medel', low: 'låg' } as const;
const priorityOrder = { high: 0, medium: 1, low: 2 } as const;
const causeWords = { cause: 'Orsak', risk_factor: 'Riskfaktor', protective_factor: 'Skyddsfaktor' } as const;
const timeOfDayWords: Record<string, string> = { morgon: 'morgon', dag: 'dag', kvall: 'kväll', kväll: 'kväll', natt: 'natt' };

/** How many years back the kartläggning tables show (the charts show all). */
const TABLE_YEARS = 6;

/** A Swedish number: decimal comma, a space between thousands, at most one decimal. */
export function swedishNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const rounded = Math.round(value * 10) / 10;
  const [whole, decimals] = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${rounded < 0 ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

type Chart = Snapshot['charts'][number];

export function chartTitle(chart: Pick<Chart, 'source' | 'series' | 'per100k'>): string {
  return `${chart.series} – ${sourceNames[chart.source]}${chart.per100k ? ', per 100 000 invånare' : ''}`;
}

const shown = (chart: Chart, v: Chart['values'][number]) => (chart.per100k ? v.per100k : v.value);

/** One line per area over the years. */
export function situationChartSpec(chart: Chart): TopLevelSpec {
  const values = chart.values.flatMap((v) => {
    const y = shown(chart, v);
    return y === null ? [] : [{ year: v.period, area: v.area || v.areaCode, value: y }];
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 440,
    height: 220,
    background: 'white',
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'År', axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', title: chart.per100k ? 'Per 100 000 invånare' : 'Antal', axis: { format: ',~f' } },
      color: { field: 'area', type: 'nominal', title: 'Område', legend: { orient: 'bottom', columns: 3 } },
    },
  };
}

async function mappingBlocks(content: Snapshot): Promise<Block[]> {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Kartläggning' }, ...textBlocks(content.mappingText)];
  if (content.charts.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Ingen statistik är vald för kartläggningen.', emphasis: 'muted' });
  }
  for (const chart of content.charts) {
    const title = chartTitle(chart);
    blocks.push({ type: 'heading', level: 2, text: title });
    const usable = chart.values.filter((v) => shown(chart, v) !== null);
    if (usable.length === 0) {
      blocks.push({ type: 'paragraph', text: 'Det finns inga värden för serien.', emphasis: 'muted' });
      continue;
    }
    const years = [...new Set(usable.map((v) => v.period))].sort().slice(-TABLE_YEARS);
    const areas = [...new Map(usable.map((v) => [v.areaCode, v.area || v.areaCode])).entries()];
    const lastYear = years.at(-1)!;
    const lastValues = areas
      .map(([code, name]) => {
        const v = usable.find((x) => x.areaCode === code && x.period === lastYear);
        return v ? `${name} ${swedishNumber(shown(chart, v))}` : null;
      })
      .filter((x): x is string => x !== null);
    blocks.push(await renderChart(situationChartSpec(chart), `${title}, per år. ${lastYear}: ${lastValues.join(', ')}.`));
    const firstWidth = 28;
    blocks.push({
      type: 'table',
      header: ['Område', ...years],
      widths: [firstWidth, ...years.map(() => (100 - firstWidth) / years.length)],
      rows: areas.map(([code, name]): Cell[] => [
        name,
        ...years.map((year) => {
          const v = usable.find((x) => x.areaCode === code && x.period === year);
          return v ? swedishNumber(shown(chart, v)) : MISSING;
        }),
      ]),
    });
  }
  return blocks;
}

function otherBlocks(content: Snapshot): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Annan information' }, ...textBlocks(content.otherText)];

  blocks.push({ type: 'heading', level: 2, text: 'Dialoger' });
  if (content.dialogues.length === 0) blocks.push({ type: 'paragraph', text: 'Inga dialoger är registrerade.', emphasis: 'muted' });
  else {
    blocks.push({
      type: 'table',
      header: ['Datum', 'Dialog', 'Metod och område', 'Deltagare', 'Vad som kom fram'],
      widths: [12, 18, 21, 11, 38],
      rows: [...content.dialogues]
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
        .map((d) => [
          d.heldOn,
          dialogueKinds[d.kind],
          [d.method, d.area].filter(Boolean).join(', '),
          d.participantsCount === null ? MISSING : String(d.participantsCount),
          [d.outcomes, d.notes].filter((t) => t.trim() !== '').join('\n') || MISSING,
        ]),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: 'Trygghetsvandringar' });
  if (content.walks.length === 0) blocks.push({ type: 'paragraph', text: 'Inga trygghetsvandringar är registrerade.', emphasis: 'muted' });
  for (const walk of [...content.walks].sort((a, b) => a.walkedOn.localeCompare(b.walkedOn))) {
    blocks.push(
      { type: 'heading', level: 3, text: `${walk.area}, ${walk.walkedOn}` },
      {
        type: 'facts',
        rows: [
          ['Deltagare', walk.participantsCount === null ? MISSING : `${walk.participantsCount} personer`],
          ['Organisationer', orMissing(walk.organisations)],
        ],
      },
      ...textBlocks(walk.notes),
    );
    if (walk.observations.length === 0) blocks.push({ type: 'paragraph', text: 'Inga iakttagelser.', emphasis: 'muted' });
    else {
      blocks.push({
        type: 'table',
        header: ['Plats', 'Problem', 'Förslag till åtgärd', 'Ansvarig', 'Status'],
        widths: [17, 25, 25, 20, 13],
        rows: [...walk.observations]
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((o) => [o.place, o.problem, orMissing(o.proposedAction), orMissing(o.owner), observationStatus[o.status]]),
      });
    }
  }

  blocks.push({ type: 'heading', level: 2, text: 'Incidentrapporter (EST)' });
  const summary = content.incidentSummary;
  if (summary.total === 0) blocks.push({ type: 'paragraph', text: 'Inga incidentrapporter är registrerade.', emphasis: 'muted' });
  else {
    blocks.push(
      { type: 'paragraph', text: `${summary.total} händelser rapporterades av verksamheterna. Rapporterna innehåller inga namn.` },
      { type: 'table', header: ['Kategori', 'Antal'], widths: [75, 25], rows: summary.byCategory.map((c) => [c.category, String(c.count)]) },
      { type: 'table', header: ['Månad', 'Antal'], widths: [75, 25], rows: summary.byMonth.map((m) => [m.month, String(m.count)]) },
      {
        type: 'table',
        header: ['Datum', 'Kategori', 'Plats', 'Beskrivning', 'Rapporterad av'],
        widths: [13, 17, 20, 32, 18],
        rows: [...content.incidents]
          .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
          .map((i) => [
            `${i.occurredOn}${i.timeOfDay ? `, ${timeOfDayWords[i.timeOfDay] ?? i.timeOfDay}` : ''}`,
            i.count > 1 ? `${i.category} (${i.count})` : i.category,
            [i.place, i.area].filter(Boolean).join(', '),
            orMissing(i.description),
            orMissing(i.reportedBy),
          ]),
      },
    );
  }
  return blocks;
}

const isStatus = (s: string | null): s is IndicatorStatus => s !== null && s in indicatorStatusLabel.sv;

function analysisBlocks(content: Snapshot, asOf: string): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Analys' }, ...textBlocks(content.analysisText)];
  blocks.push({ type: 'heading', level: 2, text: 'Prioriterade problem' });
  if (content.problems.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Lägesbilden pekar ännu inte ut några problem.', emphasis: 'muted' });
    return blocks;
  }
  const problems = [...content.problems].sort((a, b) => priorityOrder[a.priority] - priorityOrder[b.priority]);
  for (const [index, p] of problems.entries()) {
    blocks.push({ type: 'heading', level: 3, text: `${index + 1}. ${p.title} (prioritet ${priorityWords[p.priority]})` });
    if (p.area) blocks.push({ type: 'paragraph', text: `Område: ${p.area}`, emphasis: 'italic' });
    blocks.push(...textBlocks(p.description));
    if (p.causes.length > 0) {
      const kinds = ['cause', 'risk_factor', 'protective_factor'] as const;
      blocks.push({ type: 'bullets', items: kinds.flatMap((k) => p.causes.filter((c) => c.kind === k).map((c) => `${causeWords[k]}: ${c.description}`)) });
    } else blocks.push({ type: 'paragraph', text: 'Orsaksanalys saknas.', emphasis: 'muted' });
    if (p.indicators.length > 0) {
      const rows = p.indicators.map((i): IndicatorSummary => ({
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        baseline: i.baselineValue,
        baselinePeriod: i.baselinePeriod,
        target: i.targetValue,
        targetPeriod: i.targetPeriod,
        latest: i.latestValue,
        latestPeriod: i.latestPeriod,
        status: isStatus(i.status) ? i.status : 'no_data',
      }));
      blocks.push({ type: 'table', header: indicatorHeader(`Status ${asOf}`), widths: INDICATOR_WIDTHS, rows: rows.map(indicatorRow) });
    }
  }
  if (problems.some((p) => p.indicators.length > 0)) blocks.push({ type: 'paragraph', text: INDICATOR_STATUS_RULE, emphasis: 'muted' });
  return blocks;
}

export async function buildSituationReportDocument(input: SituationReportInput): Promise<DocumentModel> {
  const c = input.content;
  const asOf = input.adoptedOn ?? input.date;
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: [
        ['Lägesbild för', String(c.year)],
        ['Fastställd', input.adoptedOn ? `${input.adoptedOn}${c.adoptedByGroup ? ` av ${c.adoptedByGroup.name}` : ''}` : 'Nej, utkast'],
        ['Parter', input.parties.join(', ') || MISSING],
      ],
    },
    {
      type: 'paragraph',
      text: 'Lägesbilden följer lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete, 4 §: en kartläggning av brottsligheten, annan relevant information och en analys. Åtgärdsplanen utgår från den.',
      emphasis: 'muted',
    },
    ...(await mappingBlocks(c)),
    ...otherBlocks(c),
    ...analysisBlocks(c, asOf),
  ];
  return {
    title: c.title,
    subject: `Lägesbild ${c.year}`,
    parties: input.parties,
    stamp: { version: input.versionLabel, date: input.date, diarienummer: input.diarienummer },
    keywords: ['lägesbild', 'brottsförebyggande', String(c.year)],
    orientation: 'portrait',
    blocks,
  };
}
