import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { organisations } from './schema.js';

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

const csvPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'kommuner.csv');

/** The 290 municipalities with SCB codes, shipped with the app (server/db/data/kommuner.csv). */
export function readMunicipalities(): Municipality[] {
  const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  return lines.slice(1).map((line, i) => {
    const [code, name, countyCode, countyName] = line.split(',');
    if (!code || !/^\d{4}$/.test(code) || !name || !countyCode || !countyName) {
      throw new Error(`kommuner.csv rad ${i + 2} är ogiltig: ${line}`);
    }
    return { code, name, countyCode, countyName };
  });
}

/** Upserts every municipality as an organisation of kind kommun; safe to run on every start. */
export async function loadReferenceData(db: Db): Promise<void> {
  const rows = readMunicipalities().map((m) => ({
    kind: 'kommun' as const,
    name: m.name,
    municipalityCode: m.code,
    countyCode: m.countyCode,
    countyName: m.countyName,
  }));
  await db
    .insert(organisations)
    .values(rows)
    .onConflictDoUpdate({
      target: organisations.municipalityCode,
      set: { name: sql`excluded.name`, countyCode: sql`excluded.county_code`, countyName: sql`excluded.county_name` },
    });
}
