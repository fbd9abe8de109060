import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { createFocusAreaBody, focusAreaParams, focusAreaSchema, updateFocusAreaBody } from './focus-areas.schemas.js';
import { createFocusArea, getFocusAreas, removeFocusArea, updateFocusArea } from './focus-areas.service.js';

export const focusAreasRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['focus-areas'];

  app.get(
    '/api/collaborations/:collaborationId/focus-areas',
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Fokusområden', params: collaborationParams, response: { 200: z.array(focusAreaSchema), ...commonErrorResponses } },
    },
    async (request) => getFocusAreas(db, request.params.collaborationId),
  );

  app.post(
    '/api/collaborations/:collaborationId/focus-areas',
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Nytt fokusområde', params: collaborationParams, body: createFocusAreaBody, response: { 201: focusAreaSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createFocusArea(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    '/api/collaborations/:collaborationId/focus-areas/:focusAreaId',
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra fokusområde (kräver If-Match)', params: focusAreaParams, body: updateFocusAreaBody, response: { 200: focusAreaSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, focusAreaId } = request.params;
      const dto = await updateFocusArea(db, actorOf(request), collaborationId, focusAreaId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    '/api/collaborations/:collaborationId/focus-areas/:focusAreaId',
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort fokusområde (aktiviteter behålls utan fokusområde)', params: focusAreaParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeFocusArea(db, actorOf(request), request.params.collaborationId, request.params.focusAreaId);
      return reply.status(204).send();
    },
  );
};
