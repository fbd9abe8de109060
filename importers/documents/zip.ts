// Reading named entries of a ZIP (a .docx) with explicit limits, so a zip bomb is refused before it is inflated.

import yauzl from 'yauzl';
import { DocumentReadError } from './errors.js';

export const ZIP_LIMITS = {
  /** A .docx has a few dozen entries; thousands means something else. */
  maxEntries: 1000,
  /** One XML part, inflated. */
  maxEntryBytes: 40 * 1024 * 1024,
  /** All the parts we read, inflated. */
  maxTotalBytes: 80 * 1024 * 1024,
  /** Inflated / compressed for an entry larger than 1 MB (text XML compresses ~10:1; a bomb ~1000:1). */
  maxRatio: 100,
};

const bomb = (fileName: string) =>
  new DocumentReadError('zip-bomb', `${fileName} packas upp till orimligt mycket data och har inte lästs (skydd mot zip-bomb).`);

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('zip')) : resolve(zip),
    );
  });
}

/** The inflated contents of the wanted entries that exist; throws DocumentReadError on a broken or oversized archive. */
export async function readZipEntries(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean, signal?: AbortSignal): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw new DocumentReadError('corrupt', `${fileName} är trasig och kan inte öppnas som Word-dokument.`);
  }
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    throw new DocumentReadError('zip-too-many-entries', `${fileName} innehåller för många delar (${zip.entryCount}) för att vara ett vanligt Word-dokument.`);
  }
  const result = new Map<string, Buffer>();
  let total = 0;
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => {
      zip.close();
      reject(err instanceof DocumentReadError ? err : new DocumentReadError('corrupt', `${fileName} är trasig och kan inte läsas som Word-dokument.`));
    };
    zip.on('error', fail);
    zip.on('end', () => resolve(result));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (signal?.aborted) return fail(new DocumentReadError('cancelled', 'Importen avbröts.'));
      if (!wanted(entry.fileName)) return zip.readEntry();
      const size = entry.uncompressedSize;
      const ratio = size / Math.max(1, entry.compressedSize);
      if (size > ZIP_LIMITS.maxEntryBytes || total + size > ZIP_LIMITS.maxTotalBytes || (size > 1024 * 1024 && ratio > ZIP_LIMITS.maxRatio)) {
        return fail(bomb(fileName));
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return fail(err);
        const chunks: Buffer[] = [];
        let read = 0;
        stream.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // validateEntrySizes stops a lying header too, but only at the end; stop as soon as the limit is passed.
          if (read > size || total + read > ZIP_LIMITS.maxTotalBytes) {
            stream.destroy();
            return fail(bomb(fileName));
          }
          chunks.push(chunk);
        });
        // yauzl's own check (validateEntrySizes) fires when an entry inflates past the size its header declares.
        stream.on('error', (e) => fail(/too many bytes/i.test(e.message) ? bomb(fileName) : e));
        stream.on('end', () => {
          total += read;
          result.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
