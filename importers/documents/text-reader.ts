// .txt / .md: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), then
// paragraphs from blank lines, list items from bullets, tables from tab-separated or |-separated rows.

import type { Block, ParagraphBlock } from './blocks.js';
import { DocumentReadError } from './errors.js';

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

const BULLET = /^\s*(?:[-*•–·▪◦●]|\d{1,2}[.)])\s+/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+/;
const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function tableCells(line: string): string[] | undefined {
  if (line.includes('\t')) return line.split('\t');
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2) return t.slice(1, -1).split('|');
  return undefined;
}

/** A short line on its own that does not end a sentence reads as a heading. */
function styleOf(lines: string[]): ParagraphBlock['style'] {
  const only = lines.length === 1 ? lines[0]!.trim() : '';
  return only.length > 0 && only.length <= 90 && !/[.,;]$/.test(only) ? 'heading' : 'body';
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: string[][][] | undefined;
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n'), style: styleOf(paragraph) });
    paragraph = [];
  };
  const flushTable = () => {
    if (table && table.length > 0) blocks.push({ kind: 'table', rows: table });
    table = undefined;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      flushParagraph();
      flushTable();
      continue;
    }
    const cells = tableCells(line);
    if (cells) {
      flushParagraph();
      if (MD_RULE.test(line)) continue;
      (table ??= []).push(cells.map((c) => [c.trim()]));
      continue;
    }
    flushTable();
    if (BULLET.test(line)) {
      flushParagraph();
      blocks.push({ kind: 'paragraph', text: line.replace(BULLET, '').trim(), style: 'list' });
      continue;
    }
    if (MD_HEADING.test(line)) {
      flushParagraph();
      blocks.push({ kind: 'paragraph', text: line.replace(MD_HEADING, '').replace(/\*\*/g, '').trim(), style: 'heading' });
      continue;
    }
    paragraph.push(line.replace(/\*\*/g, '').trim());
  }
  flushParagraph();
  flushTable();
  return blocks;
}

export function readText(bytes: Uint8Array, fileName: string): { blocks: Block[]; warnings: string[] } {
  const { text, encoding } = decodeText(bytes);
  const blocks = textToBlocks(text);
  if (blocks.length === 0) throw new DocumentReadError('empty', `${fileName} innehåller ingen text.`);
  const warnings = encoding === 'Windows-1252' ? ['Filen var inte UTF-8; den lästes som Windows-1252.'] : [];
  return { blocks, warnings };
}
