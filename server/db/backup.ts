import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { is, sql } from 'drizzle-orm';
import { PgTable as PgTableClass } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';
import { queryRows } from './query.js';
import * as schema from './schema.js';

const FORMAT = 'samverkan-backup';
const FORMAT_VERSION = 1;
/** Sessions are secrets tied to one running installation; a restore signs everyone out. */
const excluded = new Set(['sessions']);

/** Every table of the schema, parents before children, so rows can be inserted in this order. */
export function tablesInDependencyOrder(): { name: string; table: PgTable }[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTableClass));
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    const table = byName.get(name);
    if (!table) return;
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableConfig(fk.reference().foreignTable).name;
      if (parent !== name) visit(parent, path);
    }
    ordered.push(name);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered.filter((n) => !excluded.has(n)).map((name) => ({ name, table: byName.get(name)! }));
}


export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  tables: Record<string, number>;
}

/** Writes a portable dump (JSON lines) that restores to the same data on PGlite or PostgreSQL. */
export async function backupDatabase(db: Db, file: string): Promise<BackupHeader> {
  const tables = tablesInDependencyOrder();
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    counts[name] = Number(row?.n ?? 0);
  }
  const header: BackupHeader = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), tables: counts };
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  await write(JSON.stringify(header));
  const pageSize = 1000;
  for (const { name } of tables) {
    for (let offset = 0; offset < (counts[name] ?? 0); offset += pageSize) {
      const rows = await queryRows<{ r: unknown }>(
        db,
        sql`select row_to_json(t) as r from (select * from ${sql.identifier(name)} order by 1, 2) t limit ${pageSize} offset ${offset}`,
      );
      for (const { r } of rows) await write(JSON.stringify({ t: name, r: typeof r === 'string' ? JSON.parse(r) : r }));
    }
  }
  out.end();
  await once(out, 'finish');
  return header;
}

export class RestoreError extends Error {}

/** Replaces all data with the dump's, in one transaction: on any error nothing changes. */
export async function restoreDatabase(db: Db, file: string): Promise<BackupHeader> {
  await access(file, constants.R_OK);
  const tables = tablesInDependencyOrder();
  const known = new Set(tables.map((t) => t.name));
  let header: BackupHeader | undefined;
  const seen: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('samverkan.audit_restore', 'on', true)`);
    for (const { name } of [...tables].reverse()) await tx.execute(sql`delete from ${sql.identifier(name)}`);
    await tx.execute(sql`delete from sessions`);
    let batchTable = '';
    let batch: unknown[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.execute(
        sql`insert into ${sql.identifier(batchTable)} select * from json_populate_recordset(null::${sql.identifier(batchTable)}, ${JSON.stringify(batch)}::json)`,
      );
      seen[batchTable] = (seen[batchTable] ?? 0) + batch.length;
      batch = [];
    };
    // Opened only now: a readline interface made before the awaits above could finish before it is iterated.
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new RestoreError(`Rad ${lineNo} i säkerhetskopian är inte giltig JSON.`);
      }
      if (!header) {
        const h = parsed as Partial<BackupHeader>;
        if (h.format !== FORMAT) throw new RestoreError('Filen är ingen säkerhetskopia från Samverkan.');
        if (h.version !== FORMAT_VERSION) throw new RestoreError(`Säkerhetskopians format ${String(h.version)} stöds inte.`);
        header = h as BackupHeader;
        continue;
      }
      const { t, r } = parsed as { t?: string; r?: unknown };
      if (!t || !known.has(t) || typeof r !== 'object' || r === null) {
        throw new RestoreError(`Rad ${lineNo}: okänd tabell eller rad (${String(t)}).`);
      }
      if (t !== batchTable || batch.length >= 500) {
        await flush();
        batchTable = t;
      }
      batch.push(r);
    }
    await flush();
    if (!header) throw new RestoreError('Säkerhetskopian är tom.');
    for (const [name, n] of Object.entries(header.tables)) {
      if ((seen[name] ?? 0) !== n) {
        throw new RestoreError(`Säkerhetskopian är ofullständig: ${name} har ${seen[name] ?? 0} rader, väntat ${n}.`);
      }
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((select max(id) from audit_events), 1), (select count(*) > 0 from audit_events))`,
    );
  });
  return header!;
}
