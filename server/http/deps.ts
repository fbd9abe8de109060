import type { Database } from '#server/db/client.js';
import type { Env } from '#server/env.js';

/** What the app needs from outside; tests build their own. */
export interface AppDeps {
  database: Database;
  env: Env;
  version: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
