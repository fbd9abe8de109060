import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, type MemberRole } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { calendarFeedParams, calendarFeedSchema, calendarTokenParams, createCalendarFeedBody, createdCalendarFeedSchema } from './calendar.schemas.js';
import { createFeed, getFeeds, renderFeed, revoke, type FeedManager } from './calendar.service.js';

/** How long a calendar client or proxy may keep a fetched feed (seconds). */
export const FEED_MAX_AGE = 900;

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const env = app.deps.env;
  const tags = ['calendar'];
  const base = '/api/collaborations/:collaborationId/calendar-feeds';

  /** PUBLIC_URL when set (behind a proxy), else the origin the request came to. */
  const originOf = (request: FastifyRequest) => (env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : `${request.protocol}://${request.host}`);
  // The member access rule has set the role before the handler runs.
  const managerOf = (request: FastifyRequest): FeedManager => ({ role: request.auth.role as MemberRole, user: request.auth.token ? null : request.auth.user });

  app.get(
    base,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Kalenderflöden (administratörer ser alla, övriga sina egna personliga)',
        params: collaborationParams,
        response: { 200: z.array(calendarFeedSchema), ...commonErrorResponses },
      },
    },
    async (request) => getFeeds(db, request.params.collaborationId, managerOf(request)),
  );

  app.post(
    base,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Skapa ett kalenderflöde (adressen med hemligheten visas en gång)',
        description:
          'personal: true ger ett personligt flöde för den inloggade medlemmen (alla roller); personal: false samverkans gemensamma flöde (endast administratörer).',
        params: collaborationParams,
        body: createCalendarFeedBody,
        response: { 201: createdCalendarFeedSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFeed(db, actorOf(request), request.params.collaborationId, managerOf(request), request.body, originOf(request))),
  );

  app.delete(
    `${base}/:feedId`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Återkalla ett kalenderflöde (sitt eget personliga, eller vilket som helst som administratör)',
        params: calendarFeedParams,
        response: { 204: z.undefined(), ...commonErrorResponses, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      await revoke(db, actorOf(request), request.params.collaborationId, managerOf(request), request.params.feedId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      // The secret in the address is the credential (calendar clients cannot sign in).
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Kalenderflödet som iCalendar (text/calendar) att prenumerera på',
        description: 'Okända och återkallade adresser ger 404. Se docs/calendar.md för innehållet.',
        params: calendarTokenParams,
        response: { 404: errorBodySchema },
      },
      onSend: async (_request, reply, payload) => {
        // The app marks every /api answer no-store; a feed may be kept for a while by the client.
        if (reply.statusCode === 200) reply.header('cache-control', `private, max-age=${FEED_MAX_AGE}`);
        return payload;
      },
    },
    async (request, reply) => {
      const body = await renderFeed(db, request.params.token, originOf(request));
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="samverkan.ics"').send(body as never);
    },
  );
};
