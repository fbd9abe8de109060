import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { seedDemo } from '#server/db/seed/demo.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createLog } from '#server/modules/activity-log/activity-log.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';
import { freezeIndicatorBaselines, listIndicatorSummaries } from './indicators.service.js';

interface Indicator {
  id: string;
  version: number;
  series: { period: string; value: number; note: string; version: number | null }[];
  status: { status: string; colour: string; latest: { period: string; value: number } | null; change: number | null; progress: number | null };
  baselineValue: number | null;
  baselinePeriod: string | null;
  adoptedOn: string | null;
  unit: string;
  activityName: string | null;
}

const braCsv = ['Brottskategori;Region;År;Antal', 'Samtliga brott;Norsjö;2022;301', 'Samtliga brott;Norsjö;2023;312', 'Samtliga brott;Skellefteå;2023;6 100'].join('\n');
const populationCsv = 'Region;År;Folkmängd\n2417 Norsjö;2022;4 092\n2417 Norsjö;2023;4 061\n';
const surveyCsv = ['Fråga;Område;År;Andel', 'Känner sig trygg i centrum kvällstid;Centrum;2022;61,5', 'Känner sig trygg i centrum kvällstid;Centrum;2024;58', 'Känner sig trygg i centrum kvällstid;Bastuträsk;2024;80'].join('\n');
const kpiEntry = (period: number, values: unknown[]) => ({ kpi: 'N07403', municipality: '2417', period, values });
const koladaJson = JSON.stringify({
  values: [
    kpiEntry(2021, [{ gender: 'T', value: 480 }, { gender: 'K', value: 300 }]),
    kpiEntry(2022, [{ gender: 'T', value: 512.3 }, { gender: 'K', value: 401 }]),
    kpiEntry(2023, [{ gender: 'T', value: null, status: 'Missing' }]),
  ],
});

const manual = (over: Record<string, unknown> = {}) => ({ name: 'Andel elever i åk 9 som känner sig trygga i skolan', unit: 'procent', direction: 'increase', baselineValue: 70, baselinePeriod: '2023', targetValue: 80, targetPeriod: '2026', ...over });

describe('indicators', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const cid = collaboration.id;
    const base = `/api/collaborations/${cid}`;
    const coordinator = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator', kommun.id)).email);
    const contributor = await signIn(ctx.app, (await buildMember(db, cid, 'contributor', kommun.id)).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, cid, 'viewer', kommun.id)).email);
    const police = await signIn(ctx.app, (await buildMember(db, cid, 'viewer', lpo.id)).email);
    const create = async (client: Client, body: Record<string, unknown>) => client.request({ method: 'POST', url: `${base}/indicators`, payload: body });
    const created = async (body: Record<string, unknown>) => {
      const res = await create(coordinator, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Indicator;
    };
    const get = async (client: Client, id: string) => (await client.request({ method: 'GET', url: `${base}/indicators/${id}` })).json() as Indicator;
    const upload = async (source: string, body: string, contentType = 'text/csv') => {
      const res = await coordinator.request({ method: 'POST', url: `${base}/data-imports?source=${source}&fileName=test`, payload: body, headers: { 'content-type': contentType } });
      expect(res.statusCode, res.body).toBe(201);
    };
    /** Without a version: a new value for the period; with one: a correction of the value at that version. */
    const putValue = (client: Client, id: string, period: string, value: number, note = '', version?: number) =>
      client.request({ method: 'PUT', url: `${base}/indicators/${id}/values/${period}`, payload: { value, note }, ...(version === undefined ? {} : { headers: { 'if-match': `"v${version}"` } }) });
    return { db, cid, base, kommun, lpo, coordinator, contributor, viewer, police, create, created, get, upload, putValue };
  }

  it('manual: a contributor enters values per period; the series is sorted and the status follows the latest value', async () => {
    const s = await setup();
    const indicator = await s.created(manual());
    expect(indicator.status).toMatchObject({ status: 'no_data', colour: 'grey', latest: null });
    expect((await s.putValue(s.contributor, indicator.id, '2025', 74, 'Elevenkäten vt 2025')).statusCode).toBe(200);
    const afterTwo = (await s.putValue(s.contributor, indicator.id, '2024', 68)).json() as Indicator;
    expect(afterTwo.series).toEqual([
      { period: '2024', value: 68, note: '', version: 1 },
      { period: '2025', value: 74, note: 'Elevenkäten vt 2025', version: 1 },
    ]);
    expect(afterTwo.status).toMatchObject({ status: 'improving', colour: 'yellow', latest: { period: '2025', value: 74 }, change: 4, progress: 0.4 });
    // Correcting a period replaces its value; a quarter sorts before the year it ends.
    expect((await s.putValue(s.contributor, indicator.id, '2025', 81, '', 1)).statusCode).toBe(200);
    await s.putValue(s.contributor, indicator.id, '2025K4', 79);
    const corrected = await s.get(s.viewer, indicator.id);
    expect(corrected.series.map((p) => `${p.period}=${p.value}`)).toEqual(['2024=68', '2025K4=79', '2025=81']);
    expect(corrected.series.find((p) => p.period === '2025')?.version).toBe(2);
    expect(corrected.status).toMatchObject({ status: 'achieved', colour: 'green' });
    expect((await s.viewer.request({ method: 'DELETE', url: `${s.base}/indicators/${indicator.id}/values/2025` })).statusCode).toBe(403);
    expect((await s.contributor.request({ method: 'DELETE', url: `${s.base}/indicators/${indicator.id}/values/2025` })).statusCode).toBe(204);
    expect((await s.contributor.request({ method: 'DELETE', url: `${s.base}/indicators/${indicator.id}/values/2025` })).statusCode).toBe(404);
    expect((await s.get(s.viewer, indicator.id)).status.latest).toEqual({ period: '2025K4', value: 79 });
    const bad = await s.putValue(s.contributor, indicator.id, '2025-13', 1);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBeTruthy();
    // Every write is in the audit trail.
    const audit = await queryRows<{ entity_type: string; action: string }>(s.db, sql`select entity_type, action from audit_events where collaboration_id = ${s.cid} order by at, id`);
    expect(audit.filter((a) => a.entity_type.startsWith('indicator')).map((a) => `${a.entity_type}:${a.action}`)).toEqual([
      'indicator:create',
      'indicator-value:create',
      'indicator-value:create',
      'indicator-value:update',
      'indicator-value:create',
      'indicator-value:delete',
    ]);
  });

  it('values can only be entered for manual indicators (409); a viewer may not enter them', async () => {
    const s = await setup();
    const plan = await createPlan(s.db, systemActor('t'), s.cid, { kind: 'handlingsplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const activity = await createActivity(s.db, systemActor('t'), s.cid, plan.id, { what: 'Trafikkontroller' });
    const counted = await s.created({ name: 'Trafikkontroller', direction: 'increase', source: 'activity_count', activityId: activity.id });
    const res = await s.putValue(s.contributor, counted.id, '2025', 3);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('manuell');
    const m = await s.created(manual());
    expect((await s.putValue(s.viewer, m.id, '2025', 3)).statusCode).toBe(403);
    expect((await s.create(s.contributor, manual())).statusCode).toBe(403);
  });

  it('kolada: the KPI for one municipality and gender split; KPI id and area code are required', async () => {
    const s = await setup();
    await s.upload('kolada', koladaJson, 'application/json');
    const missing = await s.create(s.coordinator, { name: 'Anmälda våldsbrott', direction: 'decrease', source: 'kolada', sourceSeries: 'N07403' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('Ange kommunkoden för Kolada-värdena (fyra siffror).');
    const total = await s.created({ name: 'Anmälda våldsbrott', direction: 'decrease', source: 'kolada', sourceSeries: 'N07403', sourceAreaCode: '2417', baselineValue: 480, baselinePeriod: '2021', targetValue: 400 });
    expect(total.series).toEqual([
      { period: '2021', value: 480, note: '', version: null },
      { period: '2022', value: 512.3, note: '', version: null },
    ]);
    expect(total.status).toMatchObject({ status: 'not_improving', colour: 'red', latest: { period: '2022', value: 512.3 } });
    const women = await s.created({ name: 'Anmälda våldsbrott, kvinnor', direction: 'decrease', source: 'kolada', sourceSeries: 'N07403', sourceAreaCode: '2417', sourceDimension: 'K' });
    expect(women.series.map((p) => p.value)).toEqual([300, 401]);
    expect(women.status.status).toBe('no_target');
  });

  it('bra: counts, or per 100 000 inhabitants from the imported population of the same year', async () => {
    const s = await setup();
    await s.upload('bra', braCsv);
    await s.upload('population', populationCsv);
    const counts = await s.created({ name: 'Anmälda brott', direction: 'decrease', source: 'bra', sourceSeries: 'Samtliga brott', sourceAreaCode: '2417' });
    expect(counts.series.map((p) => `${p.period}=${p.value}`)).toEqual(['2022=301', '2023=312']);
    const rate = await s.created({ name: 'Anmälda brott per 100 000', direction: 'decrease', source: 'bra', sourceSeries: 'Samtliga brott', sourceAreaCode: '2417', per100k: true, targetValue: 7000 });
    expect(rate.unit).toBe('per 100 000 invånare');
    expect(rate.series).toEqual([
      { period: '2022', value: Math.round((301 / 4092) * 100_000 * 10) / 10, note: '', version: null },
      { period: '2023', value: Math.round((312 / 4061) * 100_000 * 10) / 10, note: '', version: null },
    ]);
    expect(rate.series[1]!.value).toBe(7682.8);
    expect(rate.status).toMatchObject({ status: 'not_achieved', latest: { period: '2023', value: 7682.8 } });
    // No population for Skellefteå: no rate, so no values rather than wrong ones.
    const noPopulation = await s.created({ name: 'Skellefteå per 100 000', direction: 'decrease', source: 'bra', sourceSeries: 'Samtliga brott', sourceAreaCode: '2482', per100k: true });
    expect(noPopulation.series).toEqual([]);
    expect(noPopulation.status.status).toBe('no_data');
  });

  it('survey: one question in one named area', async () => {
    const s = await setup();
    await s.upload('survey', surveyCsv);
    const noArea = await s.create(s.coordinator, { name: 'Trygghet', direction: 'increase', source: 'survey', sourceSeries: 'Känner sig trygg i centrum kvällstid' });
    expect(noArea.statusCode).toBe(400);
    expect(noArea.json().error.message).toBe('Ange området som enkätsvaren gäller.');
    const centrum = await s.created({ name: 'Trygghet i centrum', unit: 'procent', direction: 'maintain', source: 'survey', sourceSeries: 'Känner sig trygg i centrum kvällstid', sourceArea: 'Centrum', baselineValue: 61.5, baselinePeriod: '2022', tolerance: 2 });
    expect(centrum.series.map((p) => `${p.period}=${p.value}`)).toEqual(['2022=61.5', '2024=58']);
    expect(centrum.status).toMatchObject({ status: 'off_target', colour: 'red', change: -3.5 });
  });

  it('activity_count: logged counts per calendar year; rows restricted to an organisation count only for its members', async () => {
    const s = await setup();
    const actor = systemActor('t');
    const plan = await createPlan(s.db, actor, s.cid, { kind: 'handlingsplan', title: 'Plan', periodStart: '2024-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const activity = await createActivity(s.db, actor, s.cid, plan.id, { what: 'Trafikkontroller vid skolor' });
    const other = await createActivity(s.db, actor, s.cid, plan.id, { what: 'Trygghetsvandring' });
    const log = (activityId: string, occurredOn: string, count: number, organisationId: string | null = null) =>
      createLog(s.db, actor, { userId: null, role: 'admin', organisationId }, s.cid, activityId, { occurredOn, count, place: '', latitude: null, longitude: null, participants: [], note: 'hemlig anteckning', restricted: organisationId !== null });
    await log(activity.id, '2024-03-01', 2);
    await log(activity.id, '2024-12-31', 3);
    await log(activity.id, '2025-01-01', 4);
    await log(activity.id, '2025-06-01', 10, s.lpo.id);
    await log(other.id, '2025-06-01', 99);
    const indicator = await s.created({ name: 'Trafikkontroller', unit: 'antal', direction: 'increase', source: 'activity_count', activityId: activity.id, targetValue: 12 });
    expect(indicator.activityName).toBe('Trafikkontroller vid skolor');
    expect(indicator.series).toEqual([
      { period: '2024', value: 5, note: '', version: null },
      { period: '2025', value: 4, note: '', version: null },
    ]);
    const seenByPolice = await s.get(s.police, indicator.id);
    expect(seenByPolice.series.map((p) => p.value)).toEqual([5, 14]);
    expect(seenByPolice.status.status).toBe('achieved');
    expect(JSON.stringify(seenByPolice)).not.toContain('hemlig');
    const missing = await s.create(s.coordinator, { name: 'Utan aktivitet', direction: 'increase', source: 'activity_count' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('Välj den aktivitet');
  });

  it('another collaboration: its ids are never linked, and its indicators look missing (404)', async () => {
    const s = await setup();
    const t = await setup();
    const plan = await createPlan(t.db, systemActor('t'), t.cid, { kind: 'handlingsplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const foreignActivity = await createActivity(t.db, systemActor('t'), t.cid, plan.id, { what: 'Annan' });
    const linked = await s.create(s.coordinator, { name: 'Länkad', direction: 'increase', source: 'activity_count', activityId: foreignActivity.id });
    expect(linked.statusCode).toBe(400);
    expect(linked.json().error.message).toBe('Aktiviteten finns inte i samverkans handlingsplaner.');
    const theirs = await t.created(manual());
    for (const req of [
      { method: 'GET' as const, url: `${s.base}/indicators/${theirs.id}` },
      { method: 'PATCH' as const, url: `${s.base}/indicators/${theirs.id}`, headers: { 'if-match': '"v1"' }, payload: { name: 'Kapad' } },
      { method: 'DELETE' as const, url: `${s.base}/indicators/${theirs.id}` },
      { method: 'POST' as const, url: `${s.base}/indicators/${theirs.id}/adopt`, headers: { 'if-match': '"v1"' }, payload: {} },
      { method: 'PUT' as const, url: `${s.base}/indicators/${theirs.id}/values/2024`, payload: { value: 1 } },
    ]) {
      const res = await s.coordinator.request(req);
      expect(res.statusCode, `${req.method} ${res.body}`).toBe(404);
    }
    // Their members do not see ours either.
    expect((await t.coordinator.request({ method: 'GET', url: `${s.base}/indicators` })).statusCode).toBe(404);
    expect(await listIndicatorSummaries(s.db, s.cid, { ids: [theirs.id] })).toEqual([]);
    expect((await t.get(t.viewer, theirs.id)).version).toBe(1);
  });

  it('adopting freezes the baseline: a PATCH touching it answers 409 and changes nothing; other fields may change', async () => {
    const s = await setup();
    const bare = await s.created(manual({ baselineValue: null, baselinePeriod: null }));
    const refused = await s.coordinator.request({ method: 'POST', url: `${s.base}/indicators/${bare.id}/adopt`, headers: { 'if-match': '"v1"' }, payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Indikatorn kan inte fastställas utan ett utgångsvärde och den period det gäller.');

    const indicator = await s.created(manual());
    expect((await s.contributor.request({ method: 'POST', url: `${s.base}/indicators/${indicator.id}/adopt`, headers: { 'if-match': '"v1"' }, payload: {} })).statusCode).toBe(403);
    const adopted = await s.coordinator.request({ method: 'POST', url: `${s.base}/indicators/${indicator.id}/adopt`, headers: { 'if-match': '"v1"' }, payload: { adoptedOn: '2025-02-01' } });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ adoptedOn: '2025-02-01', version: 2 });
    expect(adopted.headers.etag).toBe('"v2"');
    expect((await s.coordinator.request({ method: 'POST', url: `${s.base}/indicators/${indicator.id}/adopt`, headers: { 'if-match': '"v2"' }, payload: {} })).statusCode).toBe(409);

    const frozen = await s.coordinator.request({ method: 'PATCH', url: `${s.base}/indicators/${indicator.id}`, headers: { 'if-match': '"v2"' }, payload: { baselineValue: 65, name: 'Nytt namn' } });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.message).toMatch(/^Utgångsvärdet är fryst sedan indikatorn fastställdes 2025-02-01/);
    const unchanged = await s.get(s.viewer, indicator.id);
    expect(unchanged).toMatchObject({ baselineValue: 70, baselinePeriod: '2023', version: 2, adoptedOn: '2025-02-01' });
    expect(unchanged).not.toMatchObject({ name: 'Nytt namn' });
    const period = await s.coordinator.request({ method: 'PATCH', url: `${s.base}/indicators/${indicator.id}`, headers: { 'if-match': '"v2"' }, payload: { baselinePeriod: null } });
    expect(period.statusCode).toBe(409);

    // The same baseline sent back with other changes (a whole form) is fine.
    const ok = await s.coordinator.request({ method: 'PATCH', url: `${s.base}/indicators/${indicator.id}`, headers: { 'if-match': '"v2"' }, payload: { baselineValue: 70, baselinePeriod: '2023', targetValue: 85 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ targetValue: 85, baselineValue: 70, version: 3 });
  });

  it('PATCH needs If-Match; a stale version answers 412 with the current indicator', async () => {
    const s = await setup();
    const indicator = await s.created(manual());
    const url = `${s.base}/indicators/${indicator.id}`;
    expect((await s.coordinator.request({ method: 'PATCH', url, payload: { name: 'Utan version' } })).statusCode).toBe(428);
    const first = await s.coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v1"' }, payload: { name: 'Trygghet i skolan, åk 9' } });
    expect(first.statusCode).toBe(200);
    const stale = await s.coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v1"' }, payload: { name: 'Min ändring' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.details.current).toMatchObject({ name: 'Trygghet i skolan, åk 9', version: 2 });
    expect((await s.get(s.viewer, indicator.id)).version).toBe(2);
    const sourceChange = await s.coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v2"' }, payload: { source: 'kolada' } });
    expect(sourceChange.statusCode).toBe(400);
    expect((await s.viewer.request({ method: 'PATCH', url, headers: { 'if-match': '"v2"' }, payload: { name: 'Tittare' } })).statusCode).toBe(403);
    expect((await s.coordinator.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await s.viewer.request({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('a value is entered without If-Match only while the period has none, and corrected only from the version seen; a refused write changes nothing', async () => {
    const s = await setup();
    const indicator = await s.created(manual());
    const url = `${s.base}/indicators/${indicator.id}/values/2025`;
    const valueNow = async () => (await s.get(s.viewer, indicator.id)).series.find((p) => p.period === '2025');
    const valueAudits = async () => (await queryRows<{ n: string }>(s.db, sql`select count(*) as n from audit_events where collaboration_id = ${s.cid} and entity_type = 'indicator-value'`))[0]!.n;

    const entered = await s.putValue(s.contributor, indicator.id, '2025', 74, 'Elevenkäten vt 2025');
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json().series).toEqual([{ period: '2025', value: 74, note: 'Elevenkäten vt 2025', version: 1 }]);
    const audits = await valueAudits();

    // A second person also believes 2025 is empty: 412 with the value already there, which stays.
    const second = await s.putValue(s.coordinator, indicator.id, '2025', 76, 'Min siffra');
    expect(second.statusCode).toBe(412);
    expect(second.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { period: '2025', value: 74, note: 'Elevenkäten vt 2025', version: 1 } } } });
    expect(second.json().error.message).toContain('redan fört in ett värde för 2025');
    expect(await valueNow()).toEqual({ period: '2025', value: 74, note: 'Elevenkäten vt 2025', version: 1 });

    // Correcting from the version seen bumps it; a second correction from the same version is stale.
    const corrected = await s.putValue(s.contributor, indicator.id, '2025', 75, 'Rättad', 1);
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().series).toEqual([{ period: '2025', value: 75, note: 'Rättad', version: 2 }]);
    const staleCorrection = await s.putValue(s.coordinator, indicator.id, '2025', 99, '', 1);
    expect(staleCorrection.statusCode).toBe(412);
    expect(staleCorrection.json().error.details.current).toEqual({ period: '2025', value: 75, note: 'Rättad', version: 2 });
    expect(await valueNow()).toEqual({ period: '2025', value: 75, note: 'Rättad', version: 2 });

    // A correction of a value someone removed meanwhile is refused too, and does not bring it back.
    expect((await s.coordinator.request({ method: 'DELETE', url })).statusCode).toBe(204);
    const gone = await s.putValue(s.contributor, indicator.id, '2025', 76, '', 2);
    expect(gone.statusCode).toBe(412);
    expect(gone.json().error.details).toEqual({ current: null });
    expect(await valueNow()).toBeUndefined();
    // The refused writes left no trace: one correction and one removal since the first entry.
    expect(Number(await valueAudits())).toBe(Number(audits) + 2);
    expect((await s.putValue(s.contributor, indicator.id, '2025', 76, '', Number.NaN)).statusCode).toBe(400);
    expect((await s.putValue(s.contributor, indicator.id, '2025', 76)).json().series).toEqual([{ period: '2025', value: 76, note: '', version: 1 }]);
  });

  it('adopting needs If-Match: 428 without, 412 with the current indicator when someone changed it since, and nothing is frozen then', async () => {
    const s = await setup();
    const indicator = await s.created(manual());
    const url = `${s.base}/indicators/${indicator.id}`;
    const adopt = (version?: number) => s.coordinator.request({ method: 'POST', url: `${url}/adopt`, payload: { adoptedOn: '2025-02-01' }, ...(version === undefined ? {} : { headers: { 'if-match': `"v${version}"` } }) });
    const unversioned = await adopt();
    expect(unversioned.statusCode).toBe(428);
    // Someone changes the baseline after the first person looked at version 1.
    expect((await s.coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v1"' }, payload: { baselineValue: 60 } })).statusCode).toBe(200);
    const stale = await adopt(1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.details.current).toMatchObject({ id: indicator.id, baselineValue: 60, baselinePeriod: '2023', adoptedOn: null, version: 2 });
    expect(await s.get(s.viewer, indicator.id)).toMatchObject({ baselineValue: 60, adoptedOn: null, version: 2 });
    const audit = await queryRows<{ n: string }>(s.db, sql`select count(*) as n from audit_events where entity_id = ${indicator.id}`);
    expect(Number(audit[0]!.n)).toBe(2);
    // Looking again (version 2), the baseline the user now sees is the one frozen.
    const adopted = await adopt(2);
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.headers.etag).toBe('"v3"');
    expect(adopted.json()).toMatchObject({ baselineValue: 60, adoptedOn: '2025-02-01', version: 3 });
  });

  it('the demo: Norsjö has four indicators (one adopted, one counting the traffic controls); seeding again adds nothing', async () => {
    const db = ctx.database.db;
    const norsjo = (await seedDemo(db)).collaborations.find((c) => c.name.startsWith('Norsjö'))!;
    await seedDemo(db);
    const client = await signIn(ctx.app, 'styrgrupp@norsjo.demo.samverkan.se', 'samverkan-demo');
    const list = (await client.request({ method: 'GET', url: `/api/collaborations/${norsjo.id}/indicators` })).json() as (Indicator & { name: string; source: string; direction: string })[];
    expect(list.map((i) => `${i.name}: ${i.source} ${i.direction}`)).toEqual([
      'Andel elever i åk 9 som känner sig trygga i skolan: manual increase',
      'Genomförda trafikkontroller: activity_count increase',
      'Anmälda skadegörelsebrott per 100 000 invånare: bra decrease',
      'Andel invånare som känner sig trygga utomhus kvällstid: manual maintain',
    ]);
    const [school, traffic, , maintain] = list;
    expect(school).toMatchObject({ adoptedOn: '2025-02-12', baselineValue: 78, status: { status: 'improving', latest: { period: '2025', value: 81 } } });
    expect(traffic!.activityName).toBe('Hastighet, alkohol och drograttfylla mm');
    expect(traffic!.series[0]).toMatchObject({ period: '2025' });
    expect(traffic!.series[0]!.value).toBeGreaterThan(50);
    expect(maintain!.status).toMatchObject({ status: 'achieved', latest: { period: '2025', value: 80 } });
  });

  it('lists by focus area; freezeIndicatorBaselines freezes only those with a baseline, once, with an audit event each', async () => {
    const s = await setup();
    const focus = (await s.coordinator.request({ method: 'POST', url: `${s.base}/focus-areas`, payload: { name: 'Trygg skola' } })).json() as { id: string };
    const a = await s.created(manual({ focusAreaId: focus.id }));
    const b = await s.created(manual({ name: 'Utan utgångsvärde', baselineValue: null, baselinePeriod: null, focusAreaId: focus.id }));
    const c = await s.created(manual({ name: 'Utan fokus' }));
    const listed = (await s.viewer.request({ method: 'GET', url: `${s.base}/indicators?focusAreaId=${focus.id}` })).json() as Indicator[];
    expect(listed.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(((await s.viewer.request({ method: 'GET', url: `${s.base}/indicators` })).json() as Indicator[]).map((i) => i.id)).toEqual([a.id, b.id, c.id]);

    const frozen = await s.db.transaction((tx) => freezeIndicatorBaselines(tx, s.cid, [a.id, b.id], '2025-03-01', systemActor('lägesbild')));
    expect(frozen).toEqual([a.id]);
    expect(await s.db.transaction((tx) => freezeIndicatorBaselines(tx, s.cid, [a.id], '2025-04-01'))).toEqual([]);
    expect((await s.get(s.viewer, a.id)).adoptedOn).toBe('2025-03-01');
    expect((await s.get(s.viewer, b.id)).adoptedOn).toBeNull();
    const audit = await queryRows<{ n: string }>(s.db, sql`select count(*) as n from audit_events where entity_id = ${a.id} and action = 'update'`);
    expect(Number(audit[0]!.n)).toBe(1);
  });
});
