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
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const database = await sharedPglite();
  await database.exec('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await migrateDatabase(database);
  // The shared instance stays open for the worker's next file; it is closed when the worker exits.
  return { database: { ...database, close: async () => undefined }, release: async () => undefined };
}
