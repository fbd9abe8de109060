import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A data file as bytes in memory or as a stream of chunks (a large upload, a file read from disk). */
export type ByteSource = Uint8Array | AsyncIterable<Uint8Array>;

/** A problem with the file as a whole (not one row), in Swedish. */
export class DataFileError extends Error {}

async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else for await (const chunk of source) yield chunk;
}

const SNIFF_BYTES = 256 * 1024;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Text from bytes, chunk by chunk: UTF-8 with or without BOM, else Windows-1252 (what Excel on Swedish
 * Windows saves as "CSV"). The encoding is chosen from the first 256 kB; a later byte sequence that is not
 * UTF-8 in a file that began as UTF-8 stops the import with a message rather than turning å ä ö into garbage.
 */
export async function* decodeText(source: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const iterator = chunksOf(source)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headSize += next.value.length;
  }
  let first = concat(head);
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) first = first.subarray(3);
  else {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    } catch {
      encoding = 'windows-1252';
    }
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new DataFileError('Filen blandar teckenkodningar: den börjar som UTF-8 men har senare tecken i en annan kodning. Spara om den som UTF-8 och försök igen.');
    }
  };
  onBytes?.(headSize);
  yield decode(first, true);
  if (!done) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      onBytes?.(next.value.length);
      yield decode(next.value, true);
    }
  }
  const rest = decode(new Uint8Array(0), false);
  if (rest) yield rest;
}

/** One record of a delimited file, with its line number in the file (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

function delimiterOf(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ';';
}

/**
 * The records of a CSV file (semicolon, comma or tab separated, chosen from the header line), streamed.
 * Quoted cells may hold separators and line breaks; empty lines are skipped.
 */
export async function* readCsv(source: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<CsvRecord> {
  const text = decodeText(source, onBytes);
  const first = await text.next();
  if (first.done || !first.value.trim()) throw new DataFileError('Filen är tom.');
  const firstLine = first.value.split(/\r?\n/, 1)[0] ?? '';
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* text;
  }
  const parser = parse({ delimiter: delimiterOf(firstLine), relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true });
  const input = Readable.from(all());
  // pipe() does not pass errors on: a decoding error must end the parse, not leave it waiting.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const line = (error as { lines?: number }).lines;
    throw new DataFileError(`Filen kan inte läsas som CSV${line ? ` (rad ${line})` : ''}: ${(error as Error).message}`);
  }
}
