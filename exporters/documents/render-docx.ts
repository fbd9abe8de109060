import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageBreak,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { stampRows, type Block, type Cell, type DocumentModel } from './model.js';
import { statusPalette } from './status-words.js';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const FONT = 'Calibri';
const ACCENT = '1F3A5F';

/** Text with line breaks kept (a cell may hold "När" and the target on two lines). */
function runs(text: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...opts }));
}

function tableCell(c: Cell, widthPct: number, header = false): TableCell {
  const common = { width: { size: widthPct, type: WidthType.PERCENTAGE }, margins: { top: 40, bottom: 40, left: 80, right: 80 } };
  if (typeof c === 'string') {
    return new TableCell({
      ...common,
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E5EAF1', color: 'auto' } } : {}),
      children: [new Paragraph({ children: runs(c, { bold: header }) })],
    });
  }
  const p = statusPalette[c.colour];
  return new TableCell({
    ...common,
    shading: { type: ShadingType.CLEAR, fill: p.fill, color: 'auto' },
    children: [new Paragraph({ children: runs(c.text, { bold: c.colour !== 'none', color: p.text }) })],
  });
}

function table(header: Cell[] | null, rows: Cell[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const pct = widths.map((w) => Math.round((100 * w) / total));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => tableCell(h, pct[i] ?? 10, true)) })] : []),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => tableCell(c, pct[i] ?? 10)) })),
    ],
  });
}

function block(b: Block): FileChild[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(b.text, b.emphasis === 'bold' ? { bold: true } : b.emphasis === 'italic' ? { italics: true } : b.emphasis === 'muted' ? { color: '4B5563' } : {}),
        }),
      ];
    case 'bullets':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'facts':
      return [table(null, b.rows.map(([l, v]) => [l, v]), [1, 3]), new Paragraph('')];
    case 'table':
      return [table(b.header, b.rows, b.widths), new Paragraph('')];
    case 'signatures':
      if (b.signatories.length === 0) return [new Paragraph({ children: runs('Inga undertecknare angivna.', { color: '4B5563' }) })];
      return b.signatories.flatMap((s) => [
        new Paragraph({ keepNext: true, spacing: { before: 240 }, children: runs(`Ort: ${s.place || '________________'}      Datum: ${s.date || '________________'}`) }),
        new Paragraph({ keepNext: true, spacing: { before: 480 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } }, children: runs(s.name, { bold: true }) }),
        new Paragraph({ keepNext: true, children: runs(s.title) }),
        new Paragraph({ children: runs(s.organisation, { color: '4B5563' }) }),
      ]);
    case 'chart': {
      const width = Math.min(b.width, 600);
      return [
        new Paragraph({
          children: [
            new ImageRun({ type: 'png', data: b.png, transformation: { width, height: Math.round((b.height * width) / b.width) }, altText: { name: 'Diagram', title: 'Diagram', description: b.alt } }),
          ],
        }),
      ];
    }
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders the model as an editable Word document: real heading styles, header rows, page numbers, properties. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const parties = model.parties.join(' · ');
  const doc = new Document({
    creator: 'Samverkan',
    title: model.title,
    subject: model.subject,
    description: `${model.subject}. ${model.stamp.version}, ${model.stamp.date}.`,
    keywords: model.keywords.join(', '),
    lastModifiedBy: 'Samverkan',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, color: '111827' }, paragraph: { spacing: { after: 100 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: ACCENT } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading2: { run: { font: FONT, size: 27, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: '111827' }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { orientation: model.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(parties, { color: '4B5563' }) })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
                children: [
                  new TextRun({ text: `${model.title} · ${model.stamp.version}`, color: '4B5563', size: 16 }),
                  new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], color: '4B5563', size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
          new Paragraph({ children: runs(model.subject, { color: '374151' }) }),
          table(null, stampRows(model), [1, 3]),
          new Paragraph(''),
          ...model.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
