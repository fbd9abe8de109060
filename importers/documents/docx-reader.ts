// .docx: word/document.xml in body order — paragraphs with their style (heading, list item) and real tables
// whose cells keep their own paragraphs. Line breaks inside a paragraph are kept ("Name<br/>Title").

import { XMLParser } from 'fast-xml-parser';
import type { Block, ParagraphStyle } from './blocks.js';
import { DocumentReadError } from './errors.js';
import { readZipEntries } from './zip.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: false });

const nameOf = (node: Node) => Object.keys(node).find((k) => k !== ':@') ?? '';
const childrenOf = (node: Node): Node[] => {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as Node[]) : [];
};
const attr = (node: Node, name: string): string | undefined => (node[':@'] as Record<string, string> | undefined)?.[name];

function textOf(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '#text') out += String(node['#text']);
    else if (name === 'w:tab') out += ' ';
    else if (name === 'w:br' || name === 'w:cr') out += '\n';
    else if (name === 'w:t' || name === 'w:r' || name === 'w:hyperlink' || name === 'w:ins' || name === 'w:smartTag' || name === 'w:sdt' || name === 'w:sdtContent' || name === 'w:fldSimple') {
      out += textOf(childrenOf(node));
    }
    // w:del (deleted text), w:instrText (field codes), drawings and comments are not document text.
  }
  return out;
}

function styleOf(paragraph: Node): ParagraphStyle {
  const pPr = childrenOf(paragraph).find((n) => nameOf(n) === 'w:pPr');
  if (!pPr) return 'body';
  const props = childrenOf(pPr);
  const styleId = props.find((n) => nameOf(n) === 'w:pStyle');
  const id = styleId ? (attr(styleId, 'w:val') ?? '') : '';
  if (/heading|rubrik|title|titel|berschrift/iu.test(id)) return 'heading';
  if (props.some((n) => nameOf(n) === 'w:numPr') || /list|liststycke|bullet|punkt/iu.test(id)) return 'list';
  if (props.some((n) => nameOf(n) === 'w:outlineLvl')) return 'heading';
  return 'body';
}

function paragraphText(paragraph: Node): string {
  return textOf(childrenOf(paragraph).filter((n) => nameOf(n) !== 'w:pPr'))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Every paragraph inside a cell, nested tables included, in order. */
function cellParagraphs(cell: Node): string[] {
  const out: string[] = [];
  for (const node of childrenOf(cell)) {
    const name = nameOf(node);
    if (name === 'w:p') {
      const text = paragraphText(node);
      if (text) out.push(...text.split('\n'));
    } else if (name === 'w:tbl' || name === 'w:tr' || name === 'w:tc' || name === 'w:sdt' || name === 'w:sdtContent') out.push(...cellParagraphs(node));
  }
  return out;
}

function bodyBlocks(nodes: Node[], blocks: Block[]): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:p') {
      const text = paragraphText(node);
      if (text) blocks.push({ kind: 'paragraph', text, style: styleOf(node) });
    } else if (name === 'w:tbl') {
      const rows = childrenOf(node)
        .filter((n) => nameOf(n) === 'w:tr')
        .map((tr) => childrenOf(tr).filter((n) => nameOf(n) === 'w:tc').map(cellParagraphs))
        .filter((row) => row.some((cell) => cell.length > 0));
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
    } else if (name === 'w:sdt' || name === 'w:sdtContent' || name === 'w:customXml') bodyBlocks(childrenOf(node), blocks);
  }
}

function find(nodes: Node[], name: string): Node | undefined {
  return nodes.find((n) => nameOf(n) === name);
}

export async function readDocx(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<{ blocks: Block[]; warnings: string[] }> {
  const entries = await readZipEntries(bytes, fileName, (name) => name === 'word/document.xml' || name === '[Content_Types].xml', signal);
  const xml = entries.get('word/document.xml');
  if (!xml) {
    const what = entries.has('[Content_Types].xml') ? 'ett Office-dokument men inte ett Word-dokument' : 'en ZIP-fil, inte ett Word-dokument';
    throw new DocumentReadError('not-docx', `${fileName} är ${what}.`);
  }
  let tree: Node[];
  try {
    tree = parser.parse(xml.toString('utf8')) as Node[];
  } catch {
    throw new DocumentReadError('corrupt', `${fileName} är trasig: dokumentets text kan inte läsas.`);
  }
  const body = find(childrenOf(find(tree, 'w:document') ?? {}), 'w:body');
  if (!body) throw new DocumentReadError('corrupt', `${fileName} är trasig: dokumentet saknar innehåll.`);
  const blocks: Block[] = [];
  bodyBlocks(childrenOf(body), blocks);
  if (blocks.length === 0) throw new DocumentReadError('empty', `${fileName} innehåller ingen text.`);
  return { blocks, warnings: [] };
}
