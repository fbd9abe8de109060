import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_PLAN_FILE_BYTES } from '#importers/plan-spreadsheet.js';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { planParams } from '#server/modules/plans/plans.schemas.js';
import { exportQuery, importQuery, importResultSchema } from './plan-spreadsheets.schemas.js';
import { exportPlan, exportPlanLog, importPlan, type SpreadsheetFormat } from './plan-spreadsheets.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const contentTypes: Record<SpreadsheetFormat, string> = { xlsx: XLSX, csv: 'text/csv; charset=utf-8' };

export const planSpreadsheetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['plans'];
  const base = '/api/collaborations/:collaborationId/plans/:planId';

  app.addContentTypeParser([XLSX, 'text/csv', 'application/vnd.ms-excel'], { parseAs: 'buffer', bodyLimit: MAX_PLAN_FILE_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  const send = (reply: import('fastify').FastifyReply, file: { data: Buffer; filename: string }, format: SpreadsheetFormat) =>
    reply
      .type(contentTypes[format])
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .send(file.data as never);

  app.get(
    `${base}/export`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Planen som Excel (xlsx) eller CSV', params: planParams, querystring: exportQuery, response: { ...commonErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, planId } = request.params;
      return send(reply, await exportPlan(db, collaborationId, planId, request.query.format), request.query.format);
    },
  );

  app.get(
    `${base}/log/export`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Genomförda aktiviteter som Excel eller CSV (bara det du får se)', params: planParams, querystring: exportQuery, response: { ...commonErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, planId } = request.params;
      return send(reply, await exportPlanLog(db, collaborationId, planId, request.query.format, request.auth.organisationId), request.query.format);
    },
  );

  app.post(
    `${base}/import`,
    {
      config: { access: access.member('coordinator') },
      bodyLimit: MAX_PLAN_FILE_BYTES,
      schema: {
        tags,
        summary: 'Läs in aktiviteter från Excel (xlsx) eller CSV: förhandsgranska, sedan spara (commit=true)',
        params: planParams,
        querystring: importQuery,
        response: { 200: importResultSchema, ...commonErrorResponses, 413: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Skicka filen som .xlsx eller .csv (text/csv).');
      const { collaborationId, planId } = request.params;
      return importPlan(db, actorOf(request), collaborationId, planId, request.body, {
        commit: request.query.commit === 'true',
        skipInvalid: request.query.skipInvalid === 'true',
      });
    },
  );
};
