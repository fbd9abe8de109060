import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { activityParams } from '#server/modules/plans/plans.schemas.js';
import {
  activityPromiseSchema,
  citizenPromiseSchema,
  citizenPromiseWithItemsSchema,
  createItemBody,
  createPromiseBody,
  promiseItemParams,
  promiseItemSchema,
  promiseParams,
  setItemActivitiesBody,
  updateItemBody,
  updatePromiseBody,
} from './promises.schemas.js';
import {
  createItem,
  createPromise,
  getActivityPromises,
  getPromise,
  getPromises,
  removeItem,
  removePromise,
  setItemActivities,
  updateItem,
  updatePromise,
} from './promises.service.js';

export const promisesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['promises'];
  const base = '/api/collaborations/:collaborationId';

  app.get(
    `${base}/promises`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Medborgarlöften per kommun och period', params: collaborationParams, response: { 200: z.array(citizenPromiseSchema), ...commonErrorResponses } },
    },
    async (request) => getPromises(db, request.params.collaborationId),
  );

  app.post(
    `${base}/promises`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Nya medborgarlöften för en kommun (part i samverkan) och period',
        params: collaborationParams,
        body: createPromiseBody,
        response: { 201: citizenPromiseSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const dto = await createPromise(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    `${base}/promises/:promiseId`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Medborgarlöften med löften och de aktiviteter som infriar dem',
        params: promiseParams,
        response: { 200: citizenPromiseWithItemsSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const dto = await getPromise(db, request.params.collaborationId, request.params.promiseId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    `${base}/promises/:promiseId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra medborgarlöften (kräver If-Match)', params: promiseParams, body: updatePromiseBody, response: { 200: citizenPromiseSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, promiseId } = request.params;
      const dto = await updatePromise(db, actorOf(request), collaborationId, promiseId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/promises/:promiseId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort medborgarlöften med alla löften (aktiviteterna finns kvar)', params: promiseParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removePromise(db, actorOf(request), request.params.collaborationId, request.params.promiseId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/promises/:promiseId/items`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Nytt löfte: text, parterna som lovar och fokusområde',
        params: promiseParams,
        body: createItemBody,
        response: { 201: promiseItemSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, promiseId } = request.params;
      const dto = await createItem(db, actorOf(request), collaborationId, promiseId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    `${base}/promise-items/:itemId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra löfte (kräver If-Match)', params: promiseItemParams, body: updateItemBody, response: { 200: promiseItemSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, itemId } = request.params;
      const dto = await updateItem(db, actorOf(request), collaborationId, itemId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/promise-items/:itemId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort löfte', params: promiseItemParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeItem(db, actorOf(request), request.params.collaborationId, request.params.itemId);
      return reply.status(204).send();
    },
  );

  app.put(
    `${base}/promise-items/:itemId/activities`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ange vilka planaktiviteter som infriar löftet (ersätter hela mängden; kräver If-Match)',
        params: promiseItemParams,
        body: setItemActivitiesBody,
        response: { 200: promiseItemSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, itemId } = request.params;
      const dto = await setItemActivities(db, actorOf(request), collaborationId, itemId, expectedVersion(request), request.body.activityIds);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.get(
    `${base}/activities/:activityId/promises`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Löften som aktiviteten infriar', params: activityParams, response: { 200: z.array(activityPromiseSchema), ...commonErrorResponses } },
    },
    async (request) => getActivityPromises(db, request.params.collaborationId, request.params.activityId),
  );
};
