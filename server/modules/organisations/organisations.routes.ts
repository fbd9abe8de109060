import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { searchOrganisations } from './organisations.repo.js';
import { listOrganisationsQuery, newOrganisationSchema, organisationSchema } from './organisations.schemas.js';
import { createOrganisation, presentOrganisation } from './organisations.service.js';

export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/api/organisations',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['organisations'],
        summary: 'Sök kommuner, lokalpolisområden och andra organisationer',
        querystring: listOrganisationsQuery,
        response: { 200: z.array(organisationSchema), ...commonErrorResponses },
      },
    },
    async (request) => (await searchOrganisations(db, request.query)).map(presentOrganisation),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: access.systemAdmin },
      schema: {
        tags: ['organisations'],
        summary: 'Lägg till ett lokalpolisområde eller en annan organisation (systemadministratör)',
        body: newOrganisationSchema,
        response: { 201: organisationSchema, ...commonErrorResponses, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) => createOrganisation(tx, actorOf(request), request.body, null));
      return reply.status(201).send(presentOrganisation(created));
    },
  );
};
