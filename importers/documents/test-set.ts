// The importer test set: every document in tests/fixtures/import (and its seeds/ folder) with an expected JSON beside it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extraction } from '#domain/extraction/extraction.js';

export const fixturesDir = path.resolve(import.meta.dirname, '../../tests/fixtures/import');

export interface TestDocument {
  name: string;
  /** 'development': the seeds and 101–112, looked at while the rules were written; 'held-out': 2xx, written and annotated before the importer ever saw them. */
  set: 'development' | 'held-out';
  file: string;
  expected: Partial<Extraction>;
}

export function testSet(): TestDocument[] {
  const out: TestDocument[] = [];
  for (const dir of [path.join(fixturesDir, 'seeds'), fixturesDir]) {
    const files = readdirSync(dir);
    for (const file of files.filter((f) => f.endsWith('.expected.json')).sort()) {
      const name = file.replace(/\.expected\.json$/, '');
      const document = files.find((f) => f.startsWith(`${name}.`) && !f.endsWith('.expected.json'));
      if (!document) throw new Error(`Dokumentet för ${file} saknas.`);
      out.push({ name, set: /^2\d\d_/.test(name) ? 'held-out' : 'development', file: path.join(dir, document), expected: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Partial<Extraction> });
    }
  }
  return out;
}
