import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';

export interface Sheet {
  name: string;
  columns: readonly { key: string; header: string; width: number }[];
  rows: Record<string, string | number | null>[];
}

/** An .xlsx workbook with a bold, frozen header row and filters, as people expect from Excel. */
export async function toXlsx(sheets: Sheet[], meta: { title: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkan';
  workbook.title = meta.title;
  for (const sheet of sheets) {
    // Excel limits sheet names to 31 characters and forbids some characters.
    const ws = workbook.addWorksheet(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ key: c.key, header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * CSV for Swedish Excel: semicolon-separated, UTF-8 with a byte-order mark (so å ä ö open right),
 * and cells that start with = + - @ prefixed with ' so a spreadsheet never runs them as formulas.
 */
export function toCsv(sheet: Sheet): Buffer {
  const safe = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  const text = stringify([sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => sheet.columns.map((c) => safe(r[c.key] ?? null)))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(text, 'utf8')]);
}
