import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samverkan } from '#tests/cli.js';
import { docxParts, docxText, pdfText } from '#tests/documents.js';

// Each command starts Node, tsx and an embedded database; rendering adds more on a busy machine.
const SLOW = 180_000;

describe('bin/samverkan export', { timeout: 480_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverkan-cli-export-'));

  it('writes the demo plan as PDF and the follow-up report as DOCX, without restricted content; says in Swedish what is missing', async () => {
    const seeded = JSON.parse((await samverkan(['seed', 'demo', '--json'], dataDir, SLOW)).stdout) as { collaborations: { id: string }[] };
    const id = seeded.collaborations[0]!.id;

    const pdfFile = path.join(dataDir, 'plan.pdf');
    const plan = await samverkan(['export', 'plan', '--collaboration', id, '--format', 'pdf', '--out', pdfFile], dataDir, SLOW);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Plan – Genomförandeplan medborgarlöften Norsjö 2025–2026\.pdf skriven till .*plan\.pdf \(\d+ byte, Dataversion \d+\)\.\n$/);
    const text = (await pdfText(readFileSync(pdfFile))).replace(/\s+/g, ' ');
    expect(text).toContain('Trygghetsvandring. Dörrknackning i valda områden');
    expect(text).toContain('Norsjö kommun · Lokalpolisområde Skellefteå');

    const docxFile = path.join(dataDir, 'rapport.docx');
    const report = await samverkan(['export', 'followup-report', '--collaboration', id, '--format', 'docx', '--out', docxFile, '--year', '2025'], dataDir, SLOW);
    expect(report.code).toBe(0);
    const xml = docxText((await docxParts(readFileSync(docxFile))).get('word/document.xml') ?? '');
    expect(xml).toContain('Förslag till förändringar');
    expect(xml).not.toContain('Underrättelse om misstänkt försäljning');

    // Norsjö has the 2024 samverkansavtal (seed 000); Södra Lappland has none in the demo.
    const agreementFile = path.join(dataDir, 'avtal.docx');
    const agreement = await samverkan(['export', 'agreement', '--collaboration', id, '--format', 'docx', '--out', agreementFile], dataDir, SLOW);
    expect(agreement.code).toBe(0);
    const agreementXml = docxText((await docxParts(readFileSync(agreementFile))).get('word/document.xml') ?? '');
    expect(agreementXml).toContain('KS-00080');
    expect(agreementXml).toContain('Lars Westermark');
    const lappland = seeded.collaborations[1]!.id;
    const noAgreement = await samverkan(['export', 'agreement', '--collaboration', lappland, '--format', 'pdf', '--out', path.join(dataDir, 'avtal.pdf')], dataDir, SLOW);
    expect(noAgreement.code).toBe(1);
    expect(noAgreement.stderr).toBe('Samverkan har inget avtal att exportera. Lägg in avtalet först.\n');
    expect(existsSync(path.join(dataDir, 'avtal.pdf'))).toBe(false);

    const unknown = await samverkan(['export', 'plan', '--collaboration', '00000000-0000-4000-8000-000000000000', '--format', 'pdf', '--out', pdfFile], dataDir, SLOW);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Det finns ingen samverkan med id 00000000-0000-4000-8000-000000000000.\n');

    const badFormat = await samverkan(['export', 'plan', '--collaboration', id, '--format', 'odt', '--out', pdfFile], dataDir, SLOW);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe('Ange format med --format docx eller --format pdf.\n');
    const noKind = await samverkan(['export', '--collaboration', id], dataDir, SLOW);
    expect(noKind.code).toBe(2);
    expect(noKind.stderr).toMatch(/^Ange vad som ska exporteras\. Användning: samverkan export /);
  });
});
