import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as client from 'openid-client';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { setSessionCookie } from '#server/http/cookies.js';
import { AppError, errorBodySchema } from '#server/http/errors.js';
import { endSession, startSession } from '#server/modules/session/session.service.js';
import { describeOidcError, OidcClient, oidcSettings, OidcSignInError, resolveOidcUser } from './oidc.service.js';
import {
  isSafeReturnTo,
  openTransaction,
  sealTransaction,
  transactionKey,
  TRANSACTION_COOKIE,
  TRANSACTION_COOKIE_PATH,
  TRANSACTION_TTL_SECONDS,
} from './oidc.transaction.js';

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
/** Where the web app shows "sign-in with your organisation account failed". */
export const OIDC_FAILURE_URL = '/logga-in?fel=oidc';

const loginQuery = z.object({
  /** A path on this site to open after signing in, e.g. /samverkan/123. */
  returnTo: z
    .string()
    .refine(isSafeReturnTo, 'Ange en sökväg på den här webbplatsen som börjar med ett "/".')
    .optional()
    .describe('Sökväg på den här webbplatsen att gå till efter inloggningen, t.ex. /samverkan/123'),
});

const callbackQuery = z.object({
  code: z.string().optional().describe('Auktoriseringskod från identitetsleverantören'),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional().describe('Felkod från identitetsleverantören, t.ex. access_denied'),
  error_description: z.string().optional(),
});

const toProvider = z.undefined().describe('Vidare (Location) till identitetsleverantören, eller till /logga-in?fel=oidc om den inte svarar');
const backToApp = z.undefined().describe('Vidare (Location) till returnTo eller /, vid fel till /logga-in?fel=oidc');

/**
 * The request log line of the callback would carry the authorization code in its URL: keep only the
 * parameter names (and the provider's error code, which is no secret).
 */
function redactedUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  const kept = [...params.keys()].map((name) => (name === 'error' ? `error=${params.get('error') ?? ''}` : `${name}=[redacted]`));
  return `${url.slice(0, at)}?${kept.join('&')}`;
}

const callbackLogSerializers = {
  req: (req: FastifyRequest) => ({ method: req.method, url: redactedUrl(req.url), host: req.host, remoteAddress: req.ip }),
};

/** Errors that come from the protocol or our own checks, as opposed to bugs and outages. */
function isExpected(err: unknown): boolean {
  return (
    err instanceof OidcSignInError ||
    err instanceof client.ClientError ||
    err instanceof client.AuthorizationResponseError ||
    err instanceof client.ResponseBodyError ||
    err instanceof client.WWWAuthenticateChallengeError
  );
}

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, env } = app.deps;
  const db = database.db;
  const settings = oidcSettings(env);
  const oidc = settings ? new OidcClient(settings) : null;
  const key = settings ? transactionKey(settings.clientSecret) : null;

  const isSecure = (request: FastifyRequest) => request.protocol === 'https' || (env.PUBLIC_URL?.startsWith('https:') ?? false);
  const cookieOptions = (request: FastifyRequest) =>
    ({ path: TRANSACTION_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: isSecure(request) }) as const;

  /** PUBLIC_URL when set (behind a proxy), else the origin the browser used. Must be registered at the provider. */
  const redirectUri = (request: FastifyRequest) =>
    `${env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : `${request.protocol}://${request.host}`}${OIDC_CALLBACK_PATH}`;

  const fail = (request: FastifyRequest, reply: FastifyReply, err: unknown, message: string, extra: Record<string, unknown> = {}) => {
    const details = { ...describeOidcError(err), ...extra };
    if (isExpected(err)) request.log.warn({ oidc: details }, message);
    else request.log.error({ oidc: details }, message);
    return reply.redirect(OIDC_FAILURE_URL, 302);
  };

  app.get(
    '/api/auth/oidc/login',
    {
      config: { access: access.public },
      schema: {
        tags: ['session'],
        summary: 'Logga in via organisationens identitetsleverantör (OIDC)',
        description:
          'Skickar webbläsaren vidare (302) till identitetsleverantören. Vid fel hos leverantören skickas den till ' +
          `${OIDC_FAILURE_URL}. Svarar 404 när OIDC-inloggning inte är konfigurerad.`,
        querystring: loginQuery,
        response: { 302: toProvider, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!oidc || !key) throw new AppError('NOT_FOUND', 'Inloggning med organisationskonto (OIDC) är inte konfigurerad.');
      let begun: Awaited<ReturnType<OidcClient['begin']>>;
      try {
        begun = await oidc.begin(redirectUri(request), request.query.returnTo ?? null);
      } catch (err) {
        return fail(request, reply, err, 'OIDC discovery failed (identity provider unreachable or misconfigured)');
      }
      reply.setCookie(TRANSACTION_COOKIE, sealTransaction(key, begun.transaction), {
        ...cookieOptions(request),
        maxAge: TRANSACTION_TTL_SECONDS,
      });
      return reply.redirect(begun.url.href, 302);
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { access: access.public },
      logSerializers: callbackLogSerializers,
      schema: {
        tags: ['session'],
        summary: 'Återkomst från identitetsleverantören (OIDC)',
        description:
          'Kontrollerar svaret, loggar in och skickar webbläsaren (302) till den sökväg inloggningen började med, annars till /. ' +
          `Vid fel (nekat samtycke, ogiltigt state, fel hos leverantören) skickas den till ${OIDC_FAILURE_URL}.`,
        querystring: callbackQuery,
        response: { 302: backToApp, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const sealed = request.cookies[TRANSACTION_COOKIE];
      // One use only, whatever happens next.
      if (sealed !== undefined) reply.clearCookie(TRANSACTION_COOKIE, cookieOptions(request));
      try {
        if (!oidc || !key) throw new OidcSignInError('OIDC is not configured');
        const transaction = openTransaction(key, sealed);
        if (!transaction) {
          throw new OidcSignInError(sealed === undefined ? 'sign-in cookie missing' : 'sign-in cookie invalid or expired');
        }
        const currentUrl = new URL(redirectUri(request));
        currentUrl.search = new URL(request.url, 'http://callback.invalid').search;
        const identity = await oidc.complete(currentUrl, transaction);
        const user = await resolveOidcUser(db, actorOf(request), identity);
        // A browser that was signed in as someone else is signed out of that session first.
        if (request.auth.session) await endSession(db, request.auth.session.tokenHash, actorOf(request));
        const session = await startSession(db, user, env.SESSION_TTL_HOURS, actorOf(request), 'oidc');
        setSessionCookie(request, reply, env, session.cookieValue, session.expiresAt);
        request.log.info({ userId: user.id }, 'OIDC sign-in');
        return reply.redirect(transaction.returnTo ?? '/', 302);
      } catch (err) {
        // The provider's own error code (e.g. access_denied) is worth logging even when our check failed first.
        const providerError = request.query.error?.slice(0, 100);
        return fail(request, reply, err, 'OIDC sign-in failed', providerError ? { providerError } : {});
      }
    },
  );
};
