import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DataFileError, readCsv, type ByteSource, type CsvRecord } from './source-text.js';

/** The rows of a CSV or XLSX file as text cells with their line (row) number, streamed. */
export type TableRows = AsyncGenerator<CsvRecord>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function* readXlsx(source: ByteSource, onBytes?: (n: number) => void): TableRows {
  async function* counted(): AsyncGenerator<Uint8Array> {
    if (source instanceof Uint8Array) {
      onBytes?.(source.length);
      yield source;
      return;
    }
    for await (const chunk of source) {
      onBytes?.(chunk.length);
      yield chunk;
    }
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(counted()), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
        if (cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
      }
      return; // the first worksheet holds the data
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError(`Filen kan inte läsas som Excel-fil (.xlsx): ${(error as Error).message}`);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** CSV or XLSX by the file's first bytes (an .xlsx is a zip), not by its name. */
export async function readTable(source: ByteSource, onBytes?: (n: number) => void): Promise<TableRows> {
  if (source instanceof Uint8Array) {
    const isZip = ZIP_MAGIC.every((b, i) => source[i] === b);
    return isZip ? readXlsx(source, onBytes) : readCsv(source, onBytes);
  }
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (!first.done) yield head;
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
  }
  const isZip = ZIP_MAGIC.every((b, i) => head[i] === b);
  return isZip ? readXlsx(rest(), onBytes) : readCsv(rest(), onBytes);
}
