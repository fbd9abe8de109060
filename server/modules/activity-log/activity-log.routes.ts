import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { activityParams } from '#server/modules/plans/plans.schemas.js';
import { activityLogSchema, attachmentParams, attachmentSchema, createLogBody, listLogQuery, logParams, updateLogBody, uploadQuery } from './activity-log.schemas.js';
import {
  addAttachment,
  allowedAttachmentTypes,
  createLog,
  getLogs,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
  removeAttachment,
  removeLog,
  updateLog,
} from './activity-log.service.js';
import { viewerOf } from '#server/http/viewer.js';

export const activityLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['activity-log'];
  const base = '/api/collaborations/:collaborationId';

  // Attachments arrive as the raw file; only these routes accept binary bodies.
  app.addContentTypeParser(Object.keys(allowedAttachmentTypes), { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    `${base}/activities/:activityId/log`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Genomförda aktiviteter (nyast först)', params: activityParams, querystring: listLogQuery, response: { 200: z.array(activityLogSchema), ...commonErrorResponses } },
    },
    async (request) => getLogs(db, request.params.collaborationId, request.params.activityId, viewerOf(request), request.query),
  );

  app.post(
    `${base}/activities/:activityId/log`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Rapportera genomförd aktivitet', params: activityParams, body: createLogBody, response: { 201: activityLogSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createLog(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.activityId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    `${base}/activity-logs/:logId`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ändra en rapport (egen, eller som samordnare; kräver If-Match)', params: logParams, body: updateLogBody, response: { 200: activityLogSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, logId } = request.params;
      const dto = await updateLog(db, actorOf(request), viewerOf(request), collaborationId, logId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/activity-logs/:logId`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ta bort en rapport', params: logParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeLog(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.logId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/activity-logs/:logId/attachments`,
    {
      config: { access: access.member('contributor') },
      bodyLimit: MAX_ATTACHMENT_BYTES,
      schema: {
        tags,
        summary: 'Ladda upp en bilaga (PDF, PNG eller JPEG, högst 10 MB) som rå filkropp',
        params: logParams,
        querystring: uploadQuery,
        response: { 201: attachmentSchema, ...writeErrorResponses, 413: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request, reply) => {
      const contentType = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Skicka filen som application/pdf, image/png eller image/jpeg.');
      const dto = await addAttachment(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.logId, {
        filename: request.query.filename,
        contentType,
        data: request.body,
        restricted: request.query.restricted === 'true',
      });
      return reply.status(201).send(dto);
    },
  );

  app.get(
    `${base}/activity-logs/:logId/attachments/:attachmentId`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Hämta en bilaga (bara för medlemmar som får se den)', params: attachmentParams, response: { ...commonErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, logId, attachmentId } = request.params;
      const file = await readAttachment(db, viewerOf(request), collaborationId, logId, attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('content-length', String(file.size))
        .send(file.data as never);
    },
  );

  app.delete(
    `${base}/activity-logs/:logId/attachments/:attachmentId`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ta bort en bilaga', params: attachmentParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, logId, attachmentId } = request.params;
      await removeAttachment(db, actorOf(request), viewerOf(request), collaborationId, logId, attachmentId);
      return reply.status(204).send();
    },
  );
};
