import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '#server/app.js';
import type { Database } from '#server/db/client.js';
import { parseEnv, type Env } from '#server/env.js';
import { freshDatabase, type TestDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
}

/** Registers hooks that give the test file an app on its own fresh database; read `ctx` inside tests. */
export function useTestApp(envOverrides: Record<string, string> = {}): TestContext {
  const ctx = {} as TestContext;
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await freshDatabase();
    const env: Env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', ...envOverrides });
    ctx.database = testDb.database;
    ctx.app = await createApp({ database: testDb.database, env, version: 'test' });
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await testDb?.release();
  });
  return ctx;
}
