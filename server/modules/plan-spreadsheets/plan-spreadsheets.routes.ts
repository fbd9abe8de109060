import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_PLAN_FILE_BYTES } from '#importers/plan-spreadsheet.js';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { frequencySchema } from '#domain/frequency/frequency.js';
import { planParams, preventionLevelSchema, preventionTypeSchema } from '#server/modules/plans/plans.schemas.js';
import { exportPlan, exportPlanLog, importPlan, type SpreadsheetFormat } from './plan-spreadsheets.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const contentTypes: Record<SpreadsheetFormat, string> = { xlsx: XLSX, csv: 'text/csv; charset=utf-8' };

const exportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
const importQuery = z.strictObject({
  /** false: only check and show what would be read. */
  commit: z.enum(['true', 'false']).default('false'),
  /** true: write the valid rows and leave out the invalid ones. */
  skipInvalid: z.enum(['true', 'false']).default('false'),
});

const importResultSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int(),
      errors: z.array(z.object({ column: z.string(), message: z.string() })),
      activity: z
        .object({
          focusArea: z.string().nullable(),
          what: z.string(),
          whenText: z.string(),
          frequency: frequencySchema,
          partners: z.array(z.string()),
          responsible: z.string(),
          followUpMeasure: z.string(),
          cause: z.string(),
          operativeGoal: z.string(),
          preventionType: preventionTypeSchema.nullable(),
          preventionLevel: preventionLevelSchema.nullable(),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  ignoredColumns: z.array(z.string()),
  valid: z.number().int(),
  invalid: z.number().int(),
  created: z.number().int(),
  committed: z.boolean(),
});

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
