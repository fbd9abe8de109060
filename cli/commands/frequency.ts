// `samverkan frequency "PHRASE"` prints the parsed Frequency as one line of JSON.
// `samverkan frequency --stdin` reads one phrase per line and prints one JSON line per phrase,
// in the same order (CRLF and a UTF-8 BOM are handled; an empty line gives unspecified with text '').

import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseFrequency } from '../../domain/frequency/frequency.js';

export interface FrequencyCommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = [
  'Användning:',
  '  samverkan frequency "FRAS"      tolkar en tidsangivelse, t.ex. "Minst 10 kontroller per månad"',
  '  samverkan frequency --stdin     läser en fras per rad från standard in',
  '',
  'Skriver ut en JSON-rad per fras med kind, count, unit, interval, atLeast och text.',
  '',
].join('\n');

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

function toLine(phrase: string): string {
  return `${JSON.stringify(parseFrequency(phrase))}\n`;
}

async function fromStdin(io: FrequencyCommandIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (first && line.startsWith('\uFEFF')) line = line.slice(1);
    first = false;
    await write(io.stdout, toLine(line));
  }
  return 0;
}

export async function frequencyCommand(args: string[], io: FrequencyCommandIo): Promise<number> {
  const separator = args.indexOf('--');
  const options = separator === -1 ? args : args.slice(0, separator);
  const afterSeparator = separator === -1 ? [] : args.slice(separator + 1);

  if (options.includes('--help') || options.includes('-h')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  const unknown = options.find((arg) => arg.startsWith('-') && arg !== '--stdin' && arg.length > 1);
  if (unknown !== undefined) {
    await write(io.stderr, `Okänd flagga: ${unknown}\n\n${USAGE}`);
    return 2;
  }

  const phraseWords = [...options.filter((arg) => arg !== '--stdin'), ...afterSeparator];
  const useStdin = options.includes('--stdin');
  if (useStdin && phraseWords.length > 0) {
    await write(io.stderr, `Ange antingen en fras eller --stdin, inte båda.\n\n${USAGE}`);
    return 2;
  }
  if (useStdin) return fromStdin(io);
  if (phraseWords.length === 0) {
    await write(io.stderr, `Ingen fras angiven.\n\n${USAGE}`);
    return 2;
  }
  await write(io.stdout, toLine(phraseWords.join(' ')));
  return 0;
}
