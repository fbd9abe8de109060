// Plan rows from tables with any column order and header wording (Vad, När, Samverkan, Ansvarig,
// Uppföljning, Åtgärd, Orsak, Vem, Aktivitet …) and from bullet lists under a plan heading; each row gets
// its frequency from the frequency engine.

import { parseFrequency } from '#domain/frequency/frequency.js';
import type { ExtractionPlanRow } from '#domain/extraction/extraction.js';
import { fieldOfHeader } from '#importers/plan-spreadsheet.js';
import type { Cell, Line, Span, Table } from '../blocks.js';

export interface PlanRowFound {
  row: ExtractionPlanRow;
  span: Span;
  whenSpan?: Span;
}

type Column = 'focusArea' | 'what' | 'when' | 'partners' | 'responsible' | 'followUp';

const EXTRA_HEADERS: Record<string, Column> = {
  'vad ska göras': 'what',
  'hur': 'what',
  'aktivitet/åtgärd': 'what',
  'åtgärd/aktivitet': 'what',
  'när/hur ofta': 'when',
  'tidsplan': 'when',
  'när och hur ofta': 'when',
  'samverkan med': 'partners',
  'samverkanspart': 'partners',
  'samverkansparter': 'partners',
  'vem ansvarar': 'responsible',
  'ansvarig part': 'responsible',
  'ansvariga': 'responsible',
  'uppföljning/mått': 'followUp',
  'hur följs det upp': 'followUp',
  'mätbart mål': 'followUp',
  'problem': 'focusArea',
  'prioriterat område': 'focusArea',
};

const FIELD_TO_COLUMN: Record<string, Column | undefined> = {
  focusArea: 'focusArea',
  what: 'what',
  whenText: 'when',
  partners: 'partners',
  responsible: 'responsible',
  followUpMeasure: 'followUp',
};

function columnOf(header: string): Column | undefined {
  const h = header.trim().toLowerCase().replace(/[.:*?]/g, '').replace(/\s+/g, ' ');
  if (h === '') return undefined;
  return EXTRA_HEADERS[h] ?? FIELD_TO_COLUMN[fieldOfHeader(h) ?? ''];
}

/** The columns of a header row, or undefined when the row is not a plan header. */
function headerColumns(cells: Cell[]): (Column | undefined)[] | undefined {
  const columns = cells.map((c) => columnOf(c.text));
  const otherField = cells[0] !== undefined && fieldOfHeader(cells[0].text) !== undefined;
  const known = columns.filter((c) => c !== undefined);
  if (known.length < 2 || !columns.includes('what')) return undefined;
  // "Social och situationell prevention | Vad | När …": an unnamed first column before Vad holds the focus area.
  if (!columns.includes('focusArea') && columns[0] === undefined && !otherField && cells[0]!.text.length > 0) columns[0] = 'focusArea';
  return columns;
}

const DASH_END = /[-–—]$/u;

/** Comma-separated items, outside parentheses. */
function splitCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** "Polis IFO Fritidsgård" → three items: a new item starts at a capital letter, unless inside parentheses or after a dash. */
function splitCapitals(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const out: string[] = [];
  let depth = 0;
  for (const word of words) {
    const previous = out[out.length - 1];
    const startsNew = depth === 0 && /^\p{Lu}/u.test(word) && !/^(?:Stad|Kommun|Region)$/u.test(word) && previous !== undefined && !DASH_END.test(previous) && !/\b(?:och|eller|samt|med|i|för)$/u.test(previous);
    if (previous === undefined || startsNew) out.push(word);
    else out[out.length - 1] = `${previous} ${word}`;
    depth += (word.match(/\(/g) ?? []).length - (word.match(/\)/g) ?? []).length;
  }
  return out;
}

/** "Kommunen och Polisen": two parties when both sides start with a capital letter. */
const splitAnd = (text: string) => text.split(/\s+(?:och|samt|&)\s+(?=\p{Lu})/u);

export function splitList(cell: Cell, lineWrapped = false): string[] {
  const parts = cell.parts.length > 0 && !lineWrapped ? cell.parts : [cell.text];
  return parts.flatMap(splitCommas).flatMap((p) => (/^\p{Lu}/u.test(p) ? splitAnd(p) : [p])).flatMap(splitCapitals).map((s) => s.replace(/[,;]$/u, '').trim()).filter((s) => s.length > 0);
}

function rowFromCells(cells: Cell[], columns: (Column | undefined)[], span: Span, lineWrapped: boolean): PlanRowFound | undefined {
  const get = (column: Column) => {
    const index = columns.indexOf(column);
    return index >= 0 ? cells[index] : undefined;
  };
  const what = get('what');
  if (!what || what.text.length === 0) return undefined;
  const when = get('when');
  const whenText = when && when.text.length > 0 ? when.text : null;
  const row: ExtractionPlanRow = {
    focusArea: get('focusArea')?.text || null,
    what: what.text,
    when: whenText,
    frequency: parseFrequency(whenText ?? ''),
    partners: get('partners') ? splitList(get('partners')!, lineWrapped) : [],
    responsible: get('responsible') ? splitList(get('responsible')!, lineWrapped) : [],
    followUp: get('followUp') ? splitList(get('followUp')!, lineWrapped) : [],
  };
  return { row, span, ...(when && whenText ? { whenSpan: { start: when.start, end: when.end } } : {}) };
}

export function rowsFromTables(tables: Table[]): PlanRowFound[] {
  const found: PlanRowFound[] = [];
  let columns: (Column | undefined)[] | undefined;
  for (const table of tables) {
    // A table split over pages continues with the previous header when it has as many columns.
    if (columns && table.rows[0] && table.rows[0].cells.length !== columns.length) columns = undefined;
    for (const row of table.rows) {
      const header = headerColumns(row.cells);
      if (header) {
        columns = header;
        continue;
      }
      if (!columns) continue;
      const planRow = rowFromCells(row.cells, columns, row.span, table.lineWrapped);
      if (planRow) found.push(planRow);
    }
  }
  return found;
}

const PLAN_HEADING = /aktiviteter|åtgärder|handlingsplan|genomförandeplan|aktivitetsplan|åtgärdsplan|insatser|så här gör vi|det här gör vi/iu;

/** Bullet items under a plan heading; a heading in between that is not a plan heading names the focus area. */
export function rowsFromLists(lines: Line[]): PlanRowFound[] {
  const found: PlanRowFound[] = [];
  let inPlan = false;
  let focusArea: string | null = null;
  for (const line of lines) {
    if (line.cells) continue;
    if (line.style === 'heading') {
      if (PLAN_HEADING.test(line.text)) {
        inPlan = true;
        focusArea = null;
      } else if (inPlan) focusArea = line.text.trim().replace(/:$/u, '');
      continue;
    }
    if (line.style === 'body') {
      if (!/:\s*$/u.test(line.text)) inPlan = inPlan && line.text.length < 200;
      continue;
    }
    if (!inPlan) continue;
    const what = line.text.trim();
    const frequency = parseFrequency(what);
    found.push({
      row: { focusArea, what, when: frequency.kind === 'unspecified' ? null : frequency.text, frequency, partners: [], responsible: [], followUp: [] },
      span: { start: line.start, end: line.end },
    });
  }
  return found;
}
