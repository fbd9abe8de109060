import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePolisenDateTime } from './json-sources.js';
import { matchArea } from './municipalities.js';
import { parseCount, parseSwedishNumber } from './numbers.js';
import { parseDataFile } from './parse-data-file.js';
import { parsePeriod } from './periods.js';
import type { DataSource, ParsedRow } from './records.js';
import { DataFileError } from './source-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

async function parse(source: DataSource, bytes: Uint8Array | AsyncIterable<Uint8Array>): Promise<ParsedRow[]> {
  const rows: ParsedRow[] = [];
  for await (const row of parseDataFile(source, bytes)) rows.push(row);
  return rows;
}

async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('numbers, periods and areas as Swedish files write them', () => {
  it.each([
    ['12', 12],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['3,75', 3.75],
    ['3.75', 3.75],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['−4', -4],
    ['..', null],
    ['', null],
    ['–', null],
  ])('%j is %j', (raw, value) => {
    expect(parseSwedishNumber(raw)).toEqual({ ok: true, value });
  });

  it('refuses text and a count that is not a whole number', () => {
    expect(parseSwedishNumber('tolv').ok).toBe(false);
    expect(parseSwedishNumber('12 st').ok).toBe(false);
    expect(parseCount('2,5')).toEqual({ ok: false, message: expect.stringContaining('inte ett antal') });
    expect(parseCount('-1').ok).toBe(false);
  });

  it.each([
    ['2023', '2023'],
    ['2023K1', '2023K1'],
    ['2023 kv 2', '2023K2'],
    ['Q3 2023', '2023K3'],
    ['2023M03', '2023-03'],
    ['2023-3', '2023-03'],
    ['mars 2023', '2023-03'],
    ['okt 2024', '2024-10'],
  ])('period %j is %j', (raw, period) => {
    expect(parsePeriod(raw)).toMatchObject({ ok: true, period });
  });

  it.each(['2023K5', '2023-13', '1066', 'förra året', ''])('period %j is refused', (raw) => {
    expect(parsePeriod(raw).ok).toBe(false);
  });

  it('matches municipalities by code, name, "kommun", genitive and code with name; the country as 0000', () => {
    expect(matchArea('2417')).toEqual({ code: '2417', name: 'Norsjö' });
    expect(matchArea('norsjö')?.code).toBe('2417');
    expect(matchArea('Norsjö kommun')?.code).toBe('2417');
    expect(matchArea('Norsjös kommun')?.code).toBe('2417');
    expect(matchArea('0114 Upplands Väsby')?.code).toBe('0114');
    expect(matchArea(114)?.code).toBe('0114');
    expect(matchArea('Malung-Sälen')?.code).toBe('2023');
    expect(matchArea('Riket')?.code).toBe('0000');
    expect(matchArea('Atlantis')).toBeUndefined();
    expect(matchArea('9999')).toBeUndefined();
  });
});

describe('Polisen events', () => {
  const event = (over: Record<string, unknown> = {}) => ({
    id: 412345,
    datetime: '2021-03-14 9:20:00 +01:00',
    name: '14 mars 09:20, Trafikolycka, Norsjö',
    summary: 'Singelolycka på väg 370.',
    url: '/aktuellt/handelser/2021/mars/14/14-mars-0920-trafikolycka-norsjo/',
    type: 'Trafikolycka',
    location: { name: 'Norsjö', gps: '64.911658,19.48192' },
    ...over,
  });

  it('reads the non-ISO datetime, the gps string and the municipality', async () => {
    const rows = await parse('polisen', utf8(JSON.stringify([event(), event({ id: 2, datetime: '2021-07-01 23:05:00 +02:00', location: { name: 'Västerbottens län', gps: '64.75,20.95' } })])));
    expect(rows.map((r) => r.issues)).toEqual([[], []]);
    expect(rows[0]!.record).toMatchObject({ externalId: '412345', occurredAt: '2021-03-14T08:20:00.000Z', latitude: 64.911658, longitude: 19.48192, areaCode: '2417', type: 'Trafikolycka' });
    expect(rows[1]!.record).toMatchObject({ occurredAt: '2021-07-01T21:05:00.000Z', areaCode: null });
  });

  it('parses the time forms the API and people use', () => {
    expect(parsePolisenDateTime('2021-03-14 09:20:00 +01:00')).toBe('2021-03-14T08:20:00.000Z');
    expect(parsePolisenDateTime('2021-03-14T9:20:00+0100')).toBe('2021-03-14T08:20:00.000Z');
    expect(parsePolisenDateTime('2021-03-14 9:20')).toBe('2021-03-14T08:20:00.000Z');
    expect(parsePolisenDateTime('14 mars 09:20')).toBeUndefined();
  });

  it('reports each bad event by its position and field, and a repeated id', async () => {
    const rows = await parse('polisen', utf8(JSON.stringify([event(), event({ id: 7, datetime: 'igår' }), event({ id: 8, location: { name: 'Norsjö', gps: 'nära kyrkan' } }), event()])));
    expect(rows[1]!.issues).toEqual([{ line: 2, column: 'datetime', message: expect.stringContaining('"igår" är ingen tidpunkt') }]);
    expect(rows[2]!.issues[0]).toMatchObject({ line: 3, column: 'location.gps' });
    expect(rows[3]!.issues[0]!.message).toContain('upprepar rad 1');
  });

  it('refuses a file that is not a list of events', async () => {
    await expect(parse('polisen', utf8('{"events": 1}'))).rejects.toThrow(DataFileError);
    await expect(parse('polisen', utf8('inte json'))).rejects.toThrow('inte giltig JSON');
    await expect(parse('polisen', utf8(''))).rejects.toThrow('tom');
  });
});

describe('Kolada', () => {
  const entry = (municipality: string, period: number, values: unknown[]) => ({ kpi: 'N07403', municipality, period, values });
  const v3 = {
    values: [
      entry('2417', 2022, [
        { gender: 'T', count: 1, status: '', value: 512.3 },
        { gender: 'K', count: 1, status: '', value: 401 },
        { gender: 'M', count: 1, status: '', value: 620.9 },
      ]),
      entry('0000', 2022, [{ gender: 'T', count: 1, status: '', value: 900.1 }]),
      entry('2417', 2023, [{ gender: 'T', count: 0, status: 'Missing', value: null }]),
    ],
    next_url: 'https://api.kolada.se/v3/data/kpi/N07403/municipality/2417?page=2',
  };

  it('reads v3 with the gender split, the country, and a missing value as no value', async () => {
    const rows = await parse('kolada', utf8(JSON.stringify(v3)));
    expect(rows.every((r) => r.issues.length === 0)).toBe(true);
    expect(rows.map((r) => r.record && 'dimension' in r.record ? `${r.record.areaCode} ${r.record.period} ${r.record.dimension} ${r.record.value}` : '')).toEqual([
      '2417 2022 T 512.3',
      '2417 2022 K 401',
      '2417 2022 M 620.9',
      '0000 2022 T 900.1',
      '2417 2023 T null',
    ]);
    expect(rows[4]!.record).toMatchObject({ status: 'Missing' });
  });

  it('reads v2 (count, next_page) and several pages one per line, and says when more pages exist', async () => {
    const v2 = { count: 1, values: [entry('2417', 2021, [{ gender: 'T', count: 1, status: '', value: 480 }])], next_page: 'http://api.kolada.se/v2/data/kpi/N07403?page=2' };
    const kolada = { nextPage: null as string | null };
    const rows: ParsedRow[] = [];
    for await (const r of parseDataFile('kolada', utf8(`${JSON.stringify(v2)}\n${JSON.stringify({ ...v3, next_url: null })}\n`), { kolada })) rows.push(r);
    expect(rows).toHaveLength(6);
    expect(kolada.nextPage).toBeNull();
    const single = { nextPage: null as string | null };
    for await (const _ of parseDataFile('kolada', utf8(JSON.stringify(v2)), { kolada: single })) void _;
    expect(single.nextPage).toContain('page=2');
  });

  it('reports an unknown municipality, a bad KPI and a value that is not a number', async () => {
    const rows = await parse('kolada', utf8(JSON.stringify({ values: [entry('9999', 2022, [{ gender: 'T', value: 1 }]), { ...entry('2417', 2022, [{ gender: 'X', value: 'mycket' }]), kpi: 'brott' }] })));
    expect(rows[0]!.issues.map((i) => i.column)).toEqual(['municipality']);
    expect(rows[1]!.issues.map((i) => i.column)).toEqual(['kpi', 'gender', 'value']);
  });
});

describe('Brå reported crime (CSV and XLSX)', () => {
  const csv = [
    'Brottskategori;Region;År;Antal;Antal per 100 000 inv',
    'Samtliga brott;Norsjö;2023;312;7 411',
    'Samtliga brott › Brott mot brottsbalken;Norsjö;2023;250;5 938',
    'Samtliga brott > Brott mot brottsbalken > 3-7 kap. Brott mot person;2417 Norsjö;2023;41;974',
    'Samtliga brott;Riket;2023;1 480 000;14 100',
  ].join('\r\n');

  it('reads long form with the category tree as a path, codes and names, thousands separators', async () => {
    const rows = await parse('bra', utf8(csv));
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows.map((r) => r.record)).toEqual([
      expect.objectContaining({ series: 'Samtliga brott', areaCode: '2417', period: '2023', value: 312 }),
      expect.objectContaining({ series: 'Samtliga brott › Brott mot brottsbalken', value: 250 }),
      expect.objectContaining({ series: 'Samtliga brott › Brott mot brottsbalken › 3-7 kap. Brott mot person', areaCode: '2417', value: 41 }),
      expect.objectContaining({ areaCode: '0000', value: 1480000 }),
    ]);
  });

  it('reads wide form (one column per year) with indented categories, in Windows-1252', async () => {
    const wide = ['Brott,Region,2021,2022,2023', 'Samtliga brott,Norsjö,290,301,312', '  Brott mot person,Norsjö,35,38,41', '    Misshandel,Norsjö,20,..,24', '  Skadegörelse,Norsjö,60,55,50'].join('\n');
    const rows = await parse('bra', latin1(wide));
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.record && 'series' in r.record && r.record.series)).toContain('Samtliga brott › Brott mot person › Misshandel');
    expect(rows.map((r) => r.record && 'series' in r.record && r.record.series)).toContain('Samtliga brott › Skadegörelse');
    expect(rows.find((r) => r.record && 'series' in r.record && r.record.series.endsWith('Misshandel') && r.record.period === '2022')!.record).toMatchObject({ value: null });
  });

  it('reads UTF-8 with BOM, streamed in tiny chunks that split å ä ö', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]);
    const rows = await parse('bra', inChunks(bytes, 7));
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows[0]!.record).toMatchObject({ area: 'Norsjö' });
  });

  it('gives one clear message per bad row: unknown municipality, bad period, decimals as a count, empty cells, a duplicate', async () => {
    const bad = [
      'Brottskategori;Region;År;Antal',
      'Samtliga brott;Norsjö;2023;312',
      'Samtliga brott;Gotham;2023;5',
      'Samtliga brott;Norsjö;förra året;5',
      'Samtliga brott;Skellefteå;2023;4,5',
      ';Skellefteå;2023;4',
      'Samtliga brott;Norsjö;2023;312',
    ].join('\n');
    const rows = await parse('bra', utf8(bad));
    expect(rows.map((r) => r.issues.map((i) => `${i.line}:${i.column ?? ''}`))).toEqual([[], ['3:Region'], ['4:År'], ['5:Antal'], ['6:Brottskategori'], ['7:']]);
    expect(rows[1]!.issues[0]!.message).toContain('"Gotham" är ingen av Sveriges 290 kommuner');
  });

  it('names the missing columns and the columns the file has', async () => {
    await expect(parse('bra', utf8('Kategori;Plats;Antal\nx;y;1'))).rejects.toThrow('Kolumn saknas: "region", "år". Filen har kolumnerna "Kategori", "Plats", "Antal".');
  });

  it('stops on a file that mixes encodings instead of garbling å ä ö', async () => {
    const head = utf8(`Brottskategori;Region;År;Antal\n${'Samtliga brott;Norsjö;2023;1\n'.repeat(12000)}`);
    const tail = latin1('Samtliga brott;Skellefteå;2023;1\n');
    const bytes = new Uint8Array([...head, ...tail]);
    expect(head.length).toBeGreaterThan(256 * 1024);
    await expect(parse('bra', inChunks(bytes, 64 * 1024))).rejects.toThrow('blandar teckenkodningar');
  });

  it('reads the same table from an Excel file, by content not by name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Anmälda brott');
    sheet.addRow(['Brottskategori', 'Region', 'År', 'Antal']);
    sheet.addRow(['Samtliga brott', 'Norsjö', 2023, 312]);
    sheet.addRow(['Samtliga brott › Skadegörelse', '2417', '2023K2', 14]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const rows = await parse('bra', bytes);
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows.map((r) => r.record)).toEqual([
      expect.objectContaining({ series: 'Samtliga brott', period: '2023', value: 312 }),
      expect.objectContaining({ series: 'Samtliga brott › Skadegörelse', period: '2023K2', value: 14 }),
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });
});

describe('surveys and population', () => {
  it('reads survey values with decimal commas for any named area', async () => {
    const rows = await parse('survey', utf8('Fråga;Område;Värde;År\n"Känner dig trygg ute ensam sent en kväll?";Centrum;71,5;2024\nProblemindex;Norsjö;1,8;2024\n'));
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows[0]!.record).toMatchObject({ source: 'survey', series: 'Känner dig trygg ute ensam sent en kväll?', area: 'Centrum', areaCode: '', value: 71.5 });
    expect(rows[1]!.record).toMatchObject({ areaCode: '2417', value: 1.8 });
  });

  it('reads SCB population in wide form with "code name" regions', async () => {
    const rows = await parse('population', utf8('"region","2022","2023"\n"2417 Norsjö","4 092","4 061"\n"0114 Upplands Väsby","47 820","48 171"\n'));
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
    expect(rows.map((r) => r.record && 'value' in r.record ? `${r.record.series} ${r.record.areaCode} ${r.record.period} ${r.record.value}` : '')).toEqual([
      'Folkmängd 2417 2022 4092',
      'Folkmängd 2417 2023 4061',
      'Folkmängd 0114 2022 47820',
      'Folkmängd 0114 2023 48171',
    ]);
  });
});
