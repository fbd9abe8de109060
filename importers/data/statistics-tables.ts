import { mapColumns, normaliseHeader } from './headers.js';
import { matchArea, unknownAreaMessage } from './municipalities.js';
import { parseCount, parseSwedishNumber, type ParsedNumber } from './numbers.js';
import { parsePeriod } from './periods.js';
import type { ParsedRow, RowIssue, StatisticRecord } from './records.js';
import { DataFileError } from './source-text.js';
import type { TableRows } from './table.js';

type Field = 'series' | 'area' | 'period' | 'value';

interface TableSpec {
  source: StatisticRecord['source'];
  synonyms: Record<Field, readonly string[]>;
  /** Whether the area must be one of the 290 municipalities (Brå, SCB) or may be any named area (surveys). */
  areaMustBeMunicipality: boolean;
  /** Counts must be whole numbers; survey values may be decimals. */
  parseValue: (raw: string) => ParsedNumber;
  /** A fixed series name where the file has no series column (population). */
  fixedSeries?: string;
  /** Brå categories form a tree written as a path or by indentation. */
  seriesIsTree?: boolean;
}

const SEPARATOR = ' › ';

/** "Samtliga brott > Brott mot person" and "Samtliga brott › Brott mot person" as one path form. */
function pathOf(text: string): string[] | undefined {
  const parts = text.split(/\s*(?:›|>|»)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : undefined;
}

/**
 * Brå, survey and population tables. Long form (one value per row: series, area, period, value) or wide
 * form (one column per period: "2019", "2020" or "2021K1"). Every problem is reported with its line and
 * column; a row is either wholly valid or not used at all.
 */
async function* parseStatisticsTable(rows: TableRows, spec: TableSpec): AsyncGenerator<ParsedRow> {
  const first = await rows.next();
  if (first.done) throw new DataFileError('Filen är tom.');
  const header = first.value.cells;
  const periodColumns = header
    .map((h, i) => ({ i, p: parsePeriod(h) }))
    .filter((c): c is { i: number; p: { ok: true; period: string; year: number } } => c.p.ok);
  const wide = periodColumns.length > 0;
  const levelColumns = header.map((h, i) => ({ i, h: normaliseHeader(h) })).filter((c) => /^(nivå|niva|level) ?\d$/.test(c.h));
  const required: Field[] = ['area'];
  if (!wide) required.push('period', 'value');
  if (!spec.fixedSeries && levelColumns.length === 0) required.push('series');
  const { index } = mapColumns(header, spec.synonyms, required);
  const columnName = (i: number | undefined) => (i === undefined ? undefined : header[i]?.trim());
  const treeStack: string[] = [];

  for await (const { line, cells } of rows) {
    const issues: RowIssue[] = [];
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
    const issue = (i: number | undefined, message: string) => issues.push({ line, column: columnName(i), message });

    let series = spec.fixedSeries ?? '';
    if (!spec.fixedSeries) {
      if (levelColumns.length > 0 && index.series === undefined) {
        series = levelColumns.map((c) => cell(c.i).trim()).filter(Boolean).join(SEPARATOR);
      } else {
        const raw = cell(index.series);
        const path = spec.seriesIsTree ? pathOf(raw) : undefined;
        if (path) series = path.join(SEPARATOR);
        else if (spec.seriesIsTree && raw.trim()) {
          // Indented exports: two spaces (or a tab) per level below the one before.
          const depth = Math.floor(raw.replace(/\t/g, '  ').search(/\S/) / 2);
          treeStack.length = Math.min(depth, treeStack.length);
          treeStack.push(raw.trim());
          series = treeStack.join(SEPARATOR);
        } else series = raw.trim();
      }
      if (!series) issue(index.series ?? levelColumns[0]?.i, 'kategorin saknas');
    }

    const areaRaw = cell(index.area).trim();
    const match = matchArea(areaRaw);
    let areaCode = match?.code ?? '';
    const area = match?.name ?? areaRaw;
    if (!areaRaw) issue(index.area, 'området saknas');
    else if (!match && spec.areaMustBeMunicipality) issue(index.area, unknownAreaMessage(areaRaw));
    if (!match) areaCode = '';

    const values: { period: string; raw: string; column: number }[] = wide
      ? periodColumns.map((c) => ({ period: c.p.period, raw: cell(c.i), column: c.i }))
      : [{ period: '', raw: cell(index.value), column: index.value! }];
    if (!wide) {
      const p = parsePeriod(cell(index.period));
      if (p.ok) values[0]!.period = p.period;
      else issue(index.period, p.message);
    }
    const records: StatisticRecord[] = [];
    for (const v of values) {
      const n = spec.parseValue(v.raw);
      if (!n.ok) issue(v.column, n.message);
      else records.push({ kind: 'statistic', source: spec.source, series, areaCode, area, period: v.period, dimension: '', value: n.value, status: null });
    }
    if (issues.length > 0) yield { line, record: null, issues };
    else for (const record of records) yield { line, record, issues };
  }
}

export function parseBra(rows: TableRows): AsyncGenerator<ParsedRow> {
  return parseStatisticsTable(rows, {
    source: 'bra',
    synonyms: {
      series: ['brottskategori', 'brott', 'brottstyp', 'kategori', 'brottsrubrik'],
      area: ['region', 'kommun', 'område', 'kommunkod', 'gärningskommun'],
      period: ['år', 'period', 'tid', 'kvartal', 'månad', 'ar'],
      value: ['antal', 'anmälda brott', 'antal anmälda brott', 'antal brott', 'anmälningar'],
    },
    areaMustBeMunicipality: true,
    parseValue: parseCount,
    seriesIsTree: true,
  });
}

export function parseSurvey(rows: TableRows): AsyncGenerator<ParsedRow> {
  return parseStatisticsTable(rows, {
    source: 'survey',
    synonyms: {
      series: ['fråga', 'question', 'påstående', 'indikator', 'fraga'],
      area: ['område', 'area', 'kommun', 'stadsdel', 'omrade'],
      period: ['år', 'year', 'period', 'ar'],
      value: ['värde', 'value', 'andel', 'index', 'resultat', 'varde', 'andel (%)', 'problemindex'],
    },
    areaMustBeMunicipality: false,
    parseValue: parseSwedishNumber,
  });
}

export function parsePopulation(rows: TableRows): AsyncGenerator<ParsedRow> {
  return parseStatisticsTable(rows, {
    source: 'population',
    synonyms: {
      series: ['__none__'],
      area: ['region', 'kommun', 'kommunkod', 'område'],
      period: ['år', 'period', 'ar'],
      value: ['folkmängd', 'befolkning', 'antal', 'invånare', 'folkmangd'],
    },
    areaMustBeMunicipality: true,
    parseValue: parseCount,
    fixedSeries: 'Folkmängd',
  });
}
