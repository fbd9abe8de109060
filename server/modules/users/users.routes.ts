import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf, requireUser } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { presentUser } from './users.presenter.js';
import { listUsers, updateUser } from './users.repo.js';
import { createUserBody, listUsersQuery, userSchema } from './users.schemas.js';
import { createUser } from './users.service.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';

const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1, 'Ange ett namn.').max(200).optional(),
  locale: z.enum(['sv', 'en']).optional(),
});

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/api/users',
    {
      config: { access: access.systemAdmin },
      schema: { tags: ['users'], summary: 'Alla konton (systemadministratör)', querystring: listUsersQuery, response: { 200: z.array(userSchema), ...commonErrorResponses } },
    },
    async (request) => (await listUsers(db, request.query)).map(presentUser),
  );

  app.post(
    '/api/users',
    {
      config: { access: access.systemAdmin },
      schema: {
        tags: ['users'],
        summary: 'Skapa ett lokalt konto (systemadministratör)',
        body: createUserBody,
        response: { 201: userSchema, ...commonErrorResponses, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await createUser(db, actorOf(request), request.body);
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/api/users/me',
    {
      config: { access: access.signedIn },
      schema: { tags: ['users'], summary: 'Ändra eget namn eller språk', body: updateMeBody, response: { 200: userSchema, ...commonErrorResponses } },
    },
    async (request) => {
      const me = requireUser(request);
      const updated = await db.transaction(async (tx) => {
        const row = await updateUser(tx, me.id, request.body);
        await recordAudit(tx, actorOf(request), {
          collaborationId: null,
          action: 'update',
          entityType: 'user',
          entityId: me.id,
          before: presentUser(me),
          after: presentUser(row),
        });
        return row;
      });
      return presentUser(updated);
    },
  );
};
