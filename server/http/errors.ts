import { z } from 'zod';

/** Every error the API can answer with, and its HTTP status. One map, one handler. */
export const errorStatus = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = 'Resursen') => new AppError('NOT_FOUND', `${what} finns inte eller så saknar du behörighet.`);
export const forbidden = (message = 'Du saknar behörighet för detta.') => new AppError('FORBIDDEN', message);

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Maskinläsbar felkod, t.ex. VALIDATION'),
      message: z.string().describe('Beskrivning på svenska'),
      details: z.unknown().optional().describe('Fältfel eller annan detalj'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The error responses every route may give, for the OpenAPI document. */
export const commonErrorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
} as const;
