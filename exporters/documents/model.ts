// The neutral document model: what a document says, independent of DOCX or PDF.
// Builders turn data into a DocumentModel; render-docx.ts and render-pdf.ts draw it, so both formats
// always carry the same content.

export type StatusColour = 'green' | 'yellow' | 'red' | 'none';

/** A table cell: plain text, or a status word with its colour. */
export type Cell = string | { text: string; colour: StatusColour };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; emphasis?: 'bold' | 'italic' | 'muted' }
  | { type: 'bullets'; items: string[] }
  /** A two-column label/value block, like the metadata box at the top of the seeds. */
  | { type: 'facts'; rows: [label: string, value: string][] }
  /** widths: relative column widths (the same length as header). */
  | { type: 'table'; header: string[]; rows: Cell[][]; widths: number[] }
  /** One signature box per signatory, with place and date lines. */
  | { type: 'signatures'; signatories: { organisation: string; name: string; title: string; place: string; date: string }[] }
  /** A chart rendered on the server: SVG for PDF, PNG for DOCX (same picture). */
  | { type: 'chart'; svg: string; png: Buffer; width: number; height: number; alt: string }
  | { type: 'page-break' };

export interface DocumentModel {
  /** Document title (first heading and the file's properties). */
  title: string;
  /** E.g. "Samverkansöverenskommelse", "Uppföljning 2025"; shown under the title and as the subject property. */
  subject: string;
  /** The parties' names, shown in every page header. */
  parties: string[];
  /** Version, date and diarienummer, shown on the first page of every document. */
  stamp: { version: string; date: string; diarienummer: string };
  keywords: string[];
  /** Wide tables (plans) read better on landscape pages. */
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/** The words a document uses for a missing value. */
export const MISSING = '–';

export function orMissing(text: string | null | undefined): string {
  return text && text.trim() !== '' ? text : MISSING;
}

/** Markdown-ish section text → paragraphs and bullet lists (the agreement sections are stored as Markdown). */
export function textBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length > 0) blocks.push({ type: 'bullets', items: bullets });
    bullets = [];
  };
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (bullet) {
        bullets.push(bullet[1]!.replace(/\*\*/g, ''));
        continue;
      }
      flush();
      if (line === '') continue;
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) blocks.push({ type: 'heading', level: 3, text: heading[1]! });
      else blocks.push({ type: 'paragraph', text: line.replace(/\*\*/g, '') });
    }
    flush();
  }
  return blocks;
}

/** The stamp as the label/value rows both renderers print under the title. */
export function stampRows(model: DocumentModel): [string, string][] {
  return [
    ['Version', model.stamp.version],
    ['Datum', model.stamp.date],
    ['Diarienummer', orMissing(model.stamp.diarienummer)],
  ];
}
