// Document import: bytes → blocks and tables (per file type) → laid-out text → Extraction with the
// offsets every field came from. The review UI shows `text` beside the fields and highlights `sources`.

import { extractionSchema, type Extraction } from '#domain/extraction/extraction.js';
import { layout, type Block } from './blocks.js';
import { detectKind, type FileKind } from './detect.js';
import { DocumentReadError, MAX_DOCUMENT_BYTES, cancelled } from './errors.js';
import { extract } from './extract/extract.js';
import { readText } from './text-reader.js';

export { DocumentReadError, MAX_DOCUMENT_BYTES } from './errors.js';

export interface ImportedDocument {
  extraction: Extraction;
  /** The document as plain text: blocks joined by '\n\n', a table row as one line with cells joined by ' | '. */
  text: string;
  /** Where fields came from: key is a dotted path ('validFrom', 'diarienummer', 'municipalities.0', 'signatories.1', 'focusAreas.2', 'commitments.0', 'planRows.3', 'planRows.3.when'); value is [start, end) offsets into `text`. */
  sources: Record<string, { start: number; end: number }>;
  fileKind: FileKind;
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** Called with (done, total) as the reader gets through the file (pages for a PDF). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

async function readBlocks(kind: FileKind, input: ImportInput): Promise<{ blocks: Block[]; warnings: string[] }> {
  switch (kind) {
    case 'text':
      return readText(input.bytes, input.fileName);
    case 'docx': {
      const { readDocx } = await import('./docx-reader.js');
      return readDocx(input.bytes, input.fileName, input.signal);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf-reader.js');
      return readPdf(input.bytes, input.fileName, input.onProgress, input.signal);
    }
  }
}

export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const { bytes, fileName } = input;
  if (bytes.byteLength === 0) throw new DocumentReadError('empty', `${fileName} är tom.`);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError('too-large', `${fileName} är för stor (högst ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB); dela upp dokumentet eller spara det utan bilder.`);
  }
  cancelled(input.signal);
  const fileKind = detectKind(bytes, fileName);
  const { blocks, warnings: readWarnings } = await readBlocks(fileKind, input).catch((err: unknown) => {
    if (err instanceof DocumentReadError) throw err;
    // A parser that trips over damaged content: the file is broken, not the importer.
    throw new DocumentReadError('corrupt', `${fileName} är trasig och kan inte läsas${fileKind === 'pdf' ? ' som PDF' : fileKind === 'docx' ? ' som Word-dokument' : ''}.`);
  });
  cancelled(input.signal);
  const doc = layout(blocks);
  if (doc.text.trim().length === 0) throw new DocumentReadError('empty', `${fileName} innehåller ingen text.`);
  const { extraction, sources } = extract(doc);
  extraction.warnings = [...readWarnings, ...(extraction.warnings ?? [])];
  input.onProgress?.(1, 1);
  return { extraction: extractionSchema.parse(extraction), text: doc.text, sources, fileKind };
}
