import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseFrequency, type Frequency } from '#domain/frequency/frequency.js';
import { preventionLevelLabels, preventionTypeLabels } from '#exporters/plan-columns.js';

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_PLAN_ROWS = 2000;

/** Header words as Swedish plans write them, mapped to our fields (lower-case, without punctuation). */
const headerSynonyms: Record<string, string[]> = {
  focusArea: ['fokusområde', 'fokusomrade', 'område', 'fokus', 'prioriterat område'],
  what: ['vad', 'aktivitet', 'åtgärd', 'atgard', 'insats', 'aktiviteter', 'åtgärder'],
  whenText: ['när', 'nar', 'frekvens', 'tidpunkt', 'när/hur ofta'],
  partners: ['samverkan', 'samverkanspartner', 'samverkanspartners', 'med vem', 'partner'],
  responsible: ['ansvarig', 'vem', 'ansvar', 'huvudansvarig'],
  followUpMeasure: ['uppföljning', 'uppfoljning', 'uppföljningsmått', 'mått', 'indikator'],
  cause: ['orsak', 'orsaker'],
  operativeGoal: ['operativt mål', 'operativa mål', 'mål'],
  preventionType: ['preventionstyp', 'typ av prevention', 'prevention'],
  preventionLevel: ['preventionsnivå', 'nivå'],
  startDate: ['start', 'startdatum', 'från'],
  endDate: ['slut', 'slutdatum', 'till'],
};

function normaliseHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[.:*]/g, '').replace(/\s+/g, ' ');
}

export function fieldOfHeader(header: string): string | undefined {
  const h = normaliseHeader(header);
  return Object.entries(headerSynonyms).find(([, words]) => words.includes(h))?.[0];
}

export interface CellError {
  column: string;
  message: string;
}

export interface ImportedActivity {
  focusArea: string | null;
  what: string;
  whenText: string;
  frequency: Frequency;
  partners: string[];
  responsible: string;
  followUpMeasure: string;
  cause: string;
  operativeGoal: string;
  preventionType: 'social' | 'situational' | null;
  preventionLevel: 'universal' | 'selective' | 'indicated' | null;
  startDate: string | null;
  endDate: string | null;
}

/** What a row says, as text (cut to 300 characters), so a preview can show rows that could not be read. */
export interface RowCells {
  focusArea: string;
  what: string;
  whenText: string;
}

export interface ImportRow {
  /** The line in the file (the header is line 1). */
  line: number;
  cells: RowCells;
  activity: ImportedActivity | null;
  errors: CellError[];
}

export interface PlanImport {
  rows: ImportRow[];
  /** Columns in the file that were not recognised and were left out. */
  ignoredColumns: string[];
}

export class SpreadsheetError extends Error {}

const reverse = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([k, v]) => [String(v).toLowerCase(), k as T]));
const typeByLabel = reverse(preventionTypeLabels);
const levelByLabel = reverse(preventionLevelLabels);

/** Dates as people type them: 2025-01-31, 31/1 2025, 31.1.2025, or an Excel date cell. */
function parseDate(raw: string): string | null | undefined {
  const v = raw.trim();
  if (!v) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[ .](\d{4})$/.exec(v);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function iso(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const textCell = z.string().max(2000, 'Texten är för lång (högst 2000 tecken).');

function validateRow(line: number, cells: Record<string, string>): ImportRow {
  const errors: CellError[] = [];
  const get = (field: string) => (cells[field] ?? '').trim();
  const what = get('what');
  if (!what) errors.push({ column: 'Vad', message: 'Aktiviteten saknar text i kolumnen Vad.' });
  for (const [field, column] of [
    ['what', 'Vad'],
    ['cause', 'Orsak'],
    ['operativeGoal', 'Operativt mål'],
    ['followUpMeasure', 'Uppföljning'],
    ['responsible', 'Ansvarig'],
  ] as const) {
    if (!textCell.safeParse(get(field)).success) errors.push({ column, message: 'Texten är för lång (högst 2000 tecken).' });
  }
  const whenText = get('whenText');
  if (whenText.length > 500) errors.push({ column: 'När', message: 'Texten är för lång (högst 500 tecken).' });
  const typeRaw = get('preventionType').toLowerCase();
  const preventionType = typeRaw ? (typeByLabel.get(typeRaw) ?? null) : null;
  if (typeRaw && !preventionType) errors.push({ column: 'Preventionstyp', message: `"${get('preventionType')}" är ingen preventionstyp. Ange Social eller Situationell.` });
  const levelRaw = get('preventionLevel').toLowerCase();
  const preventionLevel = levelRaw ? (levelByLabel.get(levelRaw) ?? null) : null;
  if (levelRaw && !preventionLevel) errors.push({ column: 'Preventionsnivå', message: `"${get('preventionLevel')}" är ingen nivå. Ange Universell, Selektiv eller Indikerad.` });
  const startDate = parseDate(get('startDate'));
  const endDate = parseDate(get('endDate'));
  if (startDate === undefined) errors.push({ column: 'Start', message: `"${get('startDate')}" är inget datum. Skriv ÅÅÅÅ-MM-DD.` });
  if (endDate === undefined) errors.push({ column: 'Slut', message: `"${get('endDate')}" är inget datum. Skriv ÅÅÅÅ-MM-DD.` });
  if (startDate && endDate && startDate > endDate) errors.push({ column: 'Slut', message: 'Slutdatum ligger före startdatum.' });
  const partners = get('partners')
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (partners.length > 30) errors.push({ column: 'Samverkan', message: 'Högst 30 samverkansparter per aktivitet.' });
  const shown: RowCells = { focusArea: get('focusArea').slice(0, 300), what: what.slice(0, 300), whenText: whenText.slice(0, 300) };
  if (errors.length > 0) return { line, cells: shown, activity: null, errors };
  return {
    line,
    cells: shown,
    errors,
    activity: {
      focusArea: get('focusArea') || null,
      what,
      whenText,
      frequency: parseFrequency(whenText),
      partners,
      responsible: get('responsible'),
      followUpMeasure: get('followUpMeasure'),
      cause: get('cause'),
      operativeGoal: get('operativeGoal'),
      preventionType,
      preventionLevel,
      startDate: startDate ?? null,
      endDate: endDate ?? null,
    },
  };
}

function fromTable(table: string[][]): PlanImport {
  const [header, ...body] = table;
  if (!header || header.every((h) => !h.trim())) throw new SpreadsheetError('Filen saknar rubrikrad. Första raden ska ha kolumnnamn som Vad, När, Ansvarig.');
  const fields = header.map((h) => fieldOfHeader(h));
  if (!fields.includes('what')) {
    throw new SpreadsheetError(`Kolumnen Vad (eller Aktivitet/Åtgärd) saknas. Hittade kolumnerna: ${header.filter(Boolean).join(', ')}.`);
  }
  const ignoredColumns = header.filter((h, i) => h.trim() && !fields[i]);
  if (body.length > MAX_PLAN_ROWS) throw new SpreadsheetError(`Filen har ${body.length} rader; högst ${MAX_PLAN_ROWS} går att läsa in på en gång.`);
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return; // blank lines are not rows
    const record: Record<string, string> = {};
    fields.forEach((f, col) => {
      if (f && record[f] === undefined) record[f] = cells[col] ?? '';
    });
    rows.push(validateRow(i + 2, record));
  });
  return { rows, ignoredColumns };
}

function decodeText(data: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(data).replace(/^\uFEFF/, '');
  } catch {
    // Older Excel saves CSV as Windows-1252.
    return new TextDecoder('windows-1252').decode(data);
  }
}

function readCsv(data: Buffer): string[][] {
  const text = decodeText(data);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new SpreadsheetError(`CSV-filen kunde inte läsas${line ? ` (rad ${line})` : ''}: kontrollera citattecknen.`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('Excel-filen kunde inte öppnas. Den kan vara skadad eller lösenordsskyddad; spara den på nytt som .xlsx.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('Excel-filen har inget kalkylblad.');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    table[n - 1] = values.map(cellText);
  });
  return Array.from(table, (r) => r ?? []);
}

/** Reads a plan table from .xlsx or .csv; every row is checked, nothing is written here. */
export async function readPlanSpreadsheet(data: Buffer): Promise<PlanImport> {
  if (data.length === 0) throw new SpreadsheetError('Filen är tom.');
  if (data.length > MAX_PLAN_FILE_BYTES) throw new SpreadsheetError('Filen är för stor (högst 5 MB).');
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  return fromTable(isZip ? await readXlsx(data) : readCsv(data));
}
