import pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { robotoDir, robotoFiles } from './fonts.js';
import { stampRows, type Block, type Cell, type DocumentModel } from './model.js';
import { statusPalette } from './status-words.js';

pdfmake.setFonts({ Roboto: robotoFiles });
// Documents never load anything from the network, and only the bundled fonts from disk.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => file.startsWith(robotoDir));

const ACCENT = '#1F3A5F';
/** The style of the page header and footer. */
const FURNITURE = 'furniture';

function cell(c: Cell, header = false): TableCell {
  if (typeof c === 'string') return header ? { text: c, style: 'tableHeader' } : { text: c };
  const p = statusPalette[c.colour];
  return { text: c.text, fillColor: `#${p.fill}`, color: `#${p.text}`, bold: c.colour !== 'none' };
}

function block(b: Block): Content {
  switch (b.type) {
    case 'heading':
      return { text: b.text, style: `h${b.level}`, headlineLevel: b.level };
    case 'paragraph':
      return { text: b.text, margin: [0, 0, 0, 6], ...(b.emphasis === 'bold' ? { bold: true } : b.emphasis === 'italic' ? { italics: true } : b.emphasis === 'muted' ? { color: '#4B5563' } : {}) };
    case 'bullets':
      return { ul: b.items, margin: [0, 0, 0, 8] };
    case 'facts':
      return {
        table: { widths: ['auto', '*'], body: b.rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]) },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 12],
      };
    case 'table': {
      const total = b.widths.reduce((x, y) => x + y, 0);
      return {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: b.widths.map((w) => `${(100 * w) / total}%`), body: [b.header.map((h) => cell(h, true)), ...b.rows.map((r) => r.map((c) => cell(c)))] },
        layout: { hLineColor: () => '#9CA3AF', vLineColor: () => '#9CA3AF', fillColor: (row: number) => (row === 0 ? '#E5EAF1' : null) },
        fontSize: 9,
        margin: [0, 0, 0, 12],
      };
    }
    case 'signatures':
      return {
        columns: b.signatories.length === 0 ? [{ text: 'Inga undertecknare angivna.', color: '#4B5563' }] : b.signatories.map((s) => ({
          stack: [
            { text: `Ort: ${s.place || '________________'}`, margin: [0, 0, 0, 4] },
            { text: `Datum: ${s.date || '________________'}`, margin: [0, 0, 0, 28] },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 180, y2: 0, lineWidth: 0.7 }] },
            { text: s.name, bold: true, margin: [0, 4, 0, 0] },
            { text: s.title },
            { text: s.organisation, color: '#4B5563' },
          ],
          margin: [0, 8, 12, 16],
        })),
        columnGap: 16,
      };
    case 'chart':
      return { svg: b.svg, width: Math.min(b.width, 480), margin: [0, 4, 0, 12] };
    case 'page-break':
      return { text: '', pageBreak: 'after' };
  }
}

/** Renders the model to PDF with embedded Roboto, the parties in the header and "Sida x av y" in the footer. */
export async function renderPdf(model: DocumentModel, opts: { createdAt: Date }): Promise<Buffer> {
  const header = model.parties.join(' · ');
  const doc = pdfmake.createPdf({
    pageSize: 'A4',
    pageOrientation: model.orientation,
    pageMargins: [48, 56, 48, 52],
    info: { title: model.title, subject: model.subject, author: header, creator: 'Samverkan', keywords: model.keywords.join(', '), creationDate: opts.createdAt, modDate: opts.createdAt },
    language: 'sv-SE',
    header: () => ({ text: header, alignment: 'right', style: FURNITURE, margin: [48, 24, 48, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${model.title} · ${model.stamp.version}`, style: FURNITURE },
        { text: `Sida ${page} av ${pages}`, alignment: 'right', style: FURNITURE },
      ],
      style: FURNITURE,
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: model.title, style: 'title' },
      { text: model.subject, style: 'subtitle' },
      { table: { widths: ['auto', '*'], body: stampRows(model).map(([l, v]) => [{ text: l, bold: true }, v]) }, layout: 'noBorders', fontSize: 9, margin: [0, 0, 0, 14] },
      ...model.blocks.map(block),
    ],
    // A heading is never left alone at the foot of a page: when what follows it (a chart, a table) moves on, it moves too.
    // (The page's header and footer are among the following nodes; they carry the style "furniture".)
    pageBreakBefore: (node, nodes) => node.headlineLevel !== undefined && !nodes.getFollowingNodesOnPage().some((n) => n.style !== FURNITURE),
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: '#111827' },
    styles: {
      title: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 12, color: '#374151', margin: [0, 0, 0, 10] },
      h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      h2: { fontSize: 13.5, bold: true, color: ACCENT, margin: [0, 12, 0, 5] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
      tableHeader: { bold: true, color: '#111827' },
      [FURNITURE]: { fontSize: 8, color: '#4B5563' },
    },
  });
  return doc.getBuffer();
}
