import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samverkan } from '#tests/cli.js';

describe('bin/samverkan data import', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverkan-cli-data-'));

  it('imports a Brå file, is idempotent, and refuses a file with a bad row without importing anything', async () => {
    const seeded = await samverkan(['seed', 'demo', '--json'], dataDir);
    const collaborationId = (JSON.parse(seeded.stdout) as { collaborations: { id: string }[] }).collaborations[0]!.id;
    const good = path.join(dataDir, 'bra.csv');
    writeFileSync(good, 'Brottskategori;Region;År;Antal\nSamtliga brott;Norsjö;2023;312\nSamtliga brott › Skadegörelse;Norsjö;2023;50\n');
    const args = (file: string, ...more: string[]) => ['data', 'import', file, '--collaboration', collaborationId, '--source', 'bra', ...more];

    const first = await samverkan(args(good), dataDir);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 2, skipped: 0, errors: [] });
    const again = await samverkan(args(good), dataDir);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 2, skipped: 0 });

    const bad = path.join(dataDir, 'bad.csv');
    writeFileSync(bad, 'Brottskategori;Region;År;Antal\nSamtliga brott;Norsjö;2022;290\nSamtliga brott;Narnia;2022;3\n');
    const refused = await samverkan(args(bad), dataDir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ imported: 0, errors: [{ line: 3, column: 'Region', message: expect.stringContaining('"Narnia"') }] });
    expect(refused.stderr.trim()).toBe('1 rad är felaktig; inget importerades. Rätta filen eller använd --skip-invalid.');
    const skipped = await samverkan(args(bad, '--skip-invalid'), dataDir);
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ imported: 1, skipped: 1 });

    // Without a terminal, --progress writes a line per tenth of the file read (progress comes every 5,000 rows).
    const large = path.join(dataDir, 'large.csv');
    const lines = ['Brottskategori;Region;År;Antal'];
    for (let i = 0; i < 40_000; i++) lines.push(`Samtliga brott › Kategori ${i};Norsjö;2021;${i % 97}`);
    writeFileSync(large, lines.join('\n') + '\n');
    const silent = await samverkan(args(large, '--dry-run'), dataDir);
    expect(silent.stderr).toBe('');
    const progress = await samverkan(args(large, '--dry-run', '--progress'), dataDir);
    expect(progress.code).toBe(0);
    expect(JSON.parse(progress.stdout)).toMatchObject({ valid: 40_000, errors: [] });
    const progressLines = progress.stderr.trim().split('\n');
    expect(progressLines.length).toBeGreaterThanOrEqual(3);
    const percents = progressLines.map((l) => Number(/: (\d+) %/.exec(l)?.[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(progressLines.at(-1)?.replace(/\s/gu, " ")).toBe(`Läser ${large}: 100 % (40 000 rader)`);

    const unknown = await samverkan(['data', 'import', good, '--collaboration', '00000000-0000-4000-8000-000000000000', '--source', 'bra'], dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('Samverkan 00000000-0000-4000-8000-000000000000 finns inte.');
    const noSource = await samverkan(['data', 'import', good, '--collaboration', collaborationId], dataDir);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain('Ange --source');
  });
});
