import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, signIn } from '#tests/factories.js';

interface CollaborationBody {
  id: string;
  name: string;
  version: number;
  myRole: string;
  parties: { name: string; kind: string; municipalityCode: string | null }[];
}

describe('collaborations', () => {
  const ctx = useTestApp();

  it('lists only the caller’s collaborations, with their role; a system admin sees all', async () => {
    const db = ctx.database.db;
    const a = await buildCollaboration(db, { name: 'Alfa' });
    const b = await buildCollaboration(db, { name: 'Beta', municipalityCode: '0180' });
    const member = await buildMember(db, a.collaboration.id, 'contributor');
    const client = await signIn(ctx.app, member.email);
    const list = (await client.request({ method: 'GET', url: '/api/collaborations' })).json() as CollaborationBody[];
    expect(list.map((c) => [c.name, c.myRole])).toEqual([['Alfa', 'contributor']]);
    expect(list[0]?.parties.map((p) => p.kind).sort()).toEqual(['kommun', 'lokalpolisomrade']);

    const admin = await buildUser(db, { isSystemAdmin: true });
    const adminList = (await (await signIn(ctx.app, admin.email)).request({ method: 'GET', url: '/api/collaborations' })).json() as CollaborationBody[];
    expect(adminList.map((c) => c.id)).toEqual(expect.arrayContaining([a.collaboration.id, b.collaboration.id]));

    const other = await client.request({ method: 'GET', url: `/api/collaborations/${b.collaboration.id}` });
    expect(other.statusCode).toBe(404);
    const bogus = await client.request({ method: 'GET', url: '/api/collaborations/inte-ett-id' });
    expect(bogus.statusCode).toBe(404);
  });

  it('a system admin creates a collaboration of several kommuner and a police area', async () => {
    const db = ctx.database.db;
    const admin = await buildUser(db, { isSystemAdmin: true });
    const client = await signIn(ctx.app, admin.email);
    const search = async (q: string, kind = 'kommun') =>
      ((await client.request({ method: 'GET', url: '/api/organisations', query: { q, kind } })).json() as { id: string; name: string; municipalityCode: string }[]);
    const mora = (await search('Mora'))[0];
    const orsa = (await search('Orsa'))[0];
    const alvdalen = (await search('2039'))[0];
    expect([mora?.municipalityCode, orsa?.municipalityCode, alvdalen?.name]).toEqual(['2062', '2034', 'Älvdalen']);
    const lpo = await client.request({ method: 'POST', url: '/api/organisations', payload: { kind: 'lokalpolisomrade', name: 'Mora' } });
    expect(lpo.statusCode).toBe(201);
    const res = await client.request({
      method: 'POST',
      url: '/api/collaborations',
      payload: { name: 'Mora, Orsa och Älvdalen – LPO Mora', partyIds: [mora!.id, orsa!.id, alvdalen!.id, (lpo.json() as { id: string }).id] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    expect((res.json() as CollaborationBody).parties.map((p) => p.name).sort()).toEqual(['Mora', 'Mora', 'Orsa', 'Älvdalen']);

    const unknownParty = await client.request({
      method: 'POST',
      url: '/api/collaborations',
      payload: { name: 'Fel', partyIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownParty.statusCode).toBe(400);
    expect(unknownParty.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.partyIds' }] } });
  });

  it('saves with If-Match; a stale save gets 412 with the other person’s version and changes nothing', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db, { name: 'Gamma' });
    const adminA = await buildMember(db, collaboration.id, 'admin');
    const adminB = await buildMember(db, collaboration.id, 'admin');
    const a = await signIn(ctx.app, adminA.email);
    const b = await signIn(ctx.app, adminB.email);
    const url = `/api/collaborations/${collaboration.id}`;
    const seen = await a.request({ method: 'GET', url });
    const etag = String(seen.headers.etag);
    expect(etag).toBe('"v1"');

    const missing = await a.request({ method: 'PATCH', url, payload: { name: 'Utan version' } });
    expect(missing.statusCode).toBe(428);

    const first = await b.request({ method: 'PATCH', url, headers: { 'if-match': etag }, payload: { name: 'Gamma (Bs ändring)' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"v2"');

    const stale = await a.request({ method: 'PATCH', url, headers: { 'if-match': etag }, payload: { name: 'Gamma (As ändring)' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { name: 'Gamma (Bs ändring)', version: 2 } } } });
    const now = (await a.request({ method: 'GET', url })).json() as CollaborationBody;
    expect(now.name).toBe('Gamma (Bs ändring)');
  });

  it('adds and removes parties; the last party cannot be removed', async () => {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const admin = await buildMember(db, collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const base = `/api/collaborations/${collaboration.id}/parties`;
    const school = await client.request({ method: 'POST', url: base, payload: { newOrganisation: { kind: 'other', name: 'Norsjö skola' } } });
    expect(school.statusCode).toBe(201);
    const twice = await client.request({ method: 'POST', url: base, payload: { organisationId: kommun.id } });
    expect(twice.statusCode).toBe(409);
    const both = await client.request({ method: 'POST', url: base, payload: { organisationId: kommun.id, newOrganisation: { kind: 'other', name: 'X' } } });
    expect(both.statusCode).toBe(400);
    expect((await client.request({ method: 'DELETE', url: `${base}/${(school.json() as { id: string }).id}` })).statusCode).toBe(204);
    expect((await client.request({ method: 'DELETE', url: `${base}/${lpo.id}` })).statusCode).toBe(204);
    const last = await client.request({ method: 'DELETE', url: `${base}/${kommun.id}` });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ error: { message: 'En samverkan måste ha minst en part.' } });
  });
});
