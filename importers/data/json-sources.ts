import { matchArea, unknownAreaMessage } from './municipalities.js';
import { parsePeriod } from './periods.js';
import type { ParsedRow, RowIssue } from './records.js';
import { DataFileError, decodeText, type ByteSource } from './source-text.js';

/** JSON files are read whole; larger ones are not what these APIs return (Polisen: 500 events, Kolada: pages). */
export const MAX_JSON_BYTES = 200 * 1024 * 1024;

async function readJson(source: ByteSource, onBytes?: (n: number) => void): Promise<unknown> {
  let text = '';
  let size = 0;
  for await (const chunk of decodeText(source, (n) => {
    size += n;
    onBytes?.(n);
    if (size > MAX_JSON_BYTES) throw new DataFileError(`Filen är för stor för JSON-import (högst ${MAX_JSON_BYTES / 1024 / 1024} MB).`);
  })) {
    text += chunk;
  }
  const trimmed = text.trim();
  if (!trimmed) throw new DataFileError('Filen är tom.');
  try {
    return JSON.parse(trimmed);
  } catch {
    // Several pages saved one after the other, one JSON document per line (NDJSON).
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    try {
      return lines.map((l) => JSON.parse(l) as unknown);
    } catch (error) {
      throw new DataFileError(`Filen är inte giltig JSON: ${(error as Error).message}`);
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "2021-03-14 9:20:00 +01:00" (Polisen's form: hour not padded, space before the offset) or ISO 8601. */
export function parsePolisenDateTime(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', zone = '+01:00'] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = new Date(`${y}-${mo}-${d}T${h!.padStart(2, '0')}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function parseGps(raw: unknown): { latitude: number; longitude: number } | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  const latitude = Number(m[1]);
  const longitude = Number(m[2]);
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

/** The Polisen events API: a JSON list of { id, datetime, name, summary, url, type, location: { name, gps } }. */
export async function* parsePolisen(source: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<ParsedRow> {
  const data = await readJson(source, onBytes);
  const events = Array.isArray(data) && data.every(Array.isArray) ? data.flat() : data;
  if (!Array.isArray(events)) throw new DataFileError('Filen ska vara en lista med händelser från Polisens API (en JSON-lista, […]).');
  for (const [i, event] of events.entries()) {
    const line = i + 1;
    const issues: RowIssue[] = [];
    const issue = (column: string, message: string) => issues.push({ line, column, message });
    if (!isObject(event)) {
      yield { line, record: null, issues: [{ line, message: 'händelsen är inget JSON-objekt' }] };
      continue;
    }
    const id = event.id;
    if (!(typeof id === 'number' && Number.isInteger(id)) && !(typeof id === 'string' && id.trim())) issue('id', 'id saknas');
    const occurredAt = parsePolisenDateTime(event.datetime);
    if (!occurredAt) issue('datetime', `"${String(event.datetime ?? '')}" är ingen tidpunkt (väntat t.ex. 2021-03-14 9:20:00 +01:00)`);
    const type = typeof event.type === 'string' ? event.type.trim() : '';
    if (!type) issue('type', 'händelsetypen saknas');
    const location = isObject(event.location) ? event.location : undefined;
    const locationName = typeof location?.name === 'string' ? location.name.trim() : '';
    if (!locationName) issue('location.name', 'platsen saknas');
    const gps = location?.gps === undefined || location.gps === null || location.gps === '' ? undefined : parseGps(location.gps);
    if (location?.gps && !gps) issue('location.gps', `"${String(location.gps)}" är inga koordinater (väntat "lat,lng")`);
    if (issues.length > 0 || !occurredAt) {
      yield { line, record: null, issues };
      continue;
    }
    yield {
      line,
      issues,
      record: {
        kind: 'police-event',
        externalId: String(id),
        occurredAt,
        type,
        name: typeof event.name === 'string' ? event.name.trim() : type,
        summary: typeof event.summary === 'string' ? event.summary.trim() : '',
        url: typeof event.url === 'string' && event.url.trim() ? event.url.trim() : null,
        locationName,
        latitude: gps?.latitude ?? null,
        longitude: gps?.longitude ?? null,
        areaCode: matchArea(locationName)?.code ?? null,
      },
    };
  }
}

export interface KoladaPages {
  /** next_page (v2) or next_url (v3) of the last page in the file: more data exists than the file holds. */
  nextPage: string | null;
}

/**
 * Kolada's data responses, v2 and v3: { values: [{ kpi, municipality, period, values: [{ gender, count, status, value }] }] }
 * with next_page (v2) or next_url (v3); one page, a list of pages, or pages one per line. A missing value
 * (value null, status "Missing") is kept as no value, not as zero.
 */
export async function* parseKolada(source: ByteSource, onBytes?: (n: number) => void, pages?: KoladaPages): AsyncGenerator<ParsedRow> {
  const data = await readJson(source, onBytes);
  const pageList = Array.isArray(data) && data.every(isObject) && data.every((p) => Array.isArray(p.values)) ? data : [data];
  let line = 0;
  for (const page of pageList) {
    if (!isObject(page) || !Array.isArray(page.values)) {
      throw new DataFileError('Filen är inget svar från Koladas API: fältet "values" saknas.');
    }
    const next = page.next_url ?? page.next_page;
    if (pages) pages.nextPage = typeof next === 'string' && next ? next : null;
    for (const entry of page.values) {
      line += 1;
      const issues: RowIssue[] = [];
      const issue = (column: string, message: string) => issues.push({ line, column, message });
      if (!isObject(entry)) {
        yield { line, record: null, issues: [{ line, message: 'posten är inget JSON-objekt' }] };
        continue;
      }
      const kpi = typeof entry.kpi === 'string' ? entry.kpi.trim() : '';
      if (!/^[A-Z]\d{5}$/.test(kpi)) issue('kpi', `"${String(entry.kpi ?? '')}" är inget Kolada-nyckeltal (t.ex. N07403)`);
      const area = matchArea(typeof entry.municipality === 'number' ? String(entry.municipality).padStart(4, '0') : (entry.municipality as string | undefined));
      if (!area) issue('municipality', unknownAreaMessage(entry.municipality));
      const period = parsePeriod(entry.period as string | number | undefined);
      if (!period.ok) issue('period', period.message);
      const values = Array.isArray(entry.values) ? entry.values : undefined;
      if (!values) issue('values', 'värdena saknas');
      const records: ParsedRow['record'][] = [];
      for (const v of values ?? []) {
        if (!isObject(v)) {
          issue('values', 'ett värde är inget JSON-objekt');
          continue;
        }
        const gender = v.gender ?? 'T';
        if (gender !== 'T' && gender !== 'K' && gender !== 'M') issue('gender', `"${String(gender)}" är inget kön i Kolada (T, K eller M)`);
        const value = v.value === null || v.value === undefined ? null : typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : undefined;
        if (value === undefined) issue('value', `"${String(v.value)}" är inget tal`);
        const status = typeof v.status === 'string' && v.status.trim() ? v.status.trim() : null;
        if (area && period.ok && value !== undefined) {
          records.push({
            kind: 'statistic',
            source: 'kolada',
            series: kpi,
            areaCode: area.code,
            area: area.name,
            period: period.period,
            dimension: String(gender),
            value,
            status,
          });
        }
      }
      if (issues.length > 0) yield { line, record: null, issues };
      else for (const record of records) yield { line, record, issues };
    }
  }
}
