import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { presentActivity } from './plans.presenter.js';
import {
  activityParams,
  activitySchema,
  createActivityBody,
  createPlanBody,
  planParams,
  planSchema,
  planWithActivitiesSchema,
  updateActivityBody,
  updatePlanBody,
} from './plans.schemas.js';
import { createActivity, createPlan, getActivity, getPlan, getPlans, removeActivity, removePlan, updateActivity, updatePlan } from './plans.service.js';

export const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['plans'];
  const base = '/api/collaborations/:collaborationId';

  app.get(
    `${base}/plans`,
    { config: { access: access.member('viewer') }, schema: { tags, summary: 'Planer', params: collaborationParams, response: { 200: z.array(planSchema), ...commonErrorResponses } } },
    async (request) => getPlans(db, request.params.collaborationId),
  );

  app.post(
    `${base}/plans`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny plan (genomförandeplan, handlingsplan eller åtgärdsplan)', params: collaborationParams, body: createPlanBody, response: { 201: planSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createPlan(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    `${base}/plans/:planId`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'En plan med dess aktiviteter', params: planParams, response: { 200: planWithActivitiesSchema, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const dto = await getPlan(db, request.params.collaborationId, request.params.planId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    `${base}/plans/:planId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra plan (kräver If-Match)', params: planParams, body: updatePlanBody, response: { 200: planSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, planId } = request.params;
      const dto = await updatePlan(db, actorOf(request), collaborationId, planId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/plans/:planId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort plan med aktiviteter och logg', params: planParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removePlan(db, actorOf(request), request.params.collaborationId, request.params.planId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/plans/:planId/activities`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ny aktivitet i planen; målet läses ur När-texten om frequency utelämnas',
        params: planParams,
        body: createActivityBody,
        response: { 201: activitySchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, planId } = request.params;
      const dto = await createActivity(db, actorOf(request), collaborationId, planId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    `${base}/activities/:activityId`,
    { config: { access: access.member('viewer') }, schema: { tags, summary: 'En aktivitet', params: activityParams, response: { 200: activitySchema, ...commonErrorResponses } } },
    async (request, reply) => {
      const dto = presentActivity(await getActivity(db, request.params.collaborationId, request.params.activityId));
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    `${base}/activities/:activityId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra aktivitet (kräver If-Match)', params: activityParams, body: updateActivityBody, response: { 200: activitySchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, activityId } = request.params;
      const dto = await updateActivity(db, actorOf(request), collaborationId, activityId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/activities/:activityId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort aktivitet', params: activityParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeActivity(db, actorOf(request), request.params.collaborationId, request.params.activityId);
      return reply.status(204).send();
    },
  );
};
