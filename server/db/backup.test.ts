import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '#server/db/seed/demo.js';
import { backupDatabase, restoreDatabase, RestoreError, tablesInDependencyOrder } from '#server/db/backup.js';
import { migrateDatabase, openDatabase, type Database } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import { useTestApp } from '#tests/setup/app.js';
import { signIn } from '#tests/factories.js';

async function snapshot(database: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const { name } of tablesInDependencyOrder()) {
    const rows = await queryRows<{ r: string }>(database.db, sql`select row_to_json(t)::text as r from ${sql.identifier(name)} t order by 1`);
    out[name] = rows.map((x) => x.r);
  }
  return out;
}

describe('backup and restore', { timeout: 180_000 }, () => {
  const ctx = useTestApp();
  const dir = mkdtempSync(path.join(tmpdir(), 'samverkan-backup-'));
  let other: Database | undefined;
  afterAll(async () => {
    await other?.close();
  });

  it('restores the same data into the other engine and back', async () => {
    await seedDemo(ctx.database.db);
    const file = path.join(dir, 'dump.jsonl');
    const header = await backupDatabase(ctx.database.db, file);
    expect(header.tables.collaborations).toBe(2);
    const original = await snapshot(ctx.database);

    // A second database: PGlite. When the suite runs on PostgreSQL (CI) this crosses engines.
    other = await openDatabase({ memory: true });
    await migrateDatabase(other);
    await restoreDatabase(other.db, file);
    expect(await snapshot(other)).toEqual(original);

    // Round trip back: the restored copy dumps to a file that restores to the same data again.
    const file2 = path.join(dir, 'dump2.jsonl');
    await backupDatabase(other.db, file2);
    await restoreDatabase(ctx.database.db, file2);
    expect(await snapshot(ctx.database)).toEqual(original);

    // The audit sequence continues after the restored ids, and the restored accounts can sign in.
    const client = await signIn(ctx.app, 'samordnare@norsjo.demo.samverkan.se', 'samverkan-demo');
    expect((await client.request({ method: 'GET', url: '/api/collaborations' })).statusCode).toBe(200);
  });

  it('a damaged dump changes nothing and says which line is wrong', async () => {
    const file = path.join(dir, 'dump3.jsonl');
    await backupDatabase(ctx.database.db, file);
    const before = await snapshot(ctx.database);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const broken = path.join(dir, 'broken.jsonl');
    writeFileSync(broken, [...lines.slice(0, 5), '{inte json', ...lines.slice(5)].join('\n'));
    await expect(restoreDatabase(ctx.database.db, broken)).rejects.toThrow(new RestoreError('Rad 6 i säkerhetskopian är inte giltig JSON.'));
    const truncated = path.join(dir, 'truncated.jsonl');
    writeFileSync(truncated, lines.slice(0, -3).join('\n'));
    await expect(restoreDatabase(ctx.database.db, truncated)).rejects.toThrow(/ofullständig/);
    const foreign = path.join(dir, 'foreign.jsonl');
    writeFileSync(foreign, '{"hello":"world"}\n');
    await expect(restoreDatabase(ctx.database.db, foreign)).rejects.toThrow('Filen är ingen säkerhetskopia från Samverkan.');
    expect(await snapshot(ctx.database)).toEqual(before);
  });
});
