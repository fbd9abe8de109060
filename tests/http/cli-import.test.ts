import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '#domain/extraction/extraction.js';
import { samverkan as runCli } from '#tests/cli.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');
const samverkan = (args: string[], dataDir: string) => runCli(args, dataDir, 120_000);

// Each command starts Node, tsx and (for --collaboration) an embedded database.
describe('bin/samverkan import', { timeout: 300_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverkan-cli-import-'));

  it('--json prints the Extraction and exits 0', async () => {
    const result = await samverkan(['import', path.join(fixtures, '107_boras-handlingsplan-2024.pdf'), '--json'], dataDir);
    expect(result.code).toBe(0);
    const extraction = extractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction).toMatchObject({ kind: 'handlingsplan', municipalities: ['Borås'], validFrom: '2024-01-01', validTo: '2024-12-31' });
    expect(extraction.planRows).toHaveLength(3);
  });

  it('a file it cannot read exits 1 with one Swedish line on stderr', async () => {
    const bad = path.join(dataDir, 'trasig.docx');
    writeFileSync(bad, Buffer.from('PK\u0003\u0004 inte alls en zip'));
    const result = await samverkan(['import', bad, '--json'], dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${bad} är trasig och kan inte öppnas som Word-dokument.\n`);
    const missing = await samverkan(['import', path.join(dataDir, 'finns-inte.pdf')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`Filen finns inte: ${path.join(dataDir, 'finns-inte.pdf')}`);
    const encrypted = await samverkan(['import', path.join(fixtures, 'bad', 'encrypted.pdf'), '--json'], dataDir);
    expect(encrypted.code).toBe(1);
    expect(encrypted.stderr.trim().split('\n')).toHaveLength(1);
    expect(encrypted.stderr).toContain('lösenordsskyddad');
  });

  it('--collaboration creates the agreement, plan and promises from seed 001', async () => {
    const seeded = await samverkan(['seed', 'demo', '--json'], dataDir);
    expect(seeded.code).toBe(0);
    const norsjo = (JSON.parse(seeded.stdout) as { collaborations: { id: string; name: string }[] }).collaborations[0]!;
    const result = await samverkan(['import', path.join(fixtures, 'seeds', '001_965363f598d85df7.txt'), '--collaboration', norsjo.id, '--json'], dataDir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = JSON.parse(result.stdout) as { agreement: { title: string } | null; plan: { activityCount: number } | null; promise: { itemCount: number } | null };
    expect(created.agreement?.title).toBe('Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun');
    expect(created.plan?.activityCount).toBe(12);
    expect(created.promise?.itemCount).toBe(4);
    const unknown = await samverkan(['import', path.join(fixtures, 'seeds', '001_965363f598d85df7.txt'), '--collaboration', 'inte-ett-id'], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('--collaboration ska vara samverkans id (ett UUID).');
  });
});
