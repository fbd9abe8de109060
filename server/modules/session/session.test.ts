import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildUser, signIn, TEST_PASSWORD } from '#tests/factories.js';

describe('sign-in and session', () => {
  const ctx = useTestApp();

  it('signs in with e-mail and password and sets a safe cookie', async () => {
    const user = await buildUser(ctx.database.db, { email: 'Anna.Berg@Norsjo.se' });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/session', payload: { email: ' anna.berg@norsjo.se ', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
    expect(body.user).toMatchObject({ id: user.id, email: 'anna.berg@norsjo.se' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^samverkan_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('gives the same Swedish answer for a wrong password and an unknown account', async () => {
    const user = await buildUser(ctx.database.db);
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: 'fel-lösenord-99' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'ingen@finns.se', password: 'fel-lösenord-99' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Fel e-postadress eller lösenord.' } });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('an account without a password (OIDC only) cannot sign in with one', async () => {
    const user = await buildUser(ctx.database.db, { password: null });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: 'vad-som-helst-1' } });
    expect(res.statusCode).toBe(401);
  });

  it('GET /api/session returns the user; after sign-out the cookie no longer works', async () => {
    const user = await buildUser(ctx.database.db);
    const client = await signIn(ctx.app, user.email);
    const me = await client.request({ method: 'GET', url: '/api/session' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: user.email }, csrfToken: client.csrfToken });
    const out = await client.request({ method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/samverkan_session=;/);
    const after = await client.request({ method: 'GET', url: '/api/session' });
    expect(after.statusCode).toBe(401);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/collaborations' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const user = await buildUser(ctx.database.db);
    const client = await signIn(ctx.app, user.email);
    const res = await ctx.app.inject({ method: 'PATCH', url: '/api/users/me', headers: { cookie: client.cookie }, payload: { displayName: 'Ny' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'CSRF' } });
    const forged = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { cookie: client.cookie, 'x-csrf-token': 'fel' },
      payload: { displayName: 'Ny' },
    });
    expect(forged.statusCode).toBe(403);
    const me = await client.request({ method: 'GET', url: '/api/session' });
    expect((me.json() as { user: { displayName: string } }).user.displayName).toBe(user.displayName);
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await buildUser(ctx.database.db);
    const here = await signIn(ctx.app, user.email);
    const elsewhere = await signIn(ctx.app, user.email);
    const bad = await here.request({ method: 'PUT', url: '/api/session/password', payload: { currentPassword: 'fel', newPassword: 'ett-nytt-lösenord' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.currentPassword' }] } });
    const short = await here.request({ method: 'PUT', url: '/api/session/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'kort' } });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { details: [{ field: 'body.newPassword', message: 'Lösenordet måste ha minst 10 tecken.' }] } });
    const ok = await here.request({ method: 'PUT', url: '/api/session/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'ett-nytt-lösenord' } });
    expect(ok.statusCode).toBe(204);
    expect((await here.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    const oldPw = await ctx.app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(oldPw.statusCode).toBe(401);
    await signIn(ctx.app, user.email, 'ett-nytt-lösenord');
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    // Only trusted when TRUST_PROXY is set; this app is built without it, so check the PUBLIC_URL rule instead.
    const user = await buildUser(ctx.database.db);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).not.toContain('Secure');
  });
});

describe('sign-in behind an HTTPS proxy, with a rate limit', () => {
  const ctx = useTestApp({ TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: '3' });

  it('sets Secure when the proxy says https', async () => {
    const user = await buildUser(ctx.database.db);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.1.1.1' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('Secure');
  });

  it('limits sign-in attempts per client address with a Swedish 429', async () => {
    const attempt = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'x-forwarded-for': '10.9.9.9' },
        payload: { email: 'x@y.se', password: 'fel-lösenord' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/För många försök/) } });
  });
});
