// Bad input: every case ends in a DocumentReadError with one Swedish line, never a crash, and memory stays bounded.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { robotoDir, robotoFiles } from '#exporters/documents/fonts.js';
import { DocumentReadError, importDocument, MAX_DOCUMENT_BYTES } from './pipeline.js';
import { fixturesDir } from './test-set.js';
import { ZIP_LIMITS } from './zip.js';

/** A minimal deflated ZIP; `declaredSize` lets an entry lie about its inflated size, as a crafted bomb does. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const documentXml = (body: string) =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);

async function failure(bytes: Uint8Array, fileName: string): Promise<DocumentReadError> {
  try {
    await importDocument({ bytes, fileName });
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentReadError);
    const e = err as DocumentReadError;
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error(`${fileName} lästes utan fel`);
}

describe('bad input gives one clear Swedish line', { timeout: 60_000 }, () => {
  it('a corrupt Word file (a ZIP cut off half-way)', async () => {
    const docx = readFileSync(path.join(fixturesDir, '108_nacka-samverkansoverenskommelse.docx'));
    const e = await failure(docx.subarray(0, docx.length / 2), 'avtal.docx');
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe('avtal.docx är trasig och kan inte öppnas som Word-dokument.');
  });

  it('a corrupt PDF', async () => {
    const pdf = readFileSync(path.join(fixturesDir, '102_mora-orsa-alvdalen-samverkansoverenskommelse.pdf'));
    const e = await failure(Buffer.concat([pdf.subarray(0, 400), Buffer.alloc(2000, 0x41)]), 'avtal.pdf');
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe('avtal.pdf är trasig och kan inte öppnas som PDF.');
  });

  it('a ZIP that is not a Word document', async () => {
    const e = await failure(zip([{ name: 'bild.txt', data: Buffer.from('hej') }]), 'avtal.docx');
    expect(e.message).toBe('avtal.docx är en ZIP-fil, inte ett Word-dokument.');
  });

  it('an encrypted PDF (qpdf --encrypt)', async () => {
    const e = await failure(readFileSync(path.join(fixturesDir, 'bad', 'encrypted.pdf')), 'hemlig.pdf');
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('hemlig.pdf är lösenordsskyddad; spara en kopia utan lösenord och försök igen.');
  });

  it('a file over the size limit, before it is parsed', async () => {
    const e = await failure(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'stor.pdf');
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('stor.pdf är för stor (högst 20 MB); dela upp dokumentet eller spara det utan bilder.');
  });

  it('a .docx zip bomb: a part that inflates a thousandfold', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const before = process.memoryUsage().rss;
    const e = await failure(bomb, 'bomb.docx');
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toBe('bomb.docx packas upp till orimligt mycket data och har inte lästs (skydd mot zip-bomb).');
    expect(process.memoryUsage().rss - before).toBeLessThan(ZIP_LIMITS.maxEntryBytes);
  });

  it('a .docx zip bomb that lies about its size is stopped while inflating', async () => {
    const lying = zip([{ name: 'word/document.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    const e = await failure(lying, 'bomb.docx');
    expect(e.code).toBe('zip-bomb');
  });

  it('a ZIP with thousands of entries', async () => {
    const many = zip(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('a') })));
    const e = await failure(many, 'manga.docx');
    expect(e.code).toBe('zip-too-many-entries');
  });

  it('a scanned PDF with no text layer', async () => {
    const png = new PNG({ width: 40, height: 40 });
    png.data.fill(0x80);
    pdfmake.setFonts({ Roboto: robotoFiles });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => file.startsWith(robotoDir));
    const scanned = await pdfmake.createPdf({ content: [{ image: `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`, width: 400 }] }).getBuffer();
    const e = await failure(scanned, 'skannad.pdf');
    expect(e.code).toBe('no-text-layer');
    expect(e.message).toBe('skannad.pdf är en skannad PDF utan textlager; kör textigenkänning (OCR) på den och försök igen.');
  });

  it('a file with the wrong extension that is no document at all', async () => {
    const png = new PNG({ width: 2, height: 2 });
    const e = await failure(PNG.sync.write(png), 'avtal.pdf');
    expect(e.message).toBe('avtal.pdf är en bild (PNG), inte ett dokument; importera dokumentet som .docx, PDF eller text.');
    const binary = await failure(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]), 'avtal.txt');
    expect(binary.message).toBe('avtal.txt är varken Word (.docx), PDF eller text och kan inte importeras.');
    const doc = await failure(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'avtal.docx');
    expect(doc.message).toBe('avtal.docx är ett äldre Word-dokument (.doc); spara det som .docx eller PDF och försök igen.');
  });

  it('an empty file and a Word document without text', async () => {
    expect((await failure(new Uint8Array(0), 'tom.txt')).message).toBe('tom.txt är tom.');
    expect((await failure(zip([{ name: 'word/document.xml', data: documentXml('<w:p/>') }]), 'tom.docx')).code).toBe('empty');
  });

  it('damaged bytes anywhere in a PDF or a Word file: read, or refused with a DocumentReadError', async () => {
    let seed = 20261123;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const name of ['102_mora-orsa-alvdalen-samverkansoverenskommelse.pdf', '108_nacka-samverkansoverenskommelse.docx']) {
      const original = readFileSync(path.join(fixturesDir, name));
      for (let k = 0; k < 15; k++) {
        const bytes = Buffer.from(original);
        for (let j = 0; j < 20; j++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const outcome = await importDocument({ bytes, fileName: name }).then(
          () => 'read',
          (err: unknown) => (err instanceof DocumentReadError && !err.message.includes('\n') ? 'refused' : err),
        );
        expect(['read', 'refused']).toContain(outcome);
      }
    }
  });
});
