import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { addMemberBody, memberParams, memberSchema, updateMemberBody } from './members.schemas.js';
import { addMember, changeMember, getMembers, removeMember } from './members.service.js';

const writeErrors = { ...commonErrorResponses, 409: errorBodySchema, 412: errorBodySchema, 428: errorBodySchema };

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/api/collaborations/:collaborationId/members',
    {
      config: { access: access.member('viewer') },
      schema: { tags: ['members'], summary: 'Medlemmar och roller', params: collaborationParams, response: { 200: z.array(memberSchema), ...commonErrorResponses } },
    },
    async (request) => getMembers(db, request.params.collaborationId),
  );

  app.post(
    '/api/collaborations/:collaborationId/members',
    {
      config: { access: access.member('admin') },
      schema: { tags: ['members'], summary: 'Lägg till en medlem', params: collaborationParams, body: addMemberBody, response: { 201: memberSchema, ...writeErrors } },
    },
    async (request, reply) => {
      const member = await addMember(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, member.version);
      return reply.status(201).send(member);
    },
  );

  app.patch(
    '/api/collaborations/:collaborationId/members/:userId',
    {
      config: { access: access.member('admin') },
      schema: {
        tags: ['members'],
        summary: 'Ändra roll, organisation eller funktion (kräver If-Match)',
        params: memberParams,
        body: updateMemberBody,
        response: { 200: memberSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const member = await changeMember(
        db,
        actorOf(request),
        request.params.collaborationId,
        request.params.userId,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, member.version);
      return member;
    },
  );

  app.delete(
    '/api/collaborations/:collaborationId/members/:userId',
    {
      config: { access: access.member('admin') },
      schema: { tags: ['members'], summary: 'Ta bort en medlem', params: memberParams, response: { 204: z.undefined(), ...writeErrors } },
    },
    async (request, reply) => {
      await removeMember(db, actorOf(request), request.params.collaborationId, request.params.userId);
      return reply.status(204).send();
    },
  );
};
