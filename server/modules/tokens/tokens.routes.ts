import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { createTokenBody, createdTokenSchema, tokenParams, tokenSchema } from './tokens.schemas.js';
import { createToken, getTokens, revoke } from './tokens.service.js';

export const tokensRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/api/collaborations/:collaborationId/tokens',
    {
      config: { access: access.member('admin') },
      schema: { tags: ['tokens'], summary: 'API-nycklar för integrationer', params: collaborationParams, response: { 200: z.array(tokenSchema), ...commonErrorResponses } },
    },
    async (request) => getTokens(db, request.params.collaborationId),
  );

  app.post(
    '/api/collaborations/:collaborationId/tokens',
    {
      config: { access: access.member('admin') },
      schema: {
        tags: ['tokens'],
        summary: 'Skapa en API-nyckel (hemligheten visas en gång)',
        params: collaborationParams,
        body: createTokenBody,
        response: { 201: createdTokenSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createToken(db, actorOf(request), request.params.collaborationId, request.body)),
  );

  app.delete(
    '/api/collaborations/:collaborationId/tokens/:tokenId',
    {
      config: { access: access.member('admin') },
      schema: { tags: ['tokens'], summary: 'Återkalla en API-nyckel', params: tokenParams, response: { 204: z.undefined(), ...commonErrorResponses, 409: errorBodySchema } },
    },
    async (request, reply) => {
      await revoke(db, actorOf(request), request.params.collaborationId, request.params.tokenId);
      return reply.status(204).send();
    },
  );
};
