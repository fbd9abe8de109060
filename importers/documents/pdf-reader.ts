// .pdf: text items with their positions (pdfjs-dist) → lines (same baseline) → segments (split at wide gaps)
// → paragraphs, list items, and tables / two-column signature blocks rebuilt from the x positions of the segments.

import type { Block } from './blocks.js';
import { DocumentReadError } from './errors.js';

/** A longer document than this is not an agreement or a plan. */
export const MAX_PDF_PAGES = 300;

interface Item {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface PdfLine {
  y: number;
  size: number;
  segments: Segment[];
  /** Vertical distance from the line above on the same page (Infinity at the top of a page). */
  gap: number;
}

const BULLET = /^[•·▪◦●\-–*]$/u;

function toLines(items: Item[]): PdfLine[] {
  const sorted = items.filter((i) => i.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) <= Math.max(2, row[0]!.size * 0.4)) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  let previousY: number | undefined;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.size));
    const segments: Segment[] = [];
    for (const item of row) {
      const last = segments[segments.length - 1];
      const gap = last ? item.x - last.end : Infinity;
      if (last && (gap < size * 0.6 || BULLET.test(last.text.trim()))) {
        last.text += (gap > size * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ')) || BULLET.test(last.text.trim()) ? ` ${item.text}` : item.text;
        last.end = Math.max(last.end, item.x + item.width);
      } else segments.push({ x: item.x, end: item.x + item.width, text: item.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    const y = row[0]!.y;
    lines.push({ y, size, segments: segments.filter((s) => s.text.length > 0), gap: previousY === undefined ? Infinity : previousY - y });
    previousY = y;
  }
  return lines;
}

/** Column starts of a table region; a line fits when each segment stays inside one column. */
function fits(line: PdfLine, starts: number[], tolerance: number): boolean {
  return line.segments.every((s) => {
    const column = columnOf(s.x, starts, tolerance);
    const next = starts[column + 1];
    return Math.abs(s.x - starts[column]!) <= tolerance * 4 && (next === undefined || s.end <= next + tolerance);
  });
}

function columnOf(x: number, starts: number[], tolerance: number): number {
  let column = 0;
  starts.forEach((start, i) => {
    if (x >= start - tolerance) column = i;
  });
  return column;
}

function tableBlock(region: PdfLine[], starts: number[], tolerance: number): Block {
  const spacing = Math.min(...region.slice(1).map((l) => l.gap), Infinity);
  const rows: string[][][] = [];
  for (const [i, line] of region.entries()) {
    // Lines of one cell follow at the line spacing; a new row starts after a wider gap.
    if (i === 0 || line.gap > spacing * 1.25 || !Number.isFinite(line.gap)) rows.push(starts.map(() => []));
    const row = rows[rows.length - 1]!;
    for (const s of line.segments) row[columnOf(s.x, starts, tolerance)]!.push(s.text);
  }
  // Each line stays a part (a name above a title); `lineWrapped` tells readers of the cell that lines may be wrapped text.
  return { kind: 'table', rows, lineWrapped: true };
}

function blocksOf(lines: PdfLine[], bodySize: number, left: number, right: number): Block[] {
  const blocks: Block[] = [];
  /** A line that reaches the right margin continues on the next line. */
  const wraps = (line: PdfLine) => (line.segments[line.segments.length - 1]?.end ?? 0) > right - line.size * 4;
  const single = (line: PdfLine | undefined): line is PdfLine => line !== undefined && line.segments.length === 1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const tolerance = line.size * 0.5;
    if (line.segments.length >= 2) {
      const starts = line.segments.map((s) => s.x);
      const region = [line];
      let j = i + 1;
      while (j < lines.length && lines[j]!.gap <= lines[j]!.size * 3 && fits(lines[j]!, starts, tolerance)) {
        const next = lines[j]!;
        if (next.segments.length > starts.length || Math.abs(next.size - line.size) > 0.5) break;
        // A line alone in the first column after a wide gap is text after the table, not a new row.
        if (starts.length > 1 && next.segments.length === 1 && next.gap > next.size * 1.4 && columnOf(next.segments[0]!.x, starts, tolerance) === 0 && region[region.length - 1]!.segments.length > 1) break;
        region.push(next);
        j++;
      }
      blocks.push(tableBlock(region, starts, tolerance));
      i = j;
      continue;
    }
    const first = line.segments[0]!;
    const text = first.text;
    const bullet = /^[•·▪◦●\-–*]\s+/u.exec(text);
    // pdfmake and Word draw bullets as shapes: an indented line is a list item too.
    if (bullet || (first.x > left + 6 && line.size <= bodySize * 1.15)) {
      let item = bullet ? text.slice(bullet[0].length) : text;
      const x = bullet ? first.x + 2 : first.x - 1;
      let j = i + 1;
      let previous = line;
      while (single(lines[j]) && wraps(previous) && lines[j]!.gap <= lines[j]!.size * 1.6 && lines[j]!.segments[0]!.x > x && !/^[•·▪◦●\-–*]\s/u.test(lines[j]!.segments[0]!.text)) {
        previous = lines[j]!;
        item += ` ${previous.segments[0]!.text}`;
        j++;
      }
      blocks.push({ kind: 'paragraph', text: item, style: 'list' });
      i = j;
      continue;
    }
    if (line.size > bodySize * 1.15) {
      let heading = text;
      let j = i + 1;
      while (single(lines[j]) && Math.abs(lines[j]!.size - line.size) < 0.5 && lines[j]!.gap <= line.size * 1.6) heading += ` ${lines[j++]!.segments[0]!.text}`;
      blocks.push({ kind: 'paragraph', text: heading, style: 'heading' });
      i = j;
      continue;
    }
    // A paragraph: following lines of the same size at the line spacing, not a new bullet, list item or table.
    const parts = [text];
    let j = i + 1;
    let previous = line;
    while (j < lines.length) {
      const next = lines[j]!;
      if (!single(next) || Math.abs(next.size - line.size) > 0.5 || next.gap > line.size * 1.6 || /^[•·▪◦●\-–*]\s/u.test(next.segments[0]!.text) || next.segments[0]!.x > left + 6) break;
      // Running text continues the line; short separate lines (a name, then a title) stay lines.
      if (wraps(previous)) parts[parts.length - 1] += ` ${next.segments[0]!.text}`;
      else parts.push(next.segments[0]!.text);
      previous = next;
      j++;
    }
    const joined = parts.map((part) => part.replace(/(\p{L})- (\p{Ll})/gu, '$1$2')).join('\n');
    const only = parts.length === 1 && text.length <= 90 && !/[.,;:]$/.test(text);
    blocks.push({ kind: 'paragraph', text: joined, style: only && line.gap > line.size * 1.8 ? 'heading' : 'body' });
    i = j;
  }
  return blocks;
}

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ blocks: Block[]; warnings: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the buffer it is given; hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new DocumentReadError('encrypted', `${fileName} är lösenordsskyddad; spara en kopia utan lösenord och försök igen.`);
    throw new DocumentReadError('corrupt', `${fileName} är trasig och kan inte öppnas som PDF.`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new DocumentReadError('too-many-pages', `${fileName} har ${pdf.numPages} sidor; högst ${MAX_PDF_PAGES} kan importeras.`);
    const pages: PdfLine[][] = [];
    const brokenPages: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      if (signal?.aborted) throw new DocumentReadError('cancelled', 'Importen avbröts.');
      try {
        const page = await pdf.getPage(p);
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const [a, b, , d, x, y] = raw.transform as number[];
          const size = Math.hypot(a!, b!) || Math.abs(d!) || raw.height;
          items.push({ x: x!, y: y!, width: raw.width, size, text: raw.str });
        }
        pages.push(toLines(items));
        page.cleanup();
      } catch {
        // A damaged page is skipped; the reviewer is told which.
        brokenPages.push(p);
      }
      onProgress?.(p, pdf.numPages);
    }
    const all = pages.flat();
    if (brokenPages.length === pdf.numPages) throw new DocumentReadError('corrupt', `${fileName} är trasig och kan inte öppnas som PDF.`);
    if (all.length === 0) {
      throw new DocumentReadError('no-text-layer', `${fileName} är en skannad PDF utan textlager; kör textigenkänning (OCR) på den och försök igen.`);
    }
    const sizes = all.map((l) => l.size).sort((a, b) => a - b);
    const bodySize = sizes[Math.floor(sizes.length / 2)]!;
    const left = Math.min(...all.flatMap((l) => l.segments.map((s) => s.x)));
    const right = Math.max(...all.flatMap((l) => l.segments.map((s) => s.end)));
    const warnings = brokenPages.length > 0 ? [`Sidan ${brokenPages.join(', ')} i PDF-filen är trasig och har hoppats över.`] : [];
    return { blocks: pages.flatMap((lines) => blocksOf(lines, bodySize, left, right)), warnings };
  } finally {
    await pdf.destroy();
  }
}
