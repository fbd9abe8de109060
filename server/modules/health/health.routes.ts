import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { errorBodySchema } from '#server/http/errors.js';

const healthSchema = z.object({
  status: z.enum(['ok']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, version } = app.deps;
  app.get(
    '/api/health',
    {
      config: { access: access.public },
      schema: { tags: ['system'], summary: 'Hälsokontroll', response: { 200: healthSchema, 503: errorBodySchema } },
    },
    async (request, reply) => {
      try {
        await database.db.execute(sql`select 1`);
      } catch (err) {
        request.log.error({ err }, 'health check: database unreachable');
        return reply.status(503).send({ error: { code: 'UNAVAILABLE', message: 'Databasen svarar inte.' } } as never);
      }
      return { status: 'ok' as const, database: database.kind, version };
    },
  );
};
