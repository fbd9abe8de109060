import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

interface Entry {
  id: string;
  count: number;
  note: string;
  restricted: { organisationName: string } | null;
  attachments: { id: string; filename: string }[];
  version: number;
}

describe('activity log', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const base = `/api/collaborations/${collaboration.id}`;
    const police = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', lpo.id)).email);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'admin', kommun.id)).email);
    const contributor = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'contributor', kommun.id)).email);
    const plan = (await coordinator.request({ method: 'POST', url: `${base}/plans`, payload: { kind: 'genomforandeplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as { id: string };
    const activity = (await coordinator.request({ method: 'POST', url: `${base}/plans/${plan.id}/activities`, payload: { what: 'Trafikkontroller', whenText: 'Minst 10 per månad' } })).json() as { id: string };
    const log = (client: Client, payload: Record<string, unknown>) => client.request({ method: 'POST', url: `${base}/activities/${activity.id}/log`, payload });
    const list = async (client: Client) => (await client.request({ method: 'GET', url: `${base}/activities/${activity.id}/log` })).json() as Entry[];
    return { collaboration, base, police, coordinator, contributor, plan, activity, log, list, lpo };
  }

  it('a contributor logs what was done; only the reporter or a coordinator may change it', async () => {
    const { base, contributor, coordinator, log, collaboration } = await setup();
    const res = await log(contributor, { occurredOn: '2025-03-14', count: 3, place: 'Storgatan', participants: ['Polisen', 'Fritidsgården'], note: 'Tre kontroller vid skolan' });
    expect(res.statusCode).toBe(201);
    const entry = res.json() as Entry;
    expect(entry).toMatchObject({ count: 3, restricted: null });
    const other = await signIn(ctx.app, (await buildMember(ctx.database.db, collaboration.id, 'contributor')).email);
    const notMine = await other.request({ method: 'PATCH', url: `${base}/activity-logs/${entry.id}`, headers: { 'if-match': '"v1"' }, payload: { count: 4 } });
    expect(notMine.statusCode).toBe(403);
    const byCoordinator = await coordinator.request({ method: 'PATCH', url: `${base}/activity-logs/${entry.id}`, headers: { 'if-match': '"v1"' }, payload: { count: 4 } });
    expect(byCoordinator.statusCode).toBe(200);
    const badCoords = await log(contributor, { occurredOn: '2025-03-14', latitude: 64.9 });
    expect(badCoords.statusCode).toBe(400);
    const zero = await log(contributor, { occurredOn: '2025-03-14', count: 0 });
    expect(zero.json()).toMatchObject({ error: { details: [{ field: 'body.count', message: 'Antal måste vara minst 1.' }] } });
  });

  it('restricted entries and attachments never reach members of another organisation', async () => {
    const { base, police, coordinator, log, list, activity, plan, lpo } = await setup();
    const secret = await log(police, { occurredOn: '2025-04-02', count: 2, note: 'Underrättelse: misstänkt langning vid busstationen', restricted: true });
    expect(secret.statusCode).toBe(201);
    const entry = secret.json() as Entry;
    expect(entry.restricted).toEqual({ organisationId: lpo.id, organisationName: lpo.name });
    const upload = await police.request({
      method: 'POST',
      url: `${base}/activity-logs/${entry.id}/attachments?filename=${encodeURIComponent('Protokoll våren.pdf')}`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(upload.statusCode).toBe(201);
    const attachmentId = (upload.json() as { id: string; restricted: unknown }).id;
    expect((upload.json() as { restricted: unknown }).restricted).not.toBeNull();
    await log(coordinator, { occurredOn: '2025-04-03', count: 1, note: 'Öppen post' });

    // The police see both; the municipality sees only its own.
    expect((await list(police)).map((e) => e.note)).toEqual(['Öppen post', 'Underrättelse: misstänkt langning vid busstationen']);
    const seenByKommun = await list(coordinator);
    expect(seenByKommun.map((e) => e.note)).toEqual(['Öppen post']);
    const everything = JSON.stringify(seenByKommun);
    expect(everything).not.toContain('Underrättelse');
    expect(everything).not.toContain('Protokoll');

    const direct = await coordinator.request({ method: 'GET', url: `${base}/activity-logs/${entry.id}/attachments/${attachmentId}` });
    expect(direct.statusCode).toBe(404);
    const edit = await coordinator.request({ method: 'PATCH', url: `${base}/activity-logs/${entry.id}`, headers: { 'if-match': '"v1"' }, payload: { note: 'x' } });
    expect(edit.statusCode).toBe(404);
    const file = await police.request({ method: 'GET', url: `${base}/activity-logs/${entry.id}/attachments/${attachmentId}` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Protokoll%20v%C3%A5ren.pdf");

    // Counts follow what the viewer may see, so the restricted entry is not even counted for the municipality.
    const dashboard = async (client: Client) =>
      (await client.request({ method: 'GET', url: `${base}/plans/${plan.id}/dashboard?asOf=2025-04-30` })).json() as {
        focusAreas: { activities: { activity: { id: string }; status: { done: number } }[] }[];
      };
    const doneFor = (d: Awaited<ReturnType<typeof dashboard>>) => d.focusAreas.flatMap((g) => g.activities).find((a) => a.activity.id === activity.id)?.status.done;
    expect(doneFor(await dashboard(police))).toBe(3);
    expect(doneFor(await dashboard(coordinator))).toBe(1);

    // The audit trail is for admins of the collaboration: it must not carry the restricted note either.
    const audit = await coordinator.request({ method: 'GET', url: `${base}/audit?entityType=activity-log` });
    expect(audit.statusCode).toBe(200);
    expect(audit.body).not.toContain('Underrättelse');
  });

  it('only accepts real PDF, PNG or JPEG attachments up to 10 MB', async () => {
    const { base, contributor, log } = await setup();
    const entry = (await log(contributor, { occurredOn: '2025-05-01' })).json() as Entry;
    const url = `${base}/activity-logs/${entry.id}/attachments?filename=a.pdf`;
    const fake = await contributor.request({ method: 'POST', url, payload: Buffer.from('inte en pdf'), headers: { 'content-type': 'application/pdf' } });
    expect(fake.statusCode).toBe(400);
    const exe = await contributor.request({ method: 'POST', url, payload: Buffer.from('MZ...'), headers: { 'content-type': 'application/octet-stream' } });
    expect(exe.statusCode).toBe(415);
    const huge = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await contributor.request({ method: 'POST', url, payload: huge, headers: { 'content-type': 'application/pdf' } });
    expect(tooBig.statusCode).toBe(413);
    const traversal = await contributor.request({ method: 'POST', url: `${base}/activity-logs/${entry.id}/attachments?filename=..%2F..%2Fetc`, payload: pdf, headers: { 'content-type': 'application/pdf' } });
    expect(traversal.statusCode).toBe(400);
  });
});
