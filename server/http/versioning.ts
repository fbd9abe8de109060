import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** Weak-free ETag for a row version: "v7". */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** The version the client saw, from If-Match. A save without one could silently overwrite, so it is refused. */
export function expectedVersion(request: FastifyRequest): number {
  const version = optionalExpectedVersion(request);
  if (version === null) {
    throw new AppError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om och försök igen.');
  }
  return version;
}

/** For writes where a missing If-Match has a meaning of its own (e.g. "there is nothing here yet"): the version, or null. */
export function optionalExpectedVersion(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (!header) return null;
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1]) throw new AppError('BAD_REQUEST', 'Ogiltig If-Match-rubrik; förväntat t.ex. "v3".');
  return Number(match[1]);
}

/** A stale save: tell the user, and hand back the current state so the UI can show the other person's change. */
export function staleVersion(current: unknown): AppError {
  return new AppError(
    'PRECONDITION_FAILED',
    'Någon annan har ändrat detta medan du redigerade. Se den senaste versionen nedan och gör om din ändring.',
    { current },
  );
}
