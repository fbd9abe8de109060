import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from './errors.js';

interface FieldError {
  field: string;
  message: string;
}

function toFieldErrors(err: FastifyError): FieldError[] {
  const where = err.validationContext ?? 'body';
  return (err.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    // An unknown field is reported at the field itself, so the user sees which one.
    if (Array.isArray(keys) && keys.length === 1) path.push(String(keys[0]));
    return { field: [where, ...path].join('.'), message: v.message ?? 'Ogiltigt värde' };
  });
}

function send(reply: import('fastify').FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** The one place that turns an error into `{ error: { code, message, details } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return send(reply, error.status, { error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, 400, {
        error: { code: 'VALIDATION', message: 'Uppgifterna är inte giltiga. Rätta fälten och försök igen.', details: toFieldErrors(error) },
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return send(reply, 500, { error: { code: 'INTERNAL', message: 'Ett internt fel uppstod. Försök igen senare.' } });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Förfrågan är för stor.' } });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, {
          error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Innehållstypen stöds inte. Skicka JSON (application/json).' },
        });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, 400, { error: { code: 'BAD_REQUEST', message: 'Förfrågan innehåller ogiltig JSON.' } });
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, 400, { error: { code: 'BAD_REQUEST', message: 'Ogiltig Content-Length.' } });
    }
    if (error.statusCode === 429) {
      return send(reply, 429, { error: { code: 'RATE_LIMITED', message: 'För många försök. Vänta en stund och försök igen.' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return send(reply, 400, { error: { code: 'BAD_REQUEST', message: 'Förfrågan kunde inte tolkas.' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, { error: { code: 'INTERNAL', message: 'Ett internt fel uppstod. Försök igen senare.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    // The web app owns every non-API path: let the SPA route it.
    const spa = (reply as unknown as { sendFile?: (file: string) => unknown }).sendFile;
    if (request.method === 'GET' && !request.url.startsWith('/api') && typeof spa === 'function') {
      return spa.call(reply, 'index.html');
    }
    return send(reply, 404, { error: { code: 'NOT_FOUND', message: `Det finns ingen sida eller resurs på ${request.url}.` } });
  });
}
