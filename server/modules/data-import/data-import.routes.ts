import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { listPoliceEvents, listSeries, listStatisticValues } from './data-import.repo.js';
import {
  dataImportQuery,
  dataImportResultSchema,
  policeEventSchema,
  policeEventsQuery,
  seriesListSchema,
  statisticValueSchema,
  statisticsQuery,
} from './data-import.schemas.js';
import { importDataFile } from './data-import.service.js';

/** Large statistics files are streamed, not held in memory; this is the most one upload may send. */
export const MAX_DATA_FILE_BYTES = 512 * 1024 * 1024;

const DATA_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
];

async function* limited(stream: Readable, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new AppError('PAYLOAD_TOO_LARGE', `Filen är större än ${limit / 1024 / 1024} MB.`);
    yield chunk;
  }
}

export const dataImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['lägesbild'];
  const base = '/api/collaborations/:collaborationId';

  // The file is passed on as the request stream and read row by row (only in this module).
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(DATA_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    `${base}/data-imports`,
    {
      config: { access: access.member('coordinator') },
      bodyLimit: MAX_DATA_FILE_BYTES,
      schema: {
        tags,
        summary: 'Importera statistik eller händelser (rå filkropp: CSV, XLSX eller JSON) till lägesbilden',
        description:
          'Inget sparas om någon rad är felaktig (utom med skipInvalid=true); dryRun=true kontrollerar och räknar utan att spara. Samma fil två gånger ändrar inget.',
        params: collaborationParams,
        querystring: dataImportQuery,
        response: { 200: dataImportResultSchema, 201: dataImportResultSchema, ...commonErrorResponses, 413: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request, reply) => {
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Partial<Readable>).pipe !== 'function') {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Skicka filen som rå filkropp (text/csv, application/json eller .xlsx).');
      }
      const { source, fileName, skipInvalid, dryRun } = request.query;
      const result = await importDataFile(db, actorOf(request), {
        collaborationId: request.params.collaborationId,
        source,
        fileName,
        skipInvalid,
        dryRun,
        bytes: limited(body, MAX_DATA_FILE_BYTES),
      });
      if (!dryRun && result.errorCount > 0 && !skipInvalid) {
        throw new AppError('VALIDATION', `${result.errorCount} ${result.errorCount === 1 ? 'rad är felaktig' : 'rader är felaktiga'}; inget importerades.`, result);
      }
      return reply.status(result.committed ? 201 : 200).send(result);
    },
  );

  app.get(
    `${base}/statistics/series`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Statistikserier i lägesbilden', params: collaborationParams, response: { 200: seriesListSchema, ...commonErrorResponses } },
    },
    async (request) => listSeries(db, request.params.collaborationId),
  );

  app.get(
    `${base}/statistics`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'En statistikseries värden per område och period (Brå-antal även per 100 000 invånare)',
        params: collaborationParams,
        querystring: statisticsQuery,
        response: { 200: z.array(statisticValueSchema), ...commonErrorResponses },
      },
    },
    async (request) => listStatisticValues(db, request.params.collaborationId, request.query),
  );

  app.get(
    `${base}/police-events`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Händelser från Polisens API, senaste först',
        params: collaborationParams,
        querystring: policeEventsQuery,
        response: { 200: z.array(policeEventSchema), ...commonErrorResponses },
      },
    },
    async (request) => listPoliceEvents(db, request.params.collaborationId, request.query),
  );
};
