import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import {
  causeParams,
  createCauseBody,
  createProblemBody,
  linkActivityBody,
  linkIndicatorBody,
  listProblemsQuery,
  problemActivityParams,
  problemCauseSchema,
  problemIndicatorParams,
  problemParams,
  problemQuery,
  problemWithChainSchema,
  updateCauseBody,
  updateProblemBody,
} from './problems.schemas.js';
import {
  addCause,
  changeCause,
  createProblem,
  getProblem,
  getProblems,
  linkActivity,
  linkIndicator,
  removeCause,
  removeProblem,
  unlinkActivity,
  unlinkIndicator,
  updateProblem,
  type ChainView,
} from './problems.service.js';

/** The chain is read as the asker sees it: today's status (or `asOf`), restricted log entries only for their organisation. */
const viewOf = (request: FastifyRequest, asOf?: string): ChainView => ({ asOf: asOf ?? todayInSweden(), viewerOrganisationId: request.auth.organisationId });

export const problemsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['problems'];
  const base = '/api/collaborations/:collaborationId';
  const problem = `${base}/problems/:problemId`;

  app.get(
    `${base}/problems`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Problem i prioritetsordning med hela kedjan: orsaker → aktiviteter (med uppföljning) → indikatorer',
        params: collaborationParams,
        querystring: listProblemsQuery,
        response: { 200: z.array(problemWithChainSchema), ...commonErrorResponses },
      },
    },
    async (request) => {
      const { asOf, ...filter } = request.query;
      return getProblems(db, request.params.collaborationId, filter, viewOf(request, asOf));
    },
  );

  app.post(
    `${base}/problems`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Nytt problem: rubrik, beskrivning, område, prioritet, fokusområde och lägesbild', params: collaborationParams, body: createProblemBody, response: { 201: problemWithChainSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createProblem(db, actorOf(request), request.params.collaborationId, request.body, viewOf(request));
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    problem,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Ett problem med hela kedjan', params: problemParams, querystring: problemQuery, response: { 200: problemWithChainSchema, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const dto = await getProblem(db, request.params.collaborationId, request.params.problemId, viewOf(request, request.query.asOf));
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    problem,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra problemet, även prioritet och ordning (kräver If-Match)', params: problemParams, body: updateProblemBody, response: { 200: problemWithChainSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, problemId } = request.params;
      const dto = await updateProblem(db, actorOf(request), collaborationId, problemId, expectedVersion(request), request.body, viewOf(request));
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    problem,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort problemet med dess orsaker och kopplingar (aktiviteterna och indikatorerna finns kvar)', params: problemParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeProblem(db, actorOf(request), request.params.collaborationId, request.params.problemId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${problem}/causes`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny orsak, riskfaktor eller skyddsfaktor', params: problemParams, body: createCauseBody, response: { 201: problemCauseSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await addCause(db, actorOf(request), request.params.collaborationId, request.params.problemId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.patch(
    `${base}/problem-causes/:causeId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra en orsak, riskfaktor eller skyddsfaktor (kräver If-Match)', params: causeParams, body: updateCauseBody, response: { 200: problemCauseSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await changeCause(db, actorOf(request), request.params.collaborationId, request.params.causeId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/problem-causes/:causeId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort en orsak (aktiviteter kopplade till den gäller sedan problemet som helhet)', params: causeParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeCause(db, actorOf(request), request.params.collaborationId, request.params.causeId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${problem}/activities`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Koppla en planaktivitet till problemet, eventuellt till en av dess orsaker (en gång per aktivitet; igen flyttar kopplingen)',
        params: problemParams,
        body: linkActivityBody,
        response: { 200: problemWithChainSchema, ...writeErrorResponses },
      },
    },
    async (request) => linkActivity(db, actorOf(request), request.params.collaborationId, request.params.problemId, request.body, viewOf(request)),
  );

  app.delete(
    `${problem}/activities/:activityId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort kopplingen till en aktivitet (aktiviteten finns kvar)', params: problemActivityParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, problemId, activityId } = request.params;
      await unlinkActivity(db, actorOf(request), collaborationId, problemId, activityId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${problem}/indicators`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Koppla en indikator som följer problemet', params: problemParams, body: linkIndicatorBody, response: { 200: problemWithChainSchema, ...writeErrorResponses } },
    },
    async (request) => linkIndicator(db, actorOf(request), request.params.collaborationId, request.params.problemId, request.body.indicatorId, viewOf(request)),
  );

  app.delete(
    `${problem}/indicators/:indicatorId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort kopplingen till en indikator (indikatorn finns kvar)', params: problemIndicatorParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, problemId, indicatorId } = request.params;
      await unlinkIndicator(db, actorOf(request), collaborationId, problemId, indicatorId);
      return reply.status(204).send();
    },
  );
};
