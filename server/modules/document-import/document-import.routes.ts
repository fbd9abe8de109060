import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_DOCUMENT_BYTES } from '#importers/documents/errors.js';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { AppError, commonErrorResponses, errorBodySchema } from '#server/http/errors.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { commitBody, commitResultSchema, importedDocumentSchema, uploadQuery } from './document-import.schemas.js';
import { commitExtraction, readDocument } from './document-import.service.js';

/** The types a browser may label a document with; the importer tells the real format from the bytes. */
const DOCUMENT_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
];

export const documentImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['document-import'];
  const base = '/api/collaborations/:collaborationId/document-imports';

  // The document arrives as the raw file, bytes untouched (a text file may be in any encoding); only in this module.
  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser(DOCUMENT_TYPES, { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES }, (_req, body, done) => done(null, body));

  app.post(
    base,
    {
      config: { access: access.member('coordinator') },
      bodyLimit: MAX_DOCUMENT_BYTES,
      schema: {
        tags,
        summary: 'Läs ett dokument (.docx, .pdf, .txt, .md; rå filkropp) och visa vad som hittades; inget sparas',
        params: collaborationParams,
        querystring: uploadQuery,
        response: { 200: importedDocumentSchema, ...commonErrorResponses, 413: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Skicka dokumentet som rå filkropp (application/octet-stream).');
      if (request.body.length === 0) throw new AppError('BAD_REQUEST', 'Filen är tom. Välj dokumentet igen.');
      // A client that gives up (Avbryt) stops the reading too.
      const abort = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableEnded) abort.abort();
      });
      return readDocument({ bytes: new Uint8Array(request.body), fileName: request.query.filename, signal: abort.signal });
    },
  );

  app.post(
    `${base}/commit`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Skapa avtal (utkast), fokusområden, plan med aktiviteter och medborgarlöften ur ett granskat dokument, i en transaktion',
        params: collaborationParams,
        body: commitBody,
        response: { 201: commitResultSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const result = await commitExtraction(db, request.params.collaborationId, request.body, actorOf(request));
      return reply.status(201).send(result);
    },
  );
};
