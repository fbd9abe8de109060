import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { migrateDatabase, openDatabase, type Database } from './db/client.js';
import type { Env } from './env.js';
import { appVersion } from './version.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations and listens; `stop` drains requests, then closes the database. */
export async function startServer(env: Env, opts: { beforeListen?: (database: Database) => Promise<void> } = {}): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrateDatabase(database);
    await opts.beforeListen?.(database);
    const app = await createApp(
      { database, env, version: appVersion },
      { logger: { level: env.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'] } },
    );
    await app.listen({ port: env.PORT, host: env.HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })());
    return { app, database, url, stop };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** SIGINT/SIGTERM: stop taking requests, finish the ones in flight, close the database, exit. */
export function stopOnSignals(server: RunningServer): void {
  const handler = (signal: NodeJS.Signals) => {
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
