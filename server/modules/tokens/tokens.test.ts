import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

describe('API tokens', () => {
  const ctx = useTestApp();

  it('shows the secret once, stores only a hash, and scopes the token to its collaboration and level', async () => {
    const db = ctx.database.db;
    const a = await buildCollaboration(db);
    const b = await buildCollaboration(db, { municipalityCode: '0180' });
    const admin = await buildMember(db, a.collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const base = `/api/collaborations/${a.collaboration.id}/tokens`;
    const created = await client.request({ method: 'POST', url: base, payload: { name: 'Statistikportal', scope: 'read' } });
    expect(created.statusCode).toBe(201);
    const { secret, token } = created.json() as { secret: string; token: { id: string; prefix: string } };
    expect(secret).toMatch(/^sv_[\w-]{40,}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await client.request({ method: 'GET', url: base });
    expect(listed.body).not.toContain(secret);
    const stored = await db.execute(sql`select token_hash from api_tokens where id = ${token.id}`);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const bearer = { authorization: `Bearer ${secret}` };
    expect((await ctx.app.inject({ method: 'GET', url: `/api/collaborations/${a.collaboration.id}/members`, headers: bearer })).statusCode).toBe(200);
    const write = await ctx.app.inject({ method: 'PATCH', url: `/api/collaborations/${a.collaboration.id}`, headers: { ...bearer, 'if-match': '"v1"' }, payload: { name: 'X' } });
    expect(write.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/collaborations/${b.collaboration.id}`, headers: bearer })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/collaborations', headers: bearer })).statusCode).toBe(401);

    expect((await client.request({ method: 'DELETE', url: `${base}/${token.id}` })).statusCode).toBe(204);
    const revoked = await ctx.app.inject({ method: 'GET', url: `/api/collaborations/${a.collaboration.id}/members`, headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: 'API-nyckeln är ogiltig eller återkallad.' } });
    expect((await client.request({ method: 'DELETE', url: `${base}/${token.id}` })).statusCode).toBe(409);
  });

  it('writes made with a token are audited under the token’s name and need no CSRF header', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db);
    const admin = await buildMember(db, collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const base = `/api/collaborations/${collaboration.id}`;
    const { secret } = (await client.request({ method: 'POST', url: `${base}/tokens`, payload: { name: 'Integration', scope: 'write' } })).json() as { secret: string };
    const party = await ctx.app.inject({ method: 'POST', url: `${base}/parties`, headers: { authorization: `Bearer ${secret}` }, payload: { newOrganisation: { kind: 'other', name: 'Bostadsbolaget' } } });
    expect(party.statusCode).toBe(403); // write tokens act as coordinators; adding parties is for admins
    const bad = await ctx.app.inject({ method: 'GET', url: `${base}/members`, headers: { authorization: 'Basic abc' } });
    expect(bad.statusCode).toBe(401);
  });
});
