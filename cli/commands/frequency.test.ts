import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { frequencyCommand } from './frequency.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

async function run(args: string[], input?: string | Buffer): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  if (input !== undefined) stdin.end(input);
  else stdin.end();
  const code = await frequencyCommand(args, { stdin, stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

describe('frequency command', () => {
  it('prints one JSON line for a phrase argument', async () => {
    const result = await run(['Minst 10 kontroller per månad']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      kind: 'periodic', count: 10, unit: 'month', interval: 1, atLeast: true, text: 'Minst 10 kontroller per månad',
    });
  });

  it('joins unquoted words into one phrase and accepts -- before a phrase', async () => {
    expect(JSON.parse((await run(['var', 'tredje', 'vecka'])).stdout)).toMatchObject({ unit: 'week', interval: 3 });
    expect(JSON.parse((await run(['--', '-', '2 ggr/år'])).stdout)).toMatchObject({ count: 2, unit: 'year' });
  });

  it('reads one phrase per line from stdin, in order, with CRLF, a BOM and empty lines', async () => {
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Vid behov\r\n2 ggr/år\r\n\r\nVar tredje vecka\nUnder riskhelger', 'utf8'),
    ]);
    const result = await run(['--stdin'], input);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(jsonLines(result.stdout)).toStrictEqual([
      { kind: 'on-demand', text: 'Vid behov' },
      { kind: 'periodic', count: 2, unit: 'year', interval: 1, atLeast: false, text: '2 ggr/år' },
      { kind: 'unspecified', text: '' },
      { kind: 'periodic', count: 1, unit: 'week', interval: 3, atLeast: false, text: 'Var tredje vecka' },
      { kind: 'occasion', text: 'Under riskhelger' },
    ]);
  });

  it('streams many lines without losing or reordering any', async () => {
    const phrases = Array.from({ length: 5000 }, (_, k) => `${(k % 9) + 1} ggr per år`);
    const result = await run(['--stdin'], `${phrases.join('\n')}\n`);
    const counts = jsonLines(result.stdout).map((line) => (line as { count: number }).count);
    expect(counts).toStrictEqual(phrases.map((_, k) => (k % 9) + 1));
  });

  it('prints nothing for empty stdin', async () => {
    expect(await run(['--stdin'], '')).toStrictEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints a Swedish usage message and exits 2 without a phrase', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Användning:');
    expect(result.stderr).toContain('--stdin');
  });

  it('rejects unknown flags and a phrase together with --stdin', async () => {
    expect((await run(['--bogus'])).code).toBe(2);
    const both = await run(['--stdin', 'Vid behov'], 'x\n');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Användning:');
  });

  it('prints usage on stdout for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Användning:');
  });
});
