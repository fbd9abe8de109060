import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { viewerOf } from '#server/http/viewer.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { createExportBody, documentExportSchema, downloadQuery, exportParams } from './documents.schemas.js';
import { createExport, getExports, readExport } from './documents.service.js';

export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['documents'];
  const base = '/api/collaborations/:collaborationId/documents';

  app.post(
    base,
    {
      // Documents are official communication from the parties: made by those who run the work.
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Skapa ett dokument (avtal, medborgarlöften, plan eller årlig uppföljning) som DOCX eller PDF och spara det',
        params: collaborationParams,
        body: createExportBody,
        response: { 201: documentExportSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const created = await createExport(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    base,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Tidigare dokument, nyast först (dokument med innehåll endast för en organisation visas bara för den)',
        params: collaborationParams,
        response: { 200: z.array(documentExportSchema), ...commonErrorResponses },
      },
    },
    async (request) => getExports(db, viewerOf(request), request.params.collaborationId),
  );

  app.get(
    `${base}/:exportId/file`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Ladda ner ett sparat dokument', params: exportParams, querystring: downloadQuery, response: { ...commonErrorResponses } },
    },
    async (request, reply) => {
      const file = await readExport(db, viewerOf(request), request.params.collaborationId, request.params.exportId);
      return reply
        .type(file.contentType)
        .header('content-disposition', `${request.query.disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.data as never);
    },
  );
};
