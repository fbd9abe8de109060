import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, optionalExpectedVersion, setEtag } from '#server/http/versioning.js';
import { viewerOf } from '#server/http/viewer.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import {
  adoptIndicatorBody,
  createIndicatorBody,
  indicatorListQuery,
  indicatorParams,
  indicatorSchema,
  indicatorValueBody,
  indicatorValueParams,
  updateIndicatorBody,
} from './indicators.schemas.js';
import {
  adoptIndicator,
  createIndicator,
  getIndicator,
  listIndicatorSummaries,
  removeIndicator,
  removeIndicatorValue,
  setIndicatorValue,
  updateIndicator,
} from './indicators.service.js';

export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['indicators'];
  const base = '/api/collaborations/:collaborationId/indicators';
  const one = `${base}/:indicatorId`;
  const valueErrors = { ...commonErrorResponses, 409: errorBodySchema };
  const versionedValueErrors = { ...valueErrors, 412: errorBodySchema };

  app.get(
    base,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Indikatorer med serie och status',
        params: collaborationParams,
        querystring: indicatorListQuery,
        response: { 200: z.array(indicatorSchema), ...commonErrorResponses },
      },
    },
    async (request) =>
      listIndicatorSummaries(db, request.params.collaborationId, {
        ...(request.query.focusAreaId ? { focusAreaId: request.query.focusAreaId } : {}),
        viewerOrganisationId: viewerOf(request).organisationId,
      }),
  );

  app.get(
    one,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'En indikator med serie och status', params: indicatorParams, response: { 200: indicatorSchema, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const dto = await getIndicator(db, request.params.collaborationId, request.params.indicatorId, viewerOf(request).organisationId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.post(
    base,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny indikator', params: collaborationParams, body: createIndicatorBody, response: { 201: indicatorSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createIndicator(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    one,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ändra indikator (kräver If-Match; utgångsvärdet är fryst efter fastställande)',
        params: indicatorParams,
        body: updateIndicatorBody,
        response: { 200: indicatorSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, indicatorId } = request.params;
      const dto = await updateIndicator(db, actorOf(request), collaborationId, indicatorId, expectedVersion(request), request.body, viewerOf(request).organisationId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    one,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort indikator och dess manuella värden', params: indicatorParams, response: { 204: z.undefined(), ...commonErrorResponses } },
    },
    async (request, reply) => {
      await removeIndicator(db, actorOf(request), request.params.collaborationId, request.params.indicatorId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${one}/adopt`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Fastställ indikatorn: utgångsvärdet fryses (kräver utgångsvärde och period, och If-Match med den version användaren såg)',
        params: indicatorParams,
        body: adoptIndicatorBody,
        response: { 200: indicatorSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, indicatorId } = request.params;
      const adoptedOn = request.body?.adoptedOn ?? todayInSweden();
      const dto = await adoptIndicator(db, actorOf(request), collaborationId, indicatorId, expectedVersion(request), adoptedOn, viewerOf(request).organisationId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.put(
    `${one}/values/:period`,
    {
      config: { access: access.member('contributor') },
      schema: {
        tags,
        summary:
          'För in värdet för en period (utan If-Match: perioden saknar värde) eller rätta det (If-Match med värdets version); annars 412 med det aktuella värdet. Bara källan manuell.',
        params: indicatorValueParams,
        body: indicatorValueBody,
        response: { 200: indicatorSchema, ...versionedValueErrors },
      },
    },
    async (request, reply) => {
      const { collaborationId, indicatorId, period } = request.params;
      const dto = await setIndicatorValue(db, actorOf(request), collaborationId, indicatorId, period, request.body, optionalExpectedVersion(request), viewerOf(request).organisationId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${one}/values/:period`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ta bort värdet för en period (bara källan manuell)', params: indicatorValueParams, response: { 204: z.undefined(), ...valueErrors } },
    },
    async (request, reply) => {
      const { collaborationId, indicatorId, period } = request.params;
      await removeIndicatorValue(db, actorOf(request), collaborationId, indicatorId, period);
      return reply.status(204).send();
    },
  );
};
