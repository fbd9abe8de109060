import * as client from 'openid-client';
import { z } from 'zod';
import type { Db } from '#server/db/client.js';
import { isUniqueViolation } from '#server/db/errors.js';
import type { Env } from '#server/env.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { presentUser } from '#server/modules/users/users.presenter.js';
import { findUserByEmail, findUserByOidc, insertUser, updateUser, type UserRow } from '#server/modules/users/users.repo.js';
import { TRANSACTION_TTL_SECONDS, type OidcTransaction } from './oidc.transaction.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  allowInsecure: boolean;
}

/** The OIDC settings, or null when OIDC sign-in is not configured (parseEnv makes sure it is all or nothing). */
export function oidcSettings(env: Env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const scopes = env.OIDC_SCOPES.split(/\s+/).filter(Boolean);
  if (!scopes.includes('openid')) scopes.unshift('openid');
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    scope: scopes.join(' '),
    allowInsecure: env.OIDC_ALLOW_INSECURE,
  };
}

/** Who the provider says signed in, taken from the ID token (and the userinfo endpoint when it lacks an e-mail). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** As the provider states it; null when the provider does not say (Entra ID does not). */
  emailVerified: boolean | null;
  name: string | null;
}

/** A sign-in that was refused for a reason of ours (not a protocol error); `reason` goes to the log only. */
export class OidcSignInError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OidcSignInError';
  }
}

const DISCOVERY_TIMEOUT_SECONDS = 10;

async function discover(settings: OidcSettings): Promise<client.Configuration> {
  const execute = settings.allowInsecure ? [client.allowInsecureRequests] : [];
  // client_secret_basic is the OpenID Connect default (and what Entra ID and the eID brokers accept);
  // fall back to client_secret_post only for a provider that says it does not support basic.
  const discovered = await client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    client.ClientSecretBasic(settings.clientSecret),
    { execute, timeout: DISCOVERY_TIMEOUT_SECONDS },
  );
  const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    const config = new client.Configuration(
      discovered.serverMetadata(),
      settings.clientId,
      settings.clientSecret,
      client.ClientSecretPost(settings.clientSecret),
    );
    config.timeout = DISCOVERY_TIMEOUT_SECONDS;
    for (const fn of execute) fn(config);
    return config;
  }
  return discovered;
}

/** One per app: discovers the provider on first use and keeps the result; a failed discovery is retried on the next sign-in. */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const pending = discover(this.settings);
      this.configuration = pending;
      pending.catch(() => {
        if (this.configuration === pending) this.configuration = null;
      });
    }
    return this.configuration;
  }

  /** The provider's authorization URL, with PKCE (S256), state and nonce, and what the callback needs to check. */
  async begin(redirectUri: string, returnTo: string | null): Promise<{ url: URL; transaction: OidcTransaction }> {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const transaction: OidcTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier,
      returnTo,
      expiresAt: Date.now() + TRANSACTION_TTL_SECONDS * 1000,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url, transaction };
  }

  /**
   * Checks the authorization response (state, iss, error), redeems the code with the PKCE verifier and
   * validates the ID token (issuer, audience, expiry, nonce). Throws on anything wrong.
   */
  async complete(currentUrl: URL, transaction: OidcTransaction): Promise<OidcIdentity> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcSignInError('no ID token in the token response');
    let identity = identityFromClaims(claims.iss, claims);
    // Some providers (eID brokers in particular) put only `sub` in the ID token and the rest in userinfo.
    if (!identity.email && config.serverMetadata().userinfo_endpoint && tokens.access_token) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      identity = identityFromClaims(claims.iss, { ...info, ...stripEmpty(claims) });
    }
    return identity;
  }
}

function stripEmpty(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

const emailAddress = z.email().max(254);
const isEmail = (value: string | null): value is string => value !== null && emailAddress.safeParse(value).success;

function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Maps claims to an identity. The e-mail is `email`, or else `preferred_username` when it looks like an
 * address (Entra ID without the optional `email` claim gives the UPN there).
 */
export function identityFromClaims(issuer: string, claims: Record<string, unknown>): OidcIdentity {
  const sub = stringClaim(claims, 'sub');
  if (!sub) throw new OidcSignInError('the ID token has no subject');
  const email = stringClaim(claims, 'email');
  const preferred = stringClaim(claims, 'preferred_username');
  const address = isEmail(email) ? email : isEmail(preferred) ? preferred : null;
  const verified = claims.email_verified;
  return {
    issuer,
    subject: sub,
    email: address ? address.toLowerCase() : null,
    // email_verified is sometimes sent as a string ("true"/"false").
    emailVerified: verified === true || verified === 'true' ? true : verified === false || verified === 'false' ? false : null,
    name: stringClaim(claims, 'name'),
  };
}

/**
 * Finds or creates the local account for an OIDC identity:
 * 1. the account already linked to (issuer, subject);
 * 2. else the account with the same e-mail, which is then linked, but only when the provider gives an
 *    e-mail and does not say it is unverified (email_verified !== false), and never a system administrator
 *    (an e-mail claim from a misconfigured or multi-tenant provider must not hand over the installation);
 * 3. else a new account without a password.
 * No membership is created: an administrator adds people to a collaboration by e-mail.
 */
export async function resolveOidcUser(db: Db, actor: Actor, identity: OidcIdentity): Promise<UserRow> {
  try {
    return await resolveOnce(db, actor, identity);
  } catch (err) {
    // Two first sign-ins of the same person at once: the loser finds the winner's row.
    if (isUniqueViolation(err)) return resolveOnce(db, actor, identity);
    throw err;
  }
}

async function resolveOnce(db: Db, actor: Actor, identity: OidcIdentity): Promise<UserRow> {
  const linked = await findUserByOidc(db, identity.issuer, identity.subject);
  if (linked) return linked;

  if (!identity.email) {
    throw new OidcSignInError('the provider gave no e-mail address (email or preferred_username claim)');
  }
  if (identity.emailVerified === false) {
    // Neither link nor create: an unverified address must not take over an account or an invitation.
    throw new OidcSignInError('the provider says the e-mail address is not verified (email_verified=false)');
  }
  const email = identity.email;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    if (existing.isSystemAdmin) {
      throw new OidcSignInError('a system administrator account is never linked to an OIDC identity by e-mail alone');
    }
    if (existing.oidcIssuer === identity.issuer && existing.oidcSubject && existing.oidcSubject !== identity.subject) {
      // The address now belongs to another person at the same provider (e.g. a reused mailbox).
      throw new OidcSignInError('the account with this e-mail is linked to another subject at the same issuer');
    }
    return db.transaction(async (tx) => {
      const before = { oidcIssuer: existing.oidcIssuer, oidcSubject: existing.oidcSubject };
      const user = await updateUser(tx, existing.id, { oidcIssuer: identity.issuer, oidcSubject: identity.subject });
      await recordAudit(tx, actorFor(actor, user), {
        collaborationId: null,
        action: 'update',
        entityType: 'user',
        entityId: user.id,
        before,
        after: { oidcIssuer: user.oidcIssuer, oidcSubject: user.oidcSubject },
      });
      return user;
    });
  }

  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email,
      displayName: (identity.name ?? email).slice(0, 200),
      passwordHash: null,
      isSystemAdmin: false,
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
    });
    await recordAudit(tx, actorFor(actor, user), {
      collaborationId: null,
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      after: { ...presentUser(user), oidcIssuer: user.oidcIssuer, oidcSubject: user.oidcSubject },
    });
    return user;
  });
}

/** The person signing in is the actor of their own account's creation or linking. */
function actorFor(actor: Actor, user: UserRow): Actor {
  return { ...actor, userId: user.id, label: `${user.displayName || user.email} (OIDC)` };
}

/** What may be logged about a failed sign-in: error codes and descriptions, never tokens, codes or the response. */
export function describeOidcError(err: unknown): Record<string, unknown> {
  const clip = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : undefined);
  if (err instanceof OidcSignInError) return { reason: err.reason };
  if (err instanceof client.AuthorizationResponseError) {
    return { reason: 'provider returned an error', error: clip(err.error), errorDescription: clip(err.error_description) };
  }
  if (err instanceof client.ResponseBodyError) {
    return { reason: 'token endpoint error', status: err.status, error: clip(err.error), errorDescription: clip(err.error_description) };
  }
  if (err instanceof Error) {
    const out: Record<string, unknown> = { reason: clip(err.message), name: err.name, code: clip((err as { code?: unknown }).code) };
    // openid-client wraps the precise check that failed (e.g. 'unexpected "state" response parameter value');
    // only its message is taken, never its own cause, which holds the response parameters.
    const cause: unknown = err.cause;
    if (cause instanceof Error) out.detail = clip(cause.message);
    else if (cause instanceof Response) out.status = cause.status;
    return out;
  }
  return { reason: 'unknown error' };
}
