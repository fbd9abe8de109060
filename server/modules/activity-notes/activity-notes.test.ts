import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';

interface Note {
  id: string;
  text: string;
  restricted: { organisationName: string } | null;
  version: number;
}

describe('activity notes', () => {
  const ctx = useTestApp();

  it('a restricted note reaches only the author’s organisation: not the list, the audit trail, or a direct request', async () => {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const base = `/api/collaborations/${collaboration.id}`;
    const police = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', lpo.id)).email);
    const colleague = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'contributor', lpo.id)).email);
    const kommunAdmin = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'admin', kommun.id)).email);
    const noOrganisation = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'contributor')).email);
    const plan = (await kommunAdmin.request({ method: 'POST', url: `${base}/plans`, payload: { kind: 'handlingsplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as { id: string };
    const activity = (await kommunAdmin.request({ method: 'POST', url: `${base}/plans/${plan.id}/activities`, payload: { what: 'Riktad patrullering' } })).json() as { id: string };
    const url = `${base}/activities/${activity.id}/notes`;

    const secret = await police.request({ method: 'POST', url, payload: { text: 'Känd langare rör sig vid skolan fredagar', restricted: true } });
    expect(secret.statusCode).toBe(201);
    expect((secret.json() as Note).restricted).toEqual({ organisationId: lpo.id, organisationName: lpo.name });
    await kommunAdmin.request({ method: 'POST', url, payload: { text: 'Fritidsgården har kvällsöppet' } });

    const texts = async (c: Client) => ((await c.request({ method: 'GET', url })).json() as Note[]).map((n) => n.text).sort();
    expect(await texts(police)).toEqual(['Fritidsgården har kvällsöppet', 'Känd langare rör sig vid skolan fredagar']);
    expect(await texts(colleague)).toEqual(['Fritidsgården har kvällsöppet', 'Känd langare rör sig vid skolan fredagar']);
    expect(await texts(kommunAdmin)).toEqual(['Fritidsgården har kvällsöppet']);
    expect(await texts(noOrganisation)).toEqual(['Fritidsgården har kvällsöppet']);

    const id = (secret.json() as Note).id;
    expect((await kommunAdmin.request({ method: 'PATCH', url: `${base}/activity-notes/${id}`, headers: { 'if-match': '"v1"' }, payload: { text: 'x' } })).statusCode).toBe(404);
    expect((await kommunAdmin.request({ method: 'DELETE', url: `${base}/activity-notes/${id}` })).statusCode).toBe(404);
    const audit = await kommunAdmin.request({ method: 'GET', url: `${base}/audit?entityType=activity-note` });
    expect(audit.body).not.toContain('langare');

    // A contributor in the police may not change the coordinator's note; the coordinator may.
    expect((await colleague.request({ method: 'PATCH', url: `${base}/activity-notes/${id}`, headers: { 'if-match': '"v1"' }, payload: { text: 'y' } })).statusCode).toBe(403);
    const edited = await police.request({ method: 'PATCH', url: `${base}/activity-notes/${id}`, headers: { 'if-match': '"v1"' }, payload: { restricted: false } });
    expect(edited.json()).toMatchObject({ restricted: null, version: 2 });
    expect(await texts(kommunAdmin)).toContain('Känd langare rör sig vid skolan fredagar');

    const cannot = await noOrganisation.request({ method: 'POST', url, payload: { text: 'Hemligt', restricted: true } });
    expect(cannot.statusCode).toBe(400);
    expect(cannot.json()).toMatchObject({ error: { details: [{ field: 'body.restricted' }] } });
  });
});
