import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuth } from './http/auth.js';
import type { AppDeps } from './http/deps.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { focusAreasRoutes } from './modules/focus-areas/focus-areas.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { activityLogRoutes } from './modules/activity-log/activity-log.routes.js';
import { followUpRoutes } from './modules/follow-up/follow-up.routes.js';
import { activityNotesRoutes } from './modules/activity-notes/activity-notes.routes.js';
import { planSpreadsheetsRoutes } from './modules/plan-spreadsheets/plan-spreadsheets.routes.js';
import { agreementsRoutes } from './modules/agreements/agreements.routes.js';
import { groupsRoutes } from './modules/groups/groups.routes.js';
import { promisesRoutes } from './modules/promises/promises.routes.js';
import { documentImportRoutes } from './modules/document-import/document-import.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { dataImportRoutes } from './modules/data-import/data-import.routes.js';
import { situationReportsRoutes } from './modules/situation-reports/situation-reports.routes.js';
import { problemsRoutes } from './modules/problems/problems.routes.js';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.js';
import { collaborationsRoutes } from './modules/collaborations/collaborations.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { membersRoutes } from './modules/members/members.routes.js';
import { oidcRoutes } from './modules/oidc/oidc.routes.js';
import { organisationsRoutes } from './modules/organisations/organisations.routes.js';
import { sessionRoutes } from './modules/session/session.routes.js';
import { tokensRoutes } from './modules/tokens/tokens.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';

// Validation messages in Swedish, everywhere zod is used.
z.config(z.locales.sv());

/**
 * The built web app. WEB_DIST_DIR points elsewhere for parallel local work (each worktree or helper builds
 * with `npx vite build --outDir DIR` and runs its browser tests against that build); it is not a production setting.
 */
export const webDistDir = process.env.WEB_DIST_DIR
  ? path.resolve(process.env.WEB_DIST_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');

export interface CreateAppOptions {
  logger?: FastifyServerOptions['logger'];
}

/** Builds the whole HTTP app without listening; tests call inject() or listen on port 0. */
export async function createApp(deps: AppDeps, options: CreateAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: deps.env.TRUST_PROXY,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
    else reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'");
  });

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerAuth(app, deps.database.db);
  await registerOpenApi(app, deps.version);

  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(oidcRoutes);
  await app.register(usersRoutes);
  await app.register(organisationsRoutes);
  await app.register(collaborationsRoutes);
  await app.register(membersRoutes);
  await app.register(tokensRoutes);
  await app.register(auditRoutes);
  await app.register(focusAreasRoutes);
  await app.register(plansRoutes);
  await app.register(activityLogRoutes);
  await app.register(followUpRoutes);
  await app.register(activityNotesRoutes);
  await app.register(planSpreadsheetsRoutes);
  await app.register(agreementsRoutes);
  await app.register(groupsRoutes);
  await app.register(promisesRoutes);
  await app.register(documentImportRoutes);
  await app.register(calendarRoutes);
  await app.register(documentsRoutes);
  await app.register(dataImportRoutes);
  await app.register(situationReportsRoutes);
  await app.register(problemsRoutes);
  await app.register(indicatorsRoutes);

  if (existsSync(path.join(webDistDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: ['index.html'] });
  }
  return app;
}
