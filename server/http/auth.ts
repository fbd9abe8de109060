import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { findCollaboration } from '#server/modules/collaborations/collaborations.repo.js';
import { findMembership } from '#server/modules/members/members.repo.js';
import { findLiveSession, type UserRow } from '#server/modules/session/session.repo.js';
import { findActiveTokenByHash, touchToken, type TokenRow } from '#server/modules/tokens/tokens.repo.js';
import { roleAtLeast, roleOfTokenScope, type Access, type MemberRole } from './access.js';
import { sha256 } from './crypto.js';
import { AppError, forbidden, notFound } from './errors.js';

export const SESSION_COOKIE = 'samverkan_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthState {
  user: UserRow | null;
  session: { tokenHash: string; csrfToken: string; expiresAt: Date } | null;
  token: TokenRow | null;
  /** The caller's effective role in the route's collaboration (member routes only). */
  role: MemberRole | null;
  /** The organisation the caller acts for in this collaboration, if any. */
  organisationId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthState;
  }
  interface FastifyInstance {
    /** Every /api route with its access rule, for the authorization matrix and docs. */
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => uuidPattern.test(value);

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function actorOf(request: FastifyRequest): Actor {
  const { user, token } = request.auth;
  if (token) return { userId: null, tokenId: token.id, label: `API-nyckel: ${token.name}`, requestId: request.id };
  return { userId: user?.id ?? null, tokenId: null, label: user ? user.displayName || user.email : 'anonym', requestId: request.id };
}

/** The signed-in user, for routes whose access rule guarantees one. */
export function requireUser(request: FastifyRequest): UserRow {
  const user = request.auth.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Du behöver logga in.');
  return user;
}

async function identify(db: Db, request: FastifyRequest): Promise<void> {
  const now = new Date();
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Ogiltig Authorization-rubrik. Använd "Bearer <API-nyckel>".');
    const token = await findActiveTokenByHash(db, sha256(match[1]));
    if (!token) throw new AppError('UNAUTHENTICATED', 'API-nyckeln är ogiltig eller återkallad.');
    await touchToken(db, token.id, now);
    request.auth.token = token;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const found = await findLiveSession(db, sha256(cookie), now);
  if (!found) return;
  request.auth.user = found.user;
  request.auth.session = { tokenHash: found.session.tokenHash, csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt };
}

function checkCsrf(request: FastifyRequest): void {
  if (!request.auth.session || !unsafeMethods.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent !== request.auth.session.csrfToken) {
    throw new AppError('CSRF', 'Förfrågan saknar giltig CSRF-token. Ladda om sidan och försök igen.');
  }
}

async function authorise(db: Db, request: FastifyRequest, rule: Access): Promise<void> {
  const { user, token } = request.auth;
  switch (rule.kind) {
    case 'public':
      return;
    case 'signed-in':
      if (!user) throw new AppError('UNAUTHENTICATED', token ? 'API-nycklar kan inte användas här.' : 'Du behöver logga in.');
      return;
    case 'system-admin':
      if (!user) throw new AppError('UNAUTHENTICATED', token ? 'API-nycklar kan inte användas här.' : 'Du behöver logga in.');
      if (!user.isSystemAdmin) throw forbidden('Endast systemadministratörer får göra detta.');
      return;
    case 'member': {
      if (!user && !token) throw new AppError('UNAUTHENTICATED', 'Du behöver logga in.');
      const collaborationId = (request.params as Record<string, string | undefined>).collaborationId;
      if (!collaborationId || !isUuid(collaborationId)) throw notFound('Samverkan');
      let role: MemberRole | null = null;
      if (token) {
        if (token.collaborationId === collaborationId) role = roleOfTokenScope(token.scope);
      } else if (user) {
        const membership = await findMembership(db, collaborationId, user.id);
        if (membership) {
          role = membership.role;
          request.auth.organisationId = membership.organisationId;
        } else if (user.isSystemAdmin && (await findCollaboration(db, collaborationId))) {
          role = 'admin';
        }
      }
      // Outsiders learn nothing about another collaboration, not even that it exists.
      if (!role) throw notFound('Samverkan');
      if (!roleAtLeast(role, rule.role)) {
        throw forbidden(token ? 'API-nyckeln har inte behörighet för detta.' : 'Din roll i samverkan räcker inte för detta.');
      }
      request.auth.role = role;
      return;
    }
  }
}

/** Identifies the caller and enforces each route's access rule before its body is even parsed. */
export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('auth', null as unknown as AuthState);
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api')) return;
    const rule = route.config?.access;
    if (!rule) throw new Error(`Route ${String(route.method)} ${url} saknar access-regel (config.access).`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url, access: rule });
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.auth = { user: null, session: null, token: null, role: null, organisationId: null };
    const rule = request.routeOptions.config?.access;
    if (!rule) return; // static files and the not-found handler
    await identify(db, request);
    await authorise(db, request, rule);
    checkCsrf(request);
  });
}
