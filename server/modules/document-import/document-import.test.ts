import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '#domain/extraction/extraction.js';
import { queryRows } from '#server/db/query.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, signIn, type Client } from '#tests/factories.js';

const SEED_001 = new URL('../../../tests/fixtures/import/001_965363f598d85df7.txt', import.meta.url);

interface Imported {
  extraction: Extraction;
  text: string;
  sources: Record<string, { start: number; end: number }>;
  fileKind: string;
}

describe('document import', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const coordinator = await buildMember(db, collaboration.id, 'coordinator');
    const base = `/api/collaborations/${collaboration.id}/document-imports`;
    return { collaboration, kommun, lpo, base, client: await signIn(ctx.app, coordinator.email) };
  }

  const upload = (client: Client, base: string, bytes: Buffer, filename = '001_965363f598d85df7.txt') =>
    client.request({ method: 'POST', url: `${base}?filename=${encodeURIComponent(filename)}`, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });

  /** Rows the commit may write, for this collaboration. */
  async function counts(collaborationId: string) {
    const [row] = await queryRows<Record<string, number>>(
      ctx.database.db,
      sql`select
        (select count(*)::int from agreements where collaboration_id = ${collaborationId}) as agreements,
        (select count(*)::int from plans where collaboration_id = ${collaborationId}) as plans,
        (select count(*)::int from activities where collaboration_id = ${collaborationId}) as activities,
        (select count(*)::int from focus_areas where collaboration_id = ${collaborationId}) as "focusAreas",
        (select count(*)::int from citizen_promises where collaboration_id = ${collaborationId}) as promises,
        (select count(*)::int from promise_items where collaboration_id = ${collaborationId}) as items,
        (select count(*)::int from audit_events where collaboration_id = ${collaborationId}) as audit`,
    );
    return row;
  }

  it('reads seed 001 and commits agreement, plan with 12 activities and the promises in one step', async () => {
    const { collaboration, kommun, lpo, base, client } = await setup();
    const read = await upload(client, base, readFileSync(SEED_001));
    expect(read.statusCode).toBe(200);
    const doc = read.json() as Imported;
    expect(doc.fileKind).toBe('text');
    expect(doc.extraction.kind).toBe('medborgarlofte');
    expect(doc.extraction.planRows).toHaveLength(12);
    const from = doc.sources.validFrom;
    expect(from && doc.text.slice(from.start, from.end)).toContain('2019');
    // Nothing is stored by reading.
    expect(await counts(collaboration.id)).toMatchObject({ agreements: 0, plans: 0, activities: 0, focusAreas: 0 });

    const commit = await client.request({ method: 'POST', url: `${base}/commit`, payload: { extraction: doc.extraction, choices: { agreement: { create: true }, plan: { create: true } } } });
    expect(commit.statusCode).toBe(201);
    const result = commit.json() as {
      agreement: { id: string; webPath: string };
      plan: { id: string; activityCount: number; webPath: string };
      promise: { id: string; itemCount: number; linkedActivityCount: number };
      focusAreas: { name: string; created: boolean }[];
    };
    expect(result.plan.activityCount).toBe(12);
    expect(result.plan.webPath).toBe(`/samverkan/${collaboration.id}/planer/${result.plan.id}`);
    expect(result.promise.itemCount).toBe(doc.extraction.focusAreas.length);
    expect(result.promise.linkedActivityCount).toBeGreaterThan(0);

    const api = `/api/collaborations/${collaboration.id}`;
    const agreement = (await client.request({ method: 'GET', url: `${api}/agreements/${result.agreement.id}` })).json() as {
      adopted: boolean;
      title: string;
      content: { parties: string[]; validity: unknown; signatories: { name: string; organisationId: string | null }[]; focusAreaIds: string[] };
    };
    expect(agreement.adopted).toBe(false);
    expect(agreement.title).toBe(doc.extraction.title);
    expect(new Set(agreement.content.parties)).toEqual(new Set([kommun.id, lpo.id]));
    expect(agreement.content.validity).toEqual({ kind: 'fixed', from: '2019-01-01', to: '2022-12-31' });
    expect(agreement.content.signatories.map((s) => s.organisationId)).toEqual(
      doc.extraction.signatories.map((s) => (s.organisation === 'Polisen' ? lpo.id : kommun.id)),
    );
    expect(agreement.content.focusAreaIds).toHaveLength(doc.extraction.focusAreas.length);

    const plan = (await client.request({ method: 'GET', url: `${api}/plans/${result.plan.id}` })).json() as {
      periodStart: string;
      periodEnd: string;
      activities: { what: string; whenText: string; frequency: unknown; focusAreaId: string | null }[];
    };
    expect([plan.periodStart, plan.periodEnd]).toEqual(['2019-01-01', '2022-12-31']);
    expect(plan.activities).toHaveLength(12);
    const traffic = plan.activities.find((a) => a.what.startsWith('Hastighet'));
    expect(traffic?.frequency).toMatchObject({ kind: 'periodic', count: 10, unit: 'month', atLeast: true });
    expect(plan.activities.every((a) => a.focusAreaId !== null)).toBe(true);

    const promise = (await client.request({ method: 'GET', url: `${api}/promises/${result.promise.id}` })).json() as {
      municipalityId: string;
      items: { text: string; partyIds: string[]; activities: { what: string }[] }[];
    };
    expect(promise.municipalityId).toBe(kommun.id);
    const drugs = promise.items.find((i) => i.text.startsWith('Insatser mot narkotika'));
    expect(drugs?.activities.map((a) => a.what)).toContain(doc.extraction.planRows[0]!.what);
    expect(new Set(drugs?.partyIds)).toEqual(new Set([kommun.id, lpo.id]));

    const audit = await queryRows<{ entity_type: string }>(
      ctx.database.db,
      sql`select entity_type from audit_events where collaboration_id = ${collaboration.id} and entity_type = 'document-import'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses a commit with a bad row, names the field in Swedish and writes nothing', async () => {
    const { collaboration, kommun, base, client } = await setup();
    const doc = (await upload(client, base, readFileSync(SEED_001))).json() as Imported;
    const before = await counts(collaboration.id);
    const planRows = doc.extraction.planRows.map((r, i) => (i === 3 ? { ...r, what: ' ' } : r));
    const bad = await client.request({ method: 'POST', url: `${base}/commit`, payload: { extraction: { ...doc.extraction, planRows } } });
    expect(bad.statusCode).toBe(400);
    const error = (bad.json() as { error: { message: string; details: { field: string; message: string }[] } }).error;
    expect(error.details[0]).toEqual({ field: 'body.extraction.planRows.3.what', message: 'Planrad 4 (Vad): Beskriv aktiviteten med minst 2 tecken.' });
    expect(error.message).toBe('Planrad 4 (Vad): Beskriv aktiviteten med minst 2 tecken.');
    expect(await counts(collaboration.id)).toEqual(before);

    // A commitment by someone who is not a party must be placed by the person reviewing.
    const commitments = [{ party: 'Räddningstjänsten', text: 'Räddningstjänsten ska delta i trygghetsvandringar.' }];
    const unknownParty = await client.request({ method: 'POST', url: `${base}/commit`, payload: { extraction: { ...doc.extraction, commitments } } });
    expect(unknownParty.statusCode).toBe(400);
    expect((unknownParty.json() as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe('body.choices.commitmentParties.0');
    expect(await counts(collaboration.id)).toEqual(before);

    const nothing = await client.request({
      method: 'POST',
      url: `${base}/commit`,
      payload: { extraction: doc.extraction, choices: { agreement: { create: false }, plan: { create: false }, promises: { create: false } } },
    });
    expect((nothing.json() as { error: { details: unknown[] } }).error.details).toEqual([
      { field: 'body.choices.agreement.create', message: 'Avtalet: Välj minst ett av avtal, plan och medborgarlöften att skapa.' },
    ]);

    // A failure met half-way (focus areas already written, then the agreement refuses a commitment of a
    // party it does not have) rolls everything back.
    const police = [{ party: 'Polisen', text: 'Polisen lovar att delta i trygghetsvandringar.' }];
    const halfway = await client.request({
      method: 'POST',
      url: `${base}/commit`,
      payload: { extraction: { ...doc.extraction, commitments: police }, choices: { agreement: { create: true, parties: [kommun.id] }, plan: { create: true } } },
    });
    expect(halfway.statusCode).toBe(400);
    expect((halfway.json() as { error: { details: unknown[] } }).error.details[0]).toEqual({
      field: 'body.extraction.commitments.0.partyId',
      message: 'Åtagande 1: Åtagandet ska höra till en av avtalets parter (eller vara gemensamt).',
    });
    expect(await counts(collaboration.id)).toEqual(before);
  });

  it('reuses focus areas the collaboration already has and imports again as new records', async () => {
    const { collaboration, base, client } = await setup();
    const doc = (await upload(client, base, readFileSync(SEED_001))).json() as Imported;
    const payload = { extraction: doc.extraction, choices: { agreement: { create: false }, plan: { create: true, title: 'Genomförandeplan 2019' }, promises: { create: false } } };
    const first = await client.request({ method: 'POST', url: `${base}/commit`, payload });
    expect(first.statusCode).toBe(201);
    const second = await client.request({ method: 'POST', url: `${base}/commit`, payload });
    const result = second.json() as { agreement: unknown; promise: unknown; focusAreas: { created: boolean }[]; plan: { title: string } };
    expect(result.agreement).toBeNull();
    expect(result.promise).toBeNull();
    expect(result.plan.title).toBe('Genomförandeplan 2019');
    expect(result.focusAreas.every((f) => !f.created)).toBe(true);
    expect(await counts(collaboration.id)).toMatchObject({ plans: 2, activities: 24, agreements: 0, promises: 0 });
  });

  it('tells what is wrong with an unreadable file, in Swedish', async () => {
    const { base, client } = await setup();
    const png = await upload(client, base, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'bild.docx');
    expect(png.statusCode).toBe(415);
    expect((png.json() as { error: { message: string } }).error.message).toContain('bild');
    const empty = await upload(client, base, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
  });

  it('keeps outsiders out (404) and viewers from importing (403)', async () => {
    const { collaboration, base } = await setup();
    const db = ctx.database.db;
    const outsider = await signIn(ctx.app, (await buildUser(db)).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'viewer')).email);
    const bytes = readFileSync(SEED_001);
    expect((await upload(outsider, base, bytes)).statusCode).toBe(404);
    expect((await upload(viewer, base, bytes)).statusCode).toBe(403);
    const payload = { extraction: { kind: 'handlingsplan', municipalities: [], policeAreas: [], validFrom: null, validTo: null, openEnded: false, signatories: [], focusAreas: [], planRows: [] } };
    expect((await outsider.request({ method: 'POST', url: `${base}/commit`, payload })).statusCode).toBe(404);
    expect((await viewer.request({ method: 'POST', url: `${base}/commit`, payload })).statusCode).toBe(403);
  });
});
