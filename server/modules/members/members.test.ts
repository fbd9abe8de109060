import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, signIn } from '#tests/factories.js';

interface Member {
  userId: string;
  email: string;
  role: string;
  version: number;
  organisation: { id: string } | null;
}

describe('members and roles', () => {
  const ctx = useTestApp();

  it('an admin adds a member by e-mail (creating an account if needed), and it is in the audit trail', async () => {
    const db = ctx.database.db;
    const { collaboration, lpo } = await buildCollaboration(db);
    const admin = await buildMember(db, collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const url = `/api/collaborations/${collaboration.id}/members`;
    const res = await client.request({
      method: 'POST',
      url,
      payload: { email: 'Kommunpolis@Polisen.se', role: 'coordinator', organisationId: lpo.id, title: 'Kommunpolis' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'kommunpolis@polisen.se', role: 'coordinator', title: 'Kommunpolis', organisation: { id: lpo.id } });
    const again = await client.request({ method: 'POST', url, payload: { email: 'kommunpolis@polisen.se', role: 'viewer' } });
    expect(again.statusCode).toBe(409);
    const list = (await client.request({ method: 'GET', url })).json() as Member[];
    expect(list.map((m) => m.email)).toContain('kommunpolis@polisen.se');

    const audit = (await client.request({ method: 'GET', url: `/api/collaborations/${collaboration.id}/audit?entityType=member` })).json() as {
      events: { action: string; actorLabel: string; after: { email: string } }[];
    };
    expect(audit.events[0]).toMatchObject({ action: 'create', actorLabel: admin.displayName, after: { email: 'kommunpolis@polisen.se' } });
  });

  it('refuses an organisation that is not a party', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db);
    const other = await buildCollaboration(db, { municipalityCode: '0180' });
    const admin = await buildMember(db, collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const res = await client.request({
      method: 'POST',
      url: `/api/collaborations/${collaboration.id}/members`,
      payload: { email: 'ny@test.se', role: 'viewer', organisationId: other.lpo.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { details: [{ field: 'body.organisationId' }] } });
    expect(((await client.request({ method: 'GET', url: `/api/collaborations/${collaboration.id}/members` })).json() as Member[]).length).toBe(1);
  });

  it('changes a role with If-Match and protects the last admin', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db);
    const admin = await buildMember(db, collaboration.id, 'admin');
    const viewer = await buildMember(db, collaboration.id, 'viewer');
    const client = await signIn(ctx.app, admin.email);
    const url = (id: string) => `/api/collaborations/${collaboration.id}/members/${id}`;
    const promoted = await client.request({ method: 'PATCH', url: url(viewer.id), headers: { 'if-match': '"v1"' }, payload: { role: 'admin' } });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ role: 'admin', version: 2 });
    const stale = await client.request({ method: 'PATCH', url: url(viewer.id), headers: { 'if-match': '"v1"' }, payload: { role: 'viewer' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { details: { current: { role: 'admin', version: 2 } } } });

    const demoteSelf = await client.request({ method: 'PATCH', url: url(admin.id), headers: { 'if-match': '"v1"' }, payload: { role: 'viewer' } });
    expect(demoteSelf.statusCode).toBe(200);
    const other = await signIn(ctx.app, viewer.email);
    const last = await other.request({ method: 'DELETE', url: url(viewer.id) });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ error: { message: expect.stringMatching(/minst en administratör/) } });
  });

  it('a removed member loses access at once', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db);
    const admin = await buildMember(db, collaboration.id, 'admin');
    const leaving = await buildMember(db, collaboration.id, 'coordinator');
    const leaver = await signIn(ctx.app, leaving.email);
    expect((await leaver.request({ method: 'GET', url: `/api/collaborations/${collaboration.id}` })).statusCode).toBe(200);
    const client = await signIn(ctx.app, admin.email);
    expect((await client.request({ method: 'DELETE', url: `/api/collaborations/${collaboration.id}/members/${leaving.id}` })).statusCode).toBe(204);
    expect((await leaver.request({ method: 'GET', url: `/api/collaborations/${collaboration.id}` })).statusCode).toBe(404);
    const stranger = await buildUser(db);
    expect((await client.request({ method: 'DELETE', url: `/api/collaborations/${collaboration.id}/members/${stranger.id}` })).statusCode).toBe(404);
  });
});
