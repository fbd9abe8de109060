import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { seedDemo } from '#server/db/seed/demo.js';
import { indicators, problemCauses, problemIndicators, problems } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createGroup } from '#server/modules/groups/groups.service.js';
import type { Snapshot } from './situation-reports.schemas.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';

interface Report {
  id: string;
  year: number;
  title: string;
  adopted: boolean;
  adoptedVersion: { number: number; adoptedOn: string; adoptedByGroup: { id: string; name: string } | null } | null;
  currentNumber: number;
  analysisText: string;
  charts: Snapshot['charts'];
  dialogues: Snapshot['dialogues'];
  walks: Snapshot['walks'];
  incidents: Snapshot['incidents'];
  incidentSummary: Snapshot['incidentSummary'];
  version: number;
}

const etag = (r: { version: number }) => `"v${r.version}"`;

// Illustrative figures in the Brå and SCB export shapes.
const braCsv = [
  'Brottskategori;Region;År;Antal',
  'Samtliga brott;Norsjö;2022;301',
  'Samtliga brott;Norsjö;2023;312',
  'Samtliga brott;Skellefteå;2023;5 900',
  'Samtliga brott;Riket;2023;1 480 000',
  'Samtliga brott;Umeå;2023;12 000',
].join('\n');
const populationCsv = 'Region;År;Folkmängd\n2417 Norsjö;2022;4 100\n2417 Norsjö;2023;4 000\n2482 Skellefteå;2023;75 000\nRiket;2023;10 550 000\n';

describe('lägesbild as a document', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const cid = collaboration.id;
    const base = `/api/collaborations/${cid}`;
    const client = async (role: 'viewer' | 'contributor' | 'coordinator') => signIn(ctx.app, (await buildMember(db, cid, role, kommun.id)).email);
    const coordinator = await client('coordinator');
    const styrgrupp = await createGroup(db, systemActor('test'), cid, { kind: 'steering', name: 'Styrgruppen', mandate: '', assignment: '', validFrom: null, validTo: null });
    const create = async (year: number, who: Client = coordinator) =>
      who.request({ method: 'POST', url: `${base}/situation-reports`, payload: { year } });
    const get = async (id: string, who: Client = coordinator) => (await who.request({ method: 'GET', url: `${base}/situation-reports/${id}` })).json() as Report;
    const adopt = async (r: { id: string; version: number }, adoptedOn: string, groupId: string | null = styrgrupp.id) =>
      coordinator.request({ method: 'POST', url: `${base}/situation-reports/${r.id}/adopt`, headers: { 'if-match': etag(r) }, payload: { adoptedOn, adoptedByGroupId: groupId } });
    const upload = (source: string, body: string) =>
      coordinator.request({ method: 'POST', url: `${base}/data-imports?source=${source}&fileName=test.csv`, payload: body, headers: { 'content-type': 'text/csv' } });
    return { db, cid, base, kommun, lpo, client, coordinator, styrgrupp, create, get, adopt, upload };
  }

  it('one lägesbild per year: a second for the same year is 409 in Swedish; list newest first', async () => {
    const { base, create, coordinator } = await setup();
    const first = await create(2024);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ year: 2024, title: 'Lägesbild 2024', adopted: false, adoptedVersion: null, currentNumber: 1 });
    const again = await create(2024);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Det finns redan en lägesbild för 2024 i samverkan. Öppna den i stället.');
    expect((await create(2025)).statusCode).toBe(201);
    const list = (await coordinator.request({ method: 'GET', url: `${base}/situation-reports` })).json() as Report[];
    expect(list.map((r) => r.year)).toEqual([2025, 2024]);
  });

  it('holds dialogues, safety walks with observations and incident reports, summed per category and month', async () => {
    const { base, create, get, coordinator, client, lpo } = await setup();
    const report = (await create(2024)).json() as Report;
    const url = `${base}/situation-reports/${report.id}`;
    const dialogue = await coordinator.request({
      method: 'POST',
      url: `${url}/dialogues`,
      payload: { kind: 'citizen', heldOn: '2024-02-06', method: 'Öppet möte', area: 'Centrum', participantsCount: 34, notes: 'Oro kring busstationen', outcomes: 'Mer belysning' },
    });
    expect(dialogue.statusCode).toBe(201);
    const walk = (
      await coordinator.request({ method: 'POST', url: `${url}/safety-walks`, payload: { walkedOn: '2024-04-24', area: 'Centrum', participantsCount: 12, organisations: 'Polisen, Norsjö kommun' } })
    ).json() as { id: string };
    const observation = await coordinator.request({
      method: 'POST',
      url: `${base}/safety-walks/${walk.id}/observations`,
      payload: { place: 'Gångtunneln vid skolan', problem: 'Trasig belysning', proposedAction: 'Byt armaturer', owner: 'Polisen', ownerOrganisationId: lpo.id },
    });
    expect(observation.statusCode).toBe(201);
    const contributor = await client('contributor');
    for (const [occurredOn, category, count] of [
      ['2024-03-02', 'Klotter', 2],
      ['2024-03-15', 'Skadegörelse', 1],
      ['2024-04-01', 'Klotter', 3],
    ] as const) {
      const res = await contributor.request({ method: 'POST', url: `${url}/incident-reports`, payload: { occurredOn, category, place: 'Busstationen', timeOfDay: 'kvall', count } });
      expect(res.statusCode).toBe(201);
    }
    const full = await get(report.id);
    expect(full.dialogues).toMatchObject([{ kind: 'citizen', method: 'Öppet möte', participantsCount: 34 }]);
    expect(full.walks[0]?.observations).toMatchObject([{ place: 'Gångtunneln vid skolan', status: 'open', ownerOrganisationId: lpo.id }]);
    expect(full.incidentSummary).toEqual({
      total: 6,
      byCategory: [
        { category: 'Klotter', count: 5 },
        { category: 'Skadegörelse', count: 1 },
      ],
      byMonth: [
        { month: '2024-03', count: 3 },
        { month: '2024-04', count: 3 },
      ],
    });

    // Contributors: incidents yes, status of an observation yes, anything else of the protocol no.
    const obs = observation.json() as { id: string; version: number };
    const status = await contributor.request({ method: 'PATCH', url: `${base}/safety-walk-observations/${obs.id}`, headers: { 'if-match': etag(obs) }, payload: { status: 'in_progress' } });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ status: 'in_progress', version: 2 });
    const place = await contributor.request({ method: 'PATCH', url: `${base}/safety-walk-observations/${obs.id}`, headers: { 'if-match': '"v2"' }, payload: { place: 'Annan plats' } });
    expect(place.statusCode).toBe(403);
    expect(place.json().error.message).toContain('Rapportörer kan ändra status');
    const viewer = await client('viewer');
    expect((await viewer.request({ method: 'POST', url: `${url}/incident-reports`, payload: { occurredOn: '2024-03-02', category: 'Klotter', place: 'X' } })).statusCode).toBe(403);
  });

  it('adopting freezes version 1: later edits, new incidents and new statistics leave it as it was; adopting again makes version 2', async () => {
    const { db, cid, base, create, get, adopt, upload, coordinator, styrgrupp } = await setup();
    expect((await upload('bra', braCsv)).statusCode).toBe(201);
    expect((await upload('population', populationCsv)).statusCode).toBe(201);
    const created = (await create(2024)).json() as Report;
    const url = `${base}/situation-reports/${created.id}`;
    const patched = await coordinator.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': etag(created) },
      payload: { analysisText: 'Skadegörelse i centrum är det största problemet.', chartSeries: [{ source: 'bra', series: 'Samtliga brott', per100k: true }], comparisonAreaCodes: ['2482'] },
    });
    expect(patched.statusCode).toBe(200);
    const draft = patched.json() as Report;
    // Norsjö (the collaboration's), Skellefteå (chosen) and the country; Umeå is not asked for.
    expect(draft.charts[0]?.values.map((v) => `${v.areaCode} ${v.period} ${v.per100k}`)).toEqual(['2417 2022 7341.5', '0000 2023 14028.4', '2417 2023 7800', '2482 2023 7866.7']);
    await coordinator.request({ method: 'POST', url: `${url}/incident-reports`, payload: { occurredOn: '2024-03-02', category: 'Klotter', place: 'Torget', count: 2 } });

    // A problem of this report with a cause and an indicator: the indicator's baseline is frozen on adoption.
    const [problem] = await db.insert(problems).values({ collaborationId: cid, reportId: created.id, title: 'Skadegörelse i centrum', priority: 'high' }).returning();
    await db.insert(problemCauses).values({ collaborationId: cid, problemId: problem!.id, kind: 'risk_factor', description: 'Dålig belysning' });
    const [indicator] = await db
      .insert(indicators)
      .values({ collaborationId: cid, name: 'Anmäld skadegörelse', unit: 'antal', direction: 'decrease', source: 'manual', baselineValue: 50, baselinePeriod: '2023', targetValue: 40, targetPeriod: '2026' })
      .returning();
    await db.insert(problemIndicators).values({ collaborationId: cid, problemId: problem!.id, indicatorId: indicator!.id });

    const stale = await adopt({ id: created.id, version: created.version }, '2024-03-12');
    expect(stale.statusCode).toBe(412);
    const current = await get(created.id);
    const adopted = await adopt(current, '2024-03-12');
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ adopted: true, currentNumber: 1, adoptedVersion: { number: 1, adoptedOn: '2024-03-12', adoptedByGroup: { name: 'Styrgruppen' } } });
    expect((await adopt(adopted.json() as Report, '2024-03-13')).statusCode).toBe(409);
    const frozenOn = await queryRows<{ adopted_on: string }>(db, sql`select adopted_on::text from indicators where id = ${indicator!.id}`);
    expect(frozenOn[0]?.adopted_on).toBe('2024-03-12');

    const v1 = async () => (await coordinator.request({ method: 'GET', url: `${url}/versions/1` })).json() as { number: number; adoptedOn: string; snapshot: Snapshot };
    const before = await v1();
    expect(before.snapshot).toMatchObject({
      analysisText: 'Skadegörelse i centrum är det största problemet.',
      incidentSummary: { total: 2 },
      adoptedByGroup: { id: styrgrupp.id, name: 'Styrgruppen' },
      problems: [
        {
          title: 'Skadegörelse i centrum',
          priority: 'high',
          causes: [{ kind: 'risk_factor', description: 'Dålig belysning' }],
          indicators: [{ name: 'Anmäld skadegörelse', baselineValue: 50, baselinePeriod: '2023', targetValue: 40 }],
        },
      ],
    });
    expect(before.snapshot.charts[0]?.values).toHaveLength(4);

    // Saving the same text changes nothing: still adopted.
    const same = await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': etag(adopted.json() as Report) }, payload: { analysisText: 'Skadegörelse i centrum är det största problemet.' } });
    expect(same.json()).toMatchObject({ adopted: true, currentNumber: 1 });
    // Later: the text changes, an incident is added, Brå revises a figure and the problem is renamed.
    const edited = await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': etag(same.json() as Report) }, payload: { analysisText: 'Ny analys.' } });
    expect(edited.json()).toMatchObject({ adopted: false, currentNumber: 2, adoptedVersion: { number: 1 } });
    await coordinator.request({ method: 'POST', url: `${url}/incident-reports`, payload: { occurredOn: '2024-05-02', category: 'Brand', place: 'Skolan' } });
    await upload('bra', braCsv.replace('2023;312', '2023;400'));
    await db.update(problems).set({ title: 'Omdöpt problem' }).where(and(eq(problems.id, problem!.id)));
    expect(await v1()).toEqual(before);

    const now = await get(created.id);
    expect(now.charts[0]?.values.find((v) => v.areaCode === '2417' && v.period === '2023')?.value).toBe(400);
    expect((await adopt(now, '2024-03-01')).json().error.message).toContain('kan inte ligga före');
    const second = await adopt(now, '2024-09-10', null);
    expect(second.statusCode).toBe(200);
    const versions = (await coordinator.request({ method: 'GET', url: `${url}/versions` })).json() as { number: number; adoptedOn: string }[];
    expect(versions.map((v) => [v.number, v.adoptedOn])).toEqual([
      [1, '2024-03-12'],
      [2, '2024-09-10'],
    ]);
    const v2 = (await coordinator.request({ method: 'GET', url: `${url}/versions/2` })).json() as { snapshot: Snapshot };
    expect(v2.snapshot).toMatchObject({ analysisText: 'Ny analys.', incidentSummary: { total: 3 }, adoptedByGroup: null, problems: [{ title: 'Omdöpt problem' }] });
    expect((await coordinator.request({ method: 'GET', url: `${url}/versions/3` })).statusCode).toBe(404);

    // An adopted lägesbild cannot be deleted; a never-adopted one can.
    expect((await coordinator.request({ method: 'DELETE', url })).statusCode).toBe(409);
    const other = (await create(2025)).json() as Report;
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/situation-reports/${other.id}` })).statusCode).toBe(204);
  });

  it('another collaboration\'s member gets 404 for the report, its parts and its versions', async () => {
    const a = await setup();
    const b = await setup();
    const report = (await a.create(2024)).json() as Report;
    const walk = (await a.coordinator.request({ method: 'POST', url: `${a.base}/situation-reports/${report.id}/safety-walks`, payload: { walkedOn: '2024-04-24', area: 'Centrum' } })).json() as {
      id: string;
    };
    const outsider = b.coordinator;
    expect((await outsider.request({ method: 'GET', url: `${a.base}/situation-reports/${report.id}` })).statusCode).toBe(404);
    // Through their own collaboration's address, a's ids are not found either.
    expect((await outsider.request({ method: 'GET', url: `${b.base}/situation-reports/${report.id}` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'POST', url: `${b.base}/safety-walks/${walk.id}/observations`, payload: { place: 'X', problem: 'Y' } })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'GET', url: `${b.base}/situation-reports/${report.id}/versions` })).statusCode).toBe(404);
    // A group of another collaboration cannot adopt.
    const res = await a.adopt(report, '2024-03-12', b.styrgrupp.id);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.adoptedByGroupId', message: 'Gruppen finns inte i samverkan.' }]);
  });

  it('a plan starts from an adopted lägesbild of its own collaboration, and shows its year and adoption date', async () => {
    const a = await setup();
    const b = await setup();
    const draft = (await a.create(2024)).json() as Report;
    const plan = { kind: 'atgardsplan', title: 'Åtgärdsplan 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' };
    const createPlan = (situationReportId: string) => a.coordinator.request({ method: 'POST', url: `${a.base}/plans`, payload: { ...plan, situationReportId } });

    const notAdopted = await createPlan(draft.id);
    expect(notAdopted.statusCode).toBe(400);
    expect(notAdopted.json().error.details).toEqual([{ field: 'body.situationReportId', message: expect.stringContaining('inte fastställd') }]);
    const foreign = (await b.create(2024)).json() as Report;
    await b.adopt(foreign, '2024-03-12');
    expect((await createPlan(foreign.id)).statusCode).toBe(404);

    await a.adopt(draft, '2024-03-12');
    const created = await createPlan(draft.id);
    expect(created.statusCode).toBe(201);
    const expected = { situationReportId: draft.id, situationReport: { id: draft.id, year: 2024, title: 'Lägesbild 2024', adoptedOn: '2024-03-12', number: 1 } };
    expect(created.json()).toMatchObject(expected);
    const planId = (created.json() as { id: string }).id;
    expect((await a.coordinator.request({ method: 'GET', url: `${a.base}/plans/${planId}` })).json()).toMatchObject(expected);
    const list = (await a.coordinator.request({ method: 'GET', url: `${a.base}/plans` })).json() as { id: string; situationReport: unknown }[];
    expect(list.find((p) => p.id === planId)?.situationReport).toEqual(expected.situationReport);

    // Unlinking with null is allowed.
    const unlinked = await a.coordinator.request({ method: 'PATCH', url: `${a.base}/plans/${planId}`, headers: { 'if-match': '"v1"' }, payload: { situationReportId: null } });
    expect(unlinked.json()).toMatchObject({ situationReportId: null, situationReport: null });
  });

  it('the demo: Norsjö\'s lägesbild 2024 is adopted by the styrgrupp with its statistics frozen, the demo plan starts from it, and seeding again changes nothing', async () => {
    const first = await seedDemo(ctx.database.db);
    await seedDemo(ctx.database.db);
    const norsjo = first.collaborations.find((c) => c.name.startsWith('Norsjö'))!;
    const client = await signIn(ctx.app, 'samordnare@norsjo.demo.samverkan.se', 'samverkan-demo');
    const base = `/api/collaborations/${norsjo.id}`;
    const reports = (await client.request({ method: 'GET', url: `${base}/situation-reports` })).json() as Report[];
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ year: 2024, adopted: true, adoptedVersion: { number: 1, adoptedOn: '2024-11-12', adoptedByGroup: { name: 'Styrgrupp brottsförebyggande samverkan Norsjö' } } });
    const v1 = (await client.request({ method: 'GET', url: `${base}/situation-reports/${reports[0]!.id}/versions/1` })).json() as { snapshot: Snapshot };
    expect(v1.snapshot.dialogues.map((d) => d.kind).sort()).toEqual(['citizen', 'staff']);
    expect(v1.snapshot.walks[0]?.observations).toHaveLength(4);
    expect(v1.snapshot.incidentSummary.total).toBe(14);
    const areas = new Set(v1.snapshot.charts[0]?.values.map((v) => v.areaCode));
    expect([...areas].sort()).toEqual(['0000', '2417', '2418', '2481', '2482']);
    expect(v1.snapshot.charts[0]?.values.every((v) => v.per100k !== null)).toBe(true);
    const plans = (await client.request({ method: 'GET', url: `${base}/plans` })).json() as { situationReport: unknown }[];
    expect(plans[0]?.situationReport).toEqual({ id: reports[0]!.id, year: 2024, title: 'Gemensam lägesbild Norsjö 2024', adoptedOn: '2024-11-12', number: 1 });
  });
});
