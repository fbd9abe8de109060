// Lägesbild data import: a generated 1,000,000-row Brå-style CSV through `importDataFile` (streamed, validated,
// upserted in batches), next to PostgreSQL COPY of the same file into a plain table, measured in the same run
// on the same engine (PGlite in memory, or the server in DATABASE_URL), with their ratio and the memory used.
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readMunicipalities } from '#server/db/reference-data.js';
import { migrateDatabase, openDatabase } from '#server/db/client.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { importDataFile } from '#server/modules/data-import/data-import.service.js';
import { buildCollaboration } from '#tests/factories.js';

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const CATEGORIES = [
  'Samtliga brott',
  'Samtliga brott › Brott mot brottsbalken',
  'Samtliga brott › Brott mot brottsbalken › 3-7 kap. Brott mot person',
  'Samtliga brott › Brott mot brottsbalken › 3-7 kap. Brott mot person › Misshandel',
  'Samtliga brott › Brott mot brottsbalken › 3-7 kap. Brott mot person › Olaga hot',
  'Samtliga brott › Brott mot brottsbalken › 8-12 kap. Brott mot förmögenhet',
  'Samtliga brott › Brott mot brottsbalken › 8-12 kap. Brott mot förmögenhet › Stöld och tillgrepp',
  'Samtliga brott › Brott mot brottsbalken › 8-12 kap. Brott mot förmögenhet › Skadegörelse',
  'Samtliga brott › Brott mot brottsbalken › 8-12 kap. Brott mot förmögenhet › Bedrägeri',
  'Samtliga brott › Brott mot brottsbalken › 13-15 kap. Brott mot allmänheten',
  'Samtliga brott › Brott mot brottsbalken › 16-17 kap. Brott mot staten',
  'Samtliga brott › Brott mot speciallagar',
  'Samtliga brott › Brott mot speciallagar › Narkotikabrott',
  'Samtliga brott › Brott mot speciallagar › Trafikbrott',
  'Samtliga brott › Brott mot speciallagar › Trafikbrott › Rattfylleri',
  'Samtliga brott › Brott mot speciallagar › Vapenbrott',
  'Samtliga brott › Brott mot speciallagar › Miljöbrott',
  'Samtliga brott › Brott mot speciallagar › Skattebrott',
  'Samtliga brott › Brott mot speciallagar › Smuggling',
  'Samtliga brott › Brott mot speciallagar › Jaktbrott',
];

function generate(file: string): number {
  const municipalities = readMunicipalities();
  const lines = ['Brottskategori;Region;Period;Antal'];
  let n = 0;
  outer: for (let year = 2011; year <= 2030; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const m of municipalities) {
        for (const [ci, c] of CATEGORIES.entries()) {
          if (n === ROWS) break outer;
          lines.push(`${c};${m.code} ${m.name};${year}-${String(month).padStart(2, '0')};${(n * 7 + ci * 13) % 997}`);
          n++;
        }
      }
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return n;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function copyIntoPlainTable(file: string): Promise<number> {
  const create = 'create table bench_copy (category text, region text, period text, count integer)';
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('drop table if exists bench_copy');
      await client.query(create);
      const t0 = performance.now();
      await pipeline(createReadStream(file), client.query(copyFrom("copy bench_copy from stdin with (format csv, header true, delimiter ';')")));
      const seconds = (performance.now() - t0) / 1000;
      await client.query('drop table bench_copy');
      return seconds;
    } finally {
      await client.end();
    }
  }
  const db = new PGlite();
  try {
    await db.exec(create);
    const blob = new Blob([await readFile(file)]);
    const t0 = performance.now();
    await db.query("copy bench_copy from '/dev/blob' with (format csv, header true, delimiter ';')", [], { blob });
    return (performance.now() - t0) / 1000;
  } finally {
    await db.close();
  }
}

export async function benchDataImport(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samverkan-bench-data-'));
  const file = path.join(dir, 'bra.csv');
  try {
    const rows = generate(file);
    console.log(`file: ${rows.toLocaleString('en')} rows, ${mb(statSync(file).size)} (Brå-style: category path; "code name"; month; count)`);
    const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { memory: true });
    try {
      await migrateDatabase(database);
      const { collaboration } = await buildCollaboration(database.db);
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
      const t0 = performance.now();
      const result = await importDataFile(database.db, systemActor('bench'), {
        collaborationId: collaboration.id,
        source: 'bra',
        fileName: 'bra.csv',
        bytes: createReadStream(file, { highWaterMark: 1024 * 1024 }),
        skipInvalid: false,
        dryRun: false,
      });
      const importSeconds = (performance.now() - t0) / 1000;
      clearInterval(timer);
      if (result.imported !== rows || result.errorCount > 0) throw new Error(`import gave ${JSON.stringify({ ...result, errors: result.errors.slice(0, 3) })}`);
      const copySeconds = await copyIntoPlainTable(file);
      const engine = database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (in memory)';
      console.log(`engine: ${engine}`);
      console.log(`samverkan data import: ${importSeconds.toFixed(1)} s, ${Math.round(rows / importSeconds).toLocaleString('en')} rows/s (validated, upserted, category tree, municipality match)`);
      console.log(`COPY into a plain table: ${copySeconds.toFixed(1)} s, ${Math.round(rows / copySeconds).toLocaleString('en')} rows/s`);
      console.log(`ratio (import time / COPY time): ${(importSeconds / copySeconds).toFixed(1)}×`);
      console.log(`process memory during import: ${mb(rssBefore)} before, ${mb(peak)} peak (file ${mb(statSync(file).size)})`);
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
