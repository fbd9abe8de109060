import { migrateDatabase, openDatabase, type Database } from '#server/db/client.js';
import { parseEnv } from '#server/env.js';

/** Opens the configured database (PGlite in DATA_DIR, or DATABASE_URL), migrated, and always closes it. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const env = parseEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}
