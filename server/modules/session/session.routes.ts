import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf, requireUser } from '#server/http/auth.js';
import { clearSessionCookie, setSessionCookie } from '#server/http/cookies.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { presentUser } from '#server/modules/users/users.presenter.js';
import { authConfigSchema, changePasswordBody, sessionSchema, signInBody } from './session.schemas.js';
import { authenticateLocal, changePassword, endSession, startSession } from './session.service.js';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, env } = app.deps;
  const db = database.db;

  app.get(
    '/api/auth/config',
    {
      config: { access: access.public },
      schema: { tags: ['session'], summary: 'Vilka inloggningssätt som finns', response: { 200: authConfigSchema } },
    },
    async () => ({
      local: true,
      oidc: env.OIDC_ISSUER ? { label: env.OIDC_LABEL, url: '/api/auth/oidc/login' } : null,
    }),
  );

  app.post(
    '/api/session',
    {
      config: {
        access: access.public,
        rateLimit: { max: env.LOGIN_RATE_LIMIT, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['session'],
        summary: 'Logga in med e-post och lösenord',
        body: signInBody,
        response: { 200: sessionSchema, ...commonErrorResponses, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await authenticateLocal(db, request.body.email, request.body.password);
      const session = await startSession(db, user, env.SESSION_TTL_HOURS, actorOf(request), 'password');
      setSessionCookie(request, reply, env, session.cookieValue, session.expiresAt);
      return { user: presentUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.get(
    '/api/session',
    {
      config: { access: access.signedIn },
      schema: { tags: ['session'], summary: 'Den inloggade sessionen', response: { 200: sessionSchema, 401: errorBodySchema } },
    },
    async (request) => {
      const user = requireUser(request);
      const session = request.auth.session;
      if (!session) throw new AppError('UNAUTHENTICATED', 'Du behöver logga in.');
      return { user: presentUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.delete(
    '/api/session',
    {
      config: { access: access.signedIn },
      schema: { tags: ['session'], summary: 'Logga ut', response: { 204: z.undefined(), ...commonErrorResponses } },
    },
    async (request, reply) => {
      const session = request.auth.session;
      if (session) await endSession(db, session.tokenHash, actorOf(request));
      clearSessionCookie(request, reply, env);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/session/password',
    {
      config: { access: access.signedIn, rateLimit: { max: env.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Byt lösenord (loggar ut alla andra sessioner)',
        body: changePasswordBody,
        response: { 204: z.undefined(), ...commonErrorResponses, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const session = request.auth.session;
      if (!session) throw new AppError('UNAUTHENTICATED', 'Du behöver logga in.');
      await changePassword(db, actorOf(request), user.id, session.tokenHash, request.body);
      return reply.status(204).send();
    },
  );
};
