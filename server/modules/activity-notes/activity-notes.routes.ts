import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { viewerOf } from '#server/http/viewer.js';
import { activityParams } from '#server/modules/plans/plans.schemas.js';
import { createNoteBody, noteParams, noteSchema, updateNoteBody } from './activity-notes.schemas.js';
import { createNote, getNotes, removeNote, updateNote } from './activity-notes.service.js';

export const activityNotesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['activity-notes'];
  const base = '/api/collaborations/:collaborationId';

  app.get(
    `${base}/activities/:activityId/notes`,
    { config: { access: access.member('viewer') }, schema: { tags, summary: 'Anteckningar om en aktivitet (bara de du får se)', params: activityParams, response: { 200: z.array(noteSchema), ...commonErrorResponses } } },
    async (request) => getNotes(db, request.params.collaborationId, request.params.activityId, viewerOf(request)),
  );

  app.post(
    `${base}/activities/:activityId/notes`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ny anteckning, vid behov bara för den egna organisationen', params: activityParams, body: createNoteBody, response: { 201: noteSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createNote(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.activityId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    `${base}/activity-notes/:noteId`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ändra en anteckning (egen, eller som samordnare; kräver If-Match)', params: noteParams, body: updateNoteBody, response: { 200: noteSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await updateNote(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.noteId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/activity-notes/:noteId`,
    { config: { access: access.member('contributor') }, schema: { tags, summary: 'Ta bort en anteckning', params: noteParams, response: { 204: z.undefined(), ...writeErrorResponses } } },
    async (request, reply) => {
      await removeNote(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.noteId);
      return reply.status(204).send();
    },
  );
};
