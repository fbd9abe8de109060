import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '#server/http/access.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { activityParams, planParams } from '#server/modules/plans/plans.schemas.js';
import { asOfQuery, dashboardSchema, timelineSchema } from './follow-up.schemas.js';
import { activityTimeline, planDashboard, todayInSweden } from './follow-up.service.js';

export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['follow-up'];

  app.get(
    '/api/collaborations/:collaborationId/plans/:planId/dashboard',
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Uppföljning: varje aktivitets status (grön/gul/röd eller antal genomförda), grupperat per fokusområde',
        params: planParams,
        querystring: asOfQuery,
        response: { 200: dashboardSchema, ...commonErrorResponses },
      },
    },
    async (request) =>
      planDashboard(db, request.params.collaborationId, request.params.planId, request.query.asOf ?? todayInSweden(), request.auth.organisationId),
  );

  app.get(
    '/api/collaborations/:collaborationId/activities/:activityId/timeline',
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Tidslinje för en aktivitet: förväntat och genomfört per period', params: activityParams, querystring: asOfQuery, response: { 200: timelineSchema, ...commonErrorResponses } },
    },
    async (request) =>
      activityTimeline(db, request.params.collaborationId, request.params.activityId, request.query.asOf ?? todayInSweden(), request.auth.organisationId),
  );
};
