import { generateKeyPairSync } from 'node:crypto';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Account, AccountClaims } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '#server/app.js';
import { auditEvents, memberships } from '#server/db/schema.js';
import { parseEnv, type Env } from '#server/env.js';
import { findUserByEmail, findUserById } from '#server/modules/users/users.repo.js';
import { buildUser } from '#tests/factories.js';
import { freshDatabase, type TestDatabase } from '#tests/setup/database.js';

/**
 * The whole OIDC sign-in against a real, local OpenID Provider (oidc-provider with its development login and
 * consent pages), driven like a browser: fetch with manual redirects and a cookie jar. No mocks.
 */

const CLIENT_ID = 'samverkan-test';
const CLIENT_SECRET = 'test-client-secret-that-is-long-enough';

interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Leave e-mail out of the ID token (it is only in userinfo), as some eID brokers do. */
  emailOnlyInUserinfo?: boolean;
}

const accounts: Record<string, TestAccount> = {
  anna: { email: 'Anna.Andersson@kommun.example', email_verified: true, name: 'Anna Andersson' },
  bertil: { email: 'bertil.berg@polisen.example', email_verified: true, name: 'Bertil Berg' },
  cecilia: { email: 'cecilia@kommun.example', email_verified: false, name: 'Cecilia Carlsson' },
  david: { email: 'david@kommun.example', email_verified: true, name: 'David Dahl', emailOnlyInUserinfo: true },
  erik: { name: 'Erik Utan E-post' },
  fia: { email: 'fia@kommun.example', email_verified: true, name: 'Fia Fors' },
  gustav: { email: 'gustav@kommun.example', email_verified: true, name: 'Gustav Gran' },
  helga: { email: 'helga.admin@kommun.example', email_verified: true, name: 'Helga Hed' },
};

function claimsFor(id: string, use: string): AccountClaims {
  const account = accounts[id] ?? { email: `${id}@example.se`, email_verified: true, name: id };
  const withEmail = !(account.emailOnlyInUserinfo && use === 'id_token');
  return {
    sub: id,
    ...(account.name ? { name: account.name } : {}),
    ...(withEmail && account.email ? { email: account.email, email_verified: account.email_verified } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// A minimal browser: a cookie jar (per host, like browsers: cookies ignore the port) and manual redirects.

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  attributes: string;
}

class CookieJar {
  private readonly hosts = new Map<string, Map<string, StoredCookie>>();

  store(url: URL, res: Response): void {
    const jar = this.hosts.get(url.hostname) ?? new Map<string, StoredCookie>();
    this.hosts.set(url.hostname, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key: string) => attrs.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const defaultPath = url.pathname.slice(0, Math.max(1, url.pathname.lastIndexOf('/')));
      const path = attr('path') ?? defaultPath;
      const maxAge = attr('max-age');
      const expires = attr('expires');
      const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      const key = `${name};${path}`;
      if (expired || value === '') jar.delete(key);
      else jar.set(key, { name, value, path, attributes: attrs.join('; ') });
    }
  }

  header(url: URL): string {
    const jar = this.hosts.get(url.hostname);
    if (!jar) return '';
    const matches = (p: string) => url.pathname === p || url.pathname.startsWith(p.endsWith('/') ? p : `${p}/`);
    return [...jar.values()]
      .filter((c) => matches(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  get(hostname: string, name: string): StoredCookie | undefined {
    return [...(this.hosts.get(hostname)?.values() ?? [])].find((c) => c.name === name);
  }
}

async function browse(jar: CookieJar, url: URL, form?: Record<string, string>): Promise<Response> {
  const headers: Record<string, string> = {};
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const res = await fetch(url, {
    method: form ? 'POST' : 'GET',
    headers,
    redirect: 'manual',
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.store(url, res);
  return res;
}

const decodeHtml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

function parseForm(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form?.[1]) throw new Error(`no form in page:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(input[0])?.[1];
    const value = /\bvalue="([^"]*)"/i.exec(input[0])?.[1];
    if (name) fields[decodeHtml(name)] = value === undefined ? '' : decodeHtml(value);
  }
  return { action: decodeHtml(form[1]), fields };
}

interface FlowOptions {
  returnTo?: string;
  /** Press "Cancel" at the consent page instead of "Continue". */
  deny?: boolean;
  /** Change the provider's redirect back to the app before the browser follows it. */
  alterCallback?: (url: URL) => URL;
  /** Follow the callback in this jar instead (another browser). */
  callbackJar?: CookieJar;
}

interface FlowResult {
  loginResponse: Response;
  callbackUrl: URL;
  callback: Response;
  /** Where the app sent the browser after the callback. */
  location: string | null;
}

// ---------------------------------------------------------------------------------------------------------

describe('OIDC sign-in against a real OpenID Provider', () => {
  let testDb: TestDatabase;
  let env: Env;
  let app: FastifyInstance;
  let unconfigured: FastifyInstance;
  let appUrl: string;
  let issuer: string;
  let providerServer: http.Server;
  let providerDown = false;
  const logs: string[] = [];
  const db = () => testDb.database.db;

  async function signInFlow(jar: CookieJar, login: string, options: FlowOptions = {}): Promise<FlowResult> {
    const start = new URL('/api/auth/oidc/login', appUrl);
    if (options.returnTo !== undefined) start.searchParams.set('returnTo', options.returnTo);
    const loginResponse = await browse(jar, start);
    expect(loginResponse.status).toBe(302);
    let current = start;
    let res = loginResponse;
    for (let step = 0; step < 25; step++) {
      if (res.status >= 300 && res.status < 400) {
        let next = new URL(res.headers.get('location') ?? '', current);
        if (next.origin === appUrl && next.pathname === '/api/auth/oidc/callback') {
          if (options.alterCallback) next = options.alterCallback(next);
          const callback = await browse(options.callbackJar ?? jar, next);
          return { loginResponse, callbackUrl: next, callback, location: callback.headers.get('location') };
        }
        res = await browse(jar, next);
        current = next;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`unexpected ${res.status} at ${current.href}: ${html.slice(0, 500)}`);
      const { action, fields } = parseForm(html);
      if (fields.prompt === 'login') {
        fields.login = login;
        fields.password = 'vad-som-helst';
      } else if (fields.prompt === 'consent' && options.deny) {
        const cancel = /<a href="([^"]*)">\[ Cancel \]<\/a>/.exec(html)?.[1];
        if (!cancel) throw new Error('no cancel link on the consent page');
        current = new URL(decodeHtml(cancel), current);
        res = await browse(jar, current);
        continue;
      }
      current = new URL(action, current);
      res = await browse(jar, current, fields);
    }
    throw new Error('too many steps in the sign-in flow');
  }

  async function sessionOf(jar: CookieJar): Promise<Response> {
    const url = new URL('/api/session', appUrl);
    return fetch(url, { headers: { cookie: jar.header(url) } });
  }

  async function signedInUser(jar: CookieJar) {
    const res = await sessionOf(jar);
    expect(res.status).toBe(200);
    return ((await res.json()) as { user: { id: string; email: string; displayName: string; hasPassword: boolean } }).user;
  }

  beforeAll(async () => {
    // oidc-provider prints development-mode notices (in-memory adapter, dev interactions, Node 20) on console.
    for (const method of ['warn', 'info'] as const) {
      const original = console[method].bind(console);
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        if (String(args[0]).includes('oidc-provider')) return;
        original(...args);
      });
    }

    // 1. The provider's HTTP server first, so the issuer URL is known; the provider itself comes in step 3.
    let handler: RequestListener = (_req, res) => {
      res.statusCode = 503;
      res.end();
    };
    providerServer = http.createServer((req, res) => {
      if (providerDown) {
        res.statusCode = 503;
        res.end();
        return;
      }
      handler(req, res);
    });
    await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;

    // 2. The app, on a real port, with a logger whose lines the tests can read.
    testDb = await freshDatabase();
    env = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT: '1000',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_ALLOW_INSECURE: 'true',
    });
    app = await createApp(
      { database: testDb.database, env, version: 'test' },
      { logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } } },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    // The port is only known now. The app reads PUBLIC_URL per request, and nothing has been requested yet.
    env.PUBLIC_URL = appUrl;

    unconfigured = await createApp({ database: testDb.database, env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), version: 'test' });
    await unconfigured.ready();

    // 3. The provider, now that the app's callback URL is known.
    const { default: Provider } = await import('oidc-provider');
    const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${appUrl}/api/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      findAccount: (_ctx: unknown, id: string): Account => ({ accountId: id, claims: (use) => claimsFor(id, use) }),
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      // Put the scope's claims in the ID token too (as Entra ID does), not only in userinfo.
      conformIdTokenClaims: false,
      jwks: { keys: [{ ...jwk, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: ['provider-cookie-signing-key'] },
    });
    handler = provider.callback();
  });

  afterAll(async () => {
    await app?.close();
    await unconfigured?.close();
    if (providerServer) {
      const closed = new Promise<void>((resolve) => providerServer.close(() => resolve()));
      providerServer.closeAllConnections(); // fetch keeps connections alive
      await closed;
    }
    await testDb?.release();
    vi.restoreAllMocks();
  });

  it('answers 404 with the error shape when OIDC is not configured, and sends a stray callback to the sign-in page', async () => {
    const login = await unconfigured.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(login.statusCode).toBe(404);
    expect(login.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    const callback = await unconfigured.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/logga-in?fel=oidc');
  });

  it('retries discovery on a later request when the provider was unreachable', async () => {
    // A second app of its own, so the shared app's cached configuration is not involved.
    const fresh = await createApp({ database: testDb.database, env: { ...env }, version: 'test' });
    try {
      providerDown = true;
      const first = await fresh.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(first.statusCode).toBe(302);
      expect(first.headers.location).toBe('/logga-in?fel=oidc');
      expect(first.headers['set-cookie']).toBeUndefined();
      providerDown = false;
      const second = await fresh.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(second.statusCode).toBe(302);
      expect(String(second.headers.location)).toMatch(new RegExp(`^${issuer}/`));
    } finally {
      providerDown = false;
      await fresh.close();
    }
  });

  it('signs a new person in end to end: PKCE, state, nonce, a new account without password or membership', async () => {
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'anna');

    const authorize = new URL(flow.loginResponse.headers.get('location') ?? '');
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${appUrl}/api/auth/oidc/callback`);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('scope')).toBe('openid email profile');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    // The transaction cookie: short-lived, httpOnly, Lax, only sent to the OIDC routes, and opaque.
    const txCookie = flow.loginResponse.headers.getSetCookie().find((c) => c.startsWith('samverkan_oidc='));
    expect(txCookie).toMatch(/HttpOnly/i);
    expect(txCookie).toMatch(/SameSite=Lax/i);
    expect(txCookie).toMatch(/Path=\/api\/auth\/oidc(;|$)/);
    expect(txCookie).toMatch(/Max-Age=600/);
    expect(txCookie).not.toContain(authorize.searchParams.get('state'));

    expect(flow.callback.status).toBe(302);
    expect(flow.location).toBe('/');
    expect(flow.callback.headers.getSetCookie().some((c) => c.startsWith('samverkan_session='))).toBe(true);
    expect(jar.get('127.0.0.1', 'samverkan_oidc')).toBeUndefined(); // cleared by the callback

    const user = await signedInUser(jar);
    expect(user).toMatchObject({ email: 'anna.andersson@kommun.example', displayName: 'Anna Andersson', hasPassword: false });
    const row = await findUserById(db(), user.id);
    expect(row).toMatchObject({ oidcIssuer: issuer, oidcSubject: 'anna', passwordHash: null, isSystemAdmin: false });
    expect(await db().select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'sign-in']);
    expect(audit.find((a) => a.action === 'sign-in')?.after).toEqual({ method: 'oidc' });
  });

  it('reuses the same account when the same subject signs in again (in another browser)', async () => {
    const first = await findUserByEmail(db(), 'anna.andersson@kommun.example');
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'anna');
    expect(flow.location).toBe('/');
    expect((await signedInUser(jar)).id).toBe(first?.id);
  });

  it('links an existing local account with the same e-mail instead of creating another', async () => {
    const local = await buildUser(db(), { email: 'bertil.berg@polisen.example', displayName: 'Bertil (lokal)' });
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'bertil');
    expect(flow.location).toBe('/');
    const user = await signedInUser(jar);
    expect(user).toMatchObject({ id: local.id, displayName: 'Bertil (lokal)', hasPassword: true });
    expect(await findUserById(db(), local.id)).toMatchObject({ oidcIssuer: issuer, oidcSubject: 'bertil' });
    const [linkEvent] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, local.id), eq(auditEvents.action, 'update')));
    expect(linkEvent?.after).toEqual({ oidcIssuer: issuer, oidcSubject: 'bertil' });
    expect(linkEvent?.before).toEqual({ oidcIssuer: null, oidcSubject: null });
  });

  it('never links a system administrator by e-mail alone: an e-mail claim must not hand over the whole installation', async () => {
    const admin = await buildUser(db(), { email: 'helga.admin@kommun.example', isSystemAdmin: true });
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'helga');
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect((await sessionOf(jar)).status).toBe(401);
    expect(await findUserById(db(), admin.id)).toMatchObject({ oidcIssuer: null, oidcSubject: null });
  });

  it('returns to the same-site path the sign-in started from', async () => {
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'fia', { returnTo: '/samverkan/123?flik=medlemmar' });
    expect(flow.location).toBe('/samverkan/123?flik=medlemmar');
    expect((await signedInUser(jar)).email).toBe('fia@kommun.example');
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'samverkan', '/ok\r\nSet-Cookie: x=y'])(
    'refuses returnTo %j with a validation error',
    async (returnTo) => {
      const res = await app.inject({ method: 'GET', url: '/api/auth/oidc/login', query: { returnTo } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', message: expect.any(String) } });
      expect(res.headers['set-cookie']).toBeUndefined();
    },
  );

  it('sends a tampered state to /logga-in?fel=oidc, signs no one in, and logs the reason without the code', async () => {
    const jar = new CookieJar();
    let code = '';
    const flow = await signInFlow(jar, 'gustav', {
      alterCallback: (url) => {
        code = url.searchParams.get('code') ?? '';
        url.searchParams.set('state', `${url.searchParams.get('state')}x`);
        return url;
      },
    });
    expect(code).not.toBe('');
    expect(flow.callback.status).toBe(302);
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect(flow.callback.headers.getSetCookie().some((c) => c.startsWith('samverkan_session='))).toBe(false);
    expect(jar.get('127.0.0.1', 'samverkan_oidc')).toBeUndefined();
    expect((await sessionOf(jar)).status).toBe(401);
    expect(await findUserByEmail(db(), 'gustav@kommun.example')).toBeUndefined();

    const failures = logs.filter((l) => l.includes('OIDC sign-in failed'));
    expect(failures.at(-1)).toMatch(/state/i);
    expect(logs.join('\n')).not.toContain(code);
    // The request log line shows the callback's parameter names, not their values.
    expect(logs.some((l) => l.includes('"url":"/api/auth/oidc/callback?code=[redacted]&state=[redacted]'))).toBe(true);
  });

  it('refuses a callback followed in another browser (no sign-in cookie there)', async () => {
    const flow = await signInFlow(new CookieJar(), 'gustav', { callbackJar: new CookieJar() });
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect(logs.filter((l) => l.includes('OIDC sign-in failed')).at(-1)).toContain('sign-in cookie missing');
    expect(await findUserByEmail(db(), 'gustav@kommun.example')).toBeUndefined();
  });

  it('sends a denied consent to /logga-in?fel=oidc', async () => {
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'gustav', { deny: true });
    expect(flow.callbackUrl.searchParams.get('error')).toBe('access_denied');
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect((await sessionOf(jar)).status).toBe(401);
    expect(logs.filter((l) => l.includes('OIDC sign-in failed')).at(-1)).toContain('access_denied');
  });

  it('neither links nor creates an account from an e-mail the provider says is unverified', async () => {
    const local = await buildUser(db(), { email: 'cecilia@kommun.example' });
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'cecilia');
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect((await sessionOf(jar)).status).toBe(401);
    expect(await findUserById(db(), local.id)).toMatchObject({ oidcIssuer: null, oidcSubject: null });
  });

  it('refuses a person without any e-mail address', async () => {
    const flow = await signInFlow(new CookieJar(), 'erik');
    expect(flow.location).toBe('/logga-in?fel=oidc');
    expect(logs.filter((l) => l.includes('OIDC sign-in failed')).at(-1)).toContain('no e-mail');
  });

  it('takes the e-mail from userinfo when the ID token has none', async () => {
    const jar = new CookieJar();
    const flow = await signInFlow(jar, 'david');
    expect(flow.location).toBe('/');
    expect(await signedInUser(jar)).toMatchObject({ email: 'david@kommun.example', displayName: 'David Dahl' });
  });
});
