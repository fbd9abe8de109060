import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '#server/db/client.js';

/**
 * A fresh, migrated database for one test file.
 * PGlite: one in-memory instance per worker (opening one costs seconds and ~750 MB), wiped and re-migrated per file.
 * PostgreSQL (DATABASE_URL set): a new database per file, dropped afterwards.
 */
export interface TestDatabase {
  database: Database;
  release(): Promise<void>;
}

const globalKey = Symbol.for('samverkan.test.pglite');
type Holder = { [globalKey]?: Promise<Database> };

async function sharedPglite(): Promise<Database> {
  const holder = globalThis as Holder;
  if (!holder[globalKey]) {
    holder[globalKey] = openDatabase({ memory: true });
    const opened = await holder[globalKey];
    process.once('beforeExit', () => void opened.close());
  }
  return holder[globalKey];
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Drops a test database once the app's pool is closed. A plain DROP (not WITH (FORCE)) is used on purpose:
 * FORCE must be allowed to signal every backend on the database, and an autovacuum worker there makes it fail
 * for a role without pg_signal_backend; a plain DROP asks autovacuum to stop by itself. It is retried briefly
 * while the server notices closed connections, and a database that still cannot be dropped is reported, not
 * failed on: a leftover scratch database is not a test result.
 */
async function dropDatabase(url: string, name: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  process.stderr.write(`could not drop test database ${name}: ${String(lastError)}\n`);
}

export async function freshDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `samverkan_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabaseName(url, name) });
    await migrateDatabase(database);
    return {
      database,
      release: async () => {
        await database.close();
        await dropDatabase(url, name);
      },
    };
  }
  const database = await sharedPglite();
  await database.exec('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await migrateDatabase(database);
  // The shared instance stays open for the worker's next file; it is closed when the worker exits.
  return { database: { ...database, close: async () => undefined }, release: async () => undefined };
}
