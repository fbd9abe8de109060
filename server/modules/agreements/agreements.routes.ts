import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import {
  adoptBody,
  agreementDiffSchema,
  agreementParams,
  agreementSchema,
  agreementSummarySchema,
  agreementVersionSchema,
  agreementVersionSummarySchema,
  asOfQuery,
  createAgreementBody,
  diffQuery,
  reviseBody,
  terminateBody,
  updateAgreementBody,
  versionParams,
} from './agreements.schemas.js';
import {
  adoptAgreement,
  createAgreement,
  getAgreement,
  getAgreements,
  getDiff,
  getVersion,
  getVersions,
  removeAgreement,
  reviseAgreement,
  terminateAgreement,
  updateAgreement,
} from './agreements.service.js';

/** Samverkansöverenskommelser and samverkansavtal: drafts, adopted versions, revisions, termination. */
export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['agreements'];
  const base = '/api/collaborations/:collaborationId/agreements';
  const one = `${base}/:agreementId`;
  const readErrors = commonErrorResponses;

  app.get(
    base,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Avtal (samverkansöverenskommelser och samverkansavtal) med status per dag (asOf, standard i dag)',
        params: collaborationParams,
        querystring: asOfQuery,
        response: { 200: z.array(agreementSummarySchema), ...readErrors },
      },
    },
    async (request) => getAgreements(db, request.params.collaborationId, request.query.asOf ?? todayInSweden()),
  );

  app.post(
    base,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Nytt avtal (utkast)', params: collaborationParams, body: createAgreementBody, response: { 201: agreementSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createAgreement(db, actorOf(request), request.params.collaborationId, request.body, todayInSweden());
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    one,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Ett avtal med innehåll och status', params: agreementParams, querystring: asOfQuery, response: { 200: agreementSchema, ...readErrors } },
    },
    async (request, reply) => {
      const { collaborationId, agreementId } = request.params;
      const dto = await getAgreement(db, collaborationId, agreementId, request.query.asOf ?? todayInSweden());
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    one,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ändra utkastet (kräver If-Match); ett fastställt avtal ändras genom att revideras',
        params: agreementParams,
        body: updateAgreementBody,
        response: { 200: agreementSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, agreementId } = request.params;
      const dto = await updateAgreement(db, actorOf(request), collaborationId, agreementId, expectedVersion(request), request.body, todayInSweden());
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    one,
    {
      config: { access: access.member('admin') },
      schema: { tags, summary: 'Ta bort ett utkast som aldrig fastställts', params: agreementParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      await removeAgreement(db, actorOf(request), request.params.collaborationId, request.params.agreementId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${one}/adopt`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Fastställ utkastet (kräver If-Match): versionen sparas och behålls',
        params: agreementParams,
        body: adoptBody,
        response: { 200: agreementSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, agreementId } = request.params;
      const dto = await adoptAgreement(db, actorOf(request), collaborationId, agreementId, expectedVersion(request), request.body, todayInSweden());
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.post(
    `${one}/revise`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Revidera (kräver If-Match): börja på en ny version, ett utkast med den fastställda texten',
        params: agreementParams,
        body: reviseBody,
        response: { 200: agreementSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, agreementId } = request.params;
      const dto = await reviseAgreement(db, actorOf(request), collaborationId, agreementId, expectedVersion(request), todayInSweden());
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.post(
    `${one}/terminate`,
    {
      config: { access: access.member('admin') },
      schema: {
        tags,
        summary: 'Säg upp avtalet (kräver If-Match); terminatedOn är dagen uppsägningen lämnades',
        params: agreementParams,
        body: terminateBody,
        response: { 200: agreementSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, agreementId } = request.params;
      const dto = await terminateAgreement(db, actorOf(request), collaborationId, agreementId, expectedVersion(request), request.body, todayInSweden());
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.get(
    `${one}/versions`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Avtalets fastställda versioner', params: agreementParams, response: { 200: z.array(agreementVersionSummarySchema), ...readErrors } },
    },
    async (request) => getVersions(db, request.params.collaborationId, request.params.agreementId),
  );

  app.get(
    `${one}/versions/:number`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'En fastställd version', params: versionParams, response: { 200: agreementVersionSchema, ...readErrors } },
    },
    async (request) => {
      const { collaborationId, agreementId, number } = request.params;
      return getVersion(db, collaborationId, agreementId, number);
    },
  );

  app.get(
    `${one}/diff`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Skillnader mellan två versioner (from, to: versionsnummer eller "draft")',
        params: agreementParams,
        querystring: diffQuery,
        response: { 200: agreementDiffSchema, ...readErrors },
      },
    },
    async (request) => {
      const { collaborationId, agreementId } = request.params;
      return getDiff(db, collaborationId, agreementId, request.query.from, request.query.to);
    },
  );
};
