// Reading produced documents in tests: the DOCX as its XML parts, the PDF as text and as a PNG of a page
// compared with a stored reference (UPDATE_REFERENCES=1 rewrites the references).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import yauzl from 'yauzl';

const run = promisify(execFile);

/** Every part of a DOCX (a zip) as text, by path ("word/document.xml", "word/footer1.xml" …). */
export async function docxParts(data: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(data, { lazyEntries: true }, (err, z) => (err || !z ? reject(err) : resolve(z))));
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

/** The visible text of a WordprocessingML part (w:t runs, one paragraph per line). */
export function docxText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '<w:t>\n</w:t>')
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

function tempFile(name: string, data: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'samverkan-doc-')), name);
  writeFileSync(file, data);
  return file;
}

/** pdftotext (poppler-utils), reading order. */
export async function pdfText(data: Buffer): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', tempFile('doc.pdf', data), '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

export async function pdfPageCount(data: Buffer): Promise<number> {
  const { stdout } = await run('pdfinfo', [tempFile('doc.pdf', data)]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/** Page `page` rendered at 40 dpi by pdftoppm. */
export async function pdfPagePng(data: Buffer, page = 1): Promise<Buffer> {
  const file = tempFile('doc.pdf', data);
  const out = path.join(path.dirname(file), 'page');
  await run('pdftoppm', ['-r', '40', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  return readFileSync(`${out}.png`);
}

export const referenceDir = path.resolve(import.meta.dirname, 'fixtures/documents');

/** Share of pixels that may differ from the reference (dates, version numbers and font hinting move a few). */
export const PIXEL_TOLERANCE = 0.01;

/**
 * Compares a rendered page with tests/fixtures/documents/NAME.png. With UPDATE_REFERENCES=1 the reference
 * is written instead. Returns the share of differing pixels.
 */
export function compareWithReference(name: string, png: Buffer): { ratio: number; updated: boolean; sizeMatches: boolean } {
  const file = path.join(referenceDir, `${name}.png`);
  if (process.env.UPDATE_REFERENCES === '1') {
    writeFileSync(file, png);
    return { ratio: 0, updated: true, sizeMatches: true };
  }
  if (!existsSync(file)) throw new Error(`Reference ${file} is missing; run the test with UPDATE_REFERENCES=1 to write it.`);
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(file));
  if (actual.width !== expected.width || actual.height !== expected.height) return { ratio: 1, updated: false, sizeMatches: false };
  const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
  return { ratio: differing / (actual.width * actual.height), updated: false, sizeMatches: true };
}
