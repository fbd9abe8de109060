// The reader-independent shape of a document: paragraphs (with a style) and tables (rows of cells, each
// cell a list of paragraphs). Every reader produces blocks; `layout` turns them into the plain text shown
// to the reviewer with the offsets the extraction rules point into.

export type ParagraphStyle = 'heading' | 'list' | 'body';

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  style: ParagraphStyle;
}

export interface TableBlock {
  kind: 'table';
  /** rows → cells → the paragraphs of a cell. */
  rows: string[][][];
  /** Set when a cell's parts are lines of a page (PDF), so one paragraph may run over several parts. */
  lineWrapped?: boolean;
}

export type Block = ParagraphBlock | TableBlock;

export interface Span {
  start: number;
  end: number;
}

/** One line of the laid-out text (a paragraph may hold several lines; a table row is one line). */
export interface Line extends Span {
  text: string;
  style: ParagraphStyle;
  /** Index of the block the line belongs to; lines of one paragraph share it. */
  block: number;
  /** Set for a table row. */
  cells?: Cell[];
}

export interface Cell extends Span {
  text: string;
  parts: string[];
}

export interface Table {
  block: number;
  lineWrapped: boolean;
  rows: { cells: Cell[]; span: Span }[];
}

export interface LaidOut {
  text: string;
  lines: Line[];
  tables: Table[];
}

export function normaliseSpace(text: string): string {
  return text.replace(/[\u00A0\u2007\u202F\t ]+/g, ' ').trim();
}

/** Blocks joined by a blank line; a table row is one line with its cells joined by ' | '. */
export function layout(blocks: readonly Block[]): LaidOut {
  let text = '';
  const lines: Line[] = [];
  const tables: Table[] = [];
  blocks.forEach((block, index) => {
    if (text.length > 0) text += '\n\n';
    if (block.kind === 'paragraph') {
      block.text.split('\n').forEach((raw, i) => {
        if (i > 0) text += '\n';
        const start = text.length;
        text += raw;
        lines.push({ text: raw, start, end: text.length, style: block.style, block: index });
      });
      return;
    }
    const table: Table = { block: index, lineWrapped: block.lineWrapped === true, rows: [] };
    block.rows.forEach((row, r) => {
      if (r > 0) text += '\n';
      const rowStart = text.length;
      const cells: Cell[] = row.map((parts, c) => {
        if (c > 0) text += ' | ';
        const clean = parts.map(normaliseSpace).filter((p) => p.length > 0);
        const start = text.length;
        text += clean.join(' ');
        return { text: clean.join(' '), parts: clean, start, end: text.length };
      });
      const span = { start: rowStart, end: text.length };
      lines.push({ text: text.slice(rowStart), start: rowStart, end: text.length, style: 'body', block: index, cells });
      table.rows.push({ cells, span });
    });
    tables.push(table);
  });
  return { text, lines, tables };
}
