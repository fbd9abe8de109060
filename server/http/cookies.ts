import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '#server/env.js';
import { SESSION_COOKIE } from './auth.js';

function isSecure(request: FastifyRequest, env: Env): boolean {
  return request.protocol === 'https' || (env.PUBLIC_URL?.startsWith('https:') ?? false);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, env: Env, value: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, env),
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, env: Env): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(request, env) });
}
