import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf, requireUser } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { organisationSchema } from '#server/modules/organisations/organisations.schemas.js';
import { presentOrganisation } from '#server/modules/organisations/organisations.service.js';
import {
  addPartyBody,
  collaborationParams,
  collaborationSchema,
  createCollaborationBody,
  partyParams,
  updateCollaborationBody,
} from './collaborations.schemas.js';
import {
  addParty,
  createCollaboration,
  getCollaboration,
  listCollaborations,
  removeParty,
  updateCollaboration,
} from './collaborations.service.js';

const writeErrors = { ...commonErrorResponses, 409: errorBodySchema, 412: errorBodySchema, 428: errorBodySchema };

export const collaborationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/api/collaborations',
    {
      config: { access: access.signedIn },
      schema: { tags: ['collaborations'], summary: 'Mina samverkansområden', response: { 200: z.array(collaborationSchema), ...commonErrorResponses } },
    },
    async (request) => listCollaborations(db, requireUser(request)),
  );

  app.post(
    '/api/collaborations',
    {
      config: { access: access.systemAdmin },
      schema: {
        tags: ['collaborations'],
        summary: 'Skapa en samverkan (systemadministratör)',
        body: createCollaborationBody,
        response: { 201: collaborationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createCollaboration(db, actorOf(request), request.body);
      setEtag(reply, created.version);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/collaborations/:collaborationId',
    {
      config: { access: access.member('viewer') },
      schema: { tags: ['collaborations'], summary: 'En samverkan', params: collaborationParams, response: { 200: collaborationSchema, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const dto = await getCollaboration(db, request.params.collaborationId, request.auth.role ?? 'viewer');
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    '/api/collaborations/:collaborationId',
    {
      config: { access: access.member('admin') },
      schema: {
        tags: ['collaborations'],
        summary: 'Ändra namn eller beskrivning (kräver If-Match)',
        params: collaborationParams,
        body: updateCollaborationBody,
        response: { 200: collaborationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const dto = await updateCollaboration(db, actorOf(request), request.params.collaborationId, version, request.body, request.auth.role ?? 'admin');
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.post(
    '/api/collaborations/:collaborationId/parties',
    {
      config: { access: access.member('admin') },
      schema: {
        tags: ['collaborations'],
        summary: 'Lägg till en part',
        params: collaborationParams,
        body: addPartyBody,
        response: { 201: organisationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const organisation = await addParty(db, actorOf(request), request.params.collaborationId, request.body);
      return reply.status(201).send(presentOrganisation(organisation));
    },
  );

  app.delete(
    '/api/collaborations/:collaborationId/parties/:organisationId',
    {
      config: { access: access.member('admin') },
      schema: { tags: ['collaborations'], summary: 'Ta bort en part', params: partyParams, response: { 204: z.undefined(), ...writeErrors } },
    },
    async (request, reply) => {
      await removeParty(db, actorOf(request), request.params.collaborationId, request.params.organisationId);
      return reply.status(204).send();
    },
  );
};
