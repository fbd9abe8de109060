import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

const braCsv = [
  'Brottskategori;Region;År;Antal',
  'Samtliga brott;Norsjö;2022;301',
  'Samtliga brott;Norsjö;2023;312',
  'Samtliga brott › Skadegörelse;Norsjö;2023;50',
  'Samtliga brott;Skellefteå;2023;6 100',
].join('\n');

const populationCsv = 'Region;År;Folkmängd\n2417 Norsjö;2022;4 092\n2417 Norsjö;2023;4 061\n';

describe('lägesbild data import', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun } = await buildCollaboration(db);
    const base = `/api/collaborations/${collaboration.id}`;
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', kommun.id)).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'viewer', kommun.id)).email);
    const upload = (client: typeof coordinator, source: string, body: string | Buffer, query = '', contentType = 'text/csv') =>
      client.request({ method: 'POST', url: `${base}/data-imports?source=${source}&fileName=test${query}`, payload: body, headers: { 'content-type': contentType } });
    const count = async (table: 'statistic_values' | 'police_events') =>
      Number((await queryRows<{ n: string }>(db, sql`select count(*) as n from ${sql.identifier(table)} where collaboration_id = ${collaboration.id}`))[0]!.n);
    return { base, coordinator, viewer, upload, count };
  }

  it('imports Brå counts, and the same file twice changes nothing; another collaboration\'s member gets 404', async () => {
    const own = await setup();
    const other = await setup();
    expect((await own.upload(other.coordinator, 'bra', braCsv)).statusCode).toBe(404);
    const a = await own.upload(own.coordinator, 'bra', braCsv);
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ imported: 4, unchanged: 0, skipped: 0, valid: 4, errorCount: 0, committed: true });
    const b = await own.upload(own.coordinator, 'bra', braCsv);
    expect(b.json()).toMatchObject({ imported: 0, unchanged: 4, committed: true });
    expect(await own.count('statistic_values')).toBe(4);
    const changed = await own.upload(own.coordinator, 'bra', braCsv.replace('2023;312', '2023;315'));
    expect(changed.json()).toMatchObject({ imported: 1, unchanged: 3 });
    expect(await own.count('statistic_values')).toBe(4);
    expect(await other.count('statistic_values')).toBe(0);
  });

  it('one bad row imports nothing and names the line, column and reason in Swedish; skipInvalid imports the rest', async () => {
    const { upload, coordinator, count } = await setup();
    const bad = `${braCsv}\nSamtliga brott;Gotham;2023;5\nSamtliga brott;Norsjö;2021;2,5\n`;
    const rejected = await upload(coordinator, 'bra', bad);
    expect(rejected.statusCode).toBe(400);
    const body = rejected.json() as { error: { code: string; message: string; details: { errors: { line: number; column: string; message: string }[]; imported: number } } };
    expect(body.error.message).toBe('2 rader är felaktiga; inget importerades.');
    expect(body.error.details.imported).toBe(0);
    expect(body.error.details.errors).toEqual([
      { line: 6, column: 'Region', message: expect.stringContaining('"Gotham" är ingen av Sveriges 290 kommuner') },
      { line: 7, column: 'Antal', message: expect.stringContaining('inte ett antal') },
    ]);
    expect(await count('statistic_values')).toBe(0);

    const preview = await upload(coordinator, 'bra', bad, '&dryRun=true&skipInvalid=true');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ imported: 4, skipped: 2, committed: false });
    expect(await count('statistic_values')).toBe(0);

    const skipped = await upload(coordinator, 'bra', bad, '&skipInvalid=true');
    expect(skipped.statusCode).toBe(201);
    expect(skipped.json()).toMatchObject({ imported: 4, skipped: 2, committed: true });
    expect(await count('statistic_values')).toBe(4);
  });

  it('a file problem (missing columns) is one clear message and changes nothing', async () => {
    const { upload, coordinator, count } = await setup();
    const res = await upload(coordinator, 'bra', 'Kategori;Antal\nx;1\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Kolumn saknas: "region", "år"');
    expect(await count('statistic_values')).toBe(0);
  });

  it('gives Brå counts per 100 000 inhabitants once the population is imported, and lists the series', async () => {
    const { upload, coordinator, viewer, base } = await setup();
    await upload(coordinator, 'bra', braCsv);
    await upload(coordinator, 'population', populationCsv);
    const values = (await viewer.request({ method: 'GET', url: `${base}/statistics?source=bra&series=${encodeURIComponent('Samtliga brott')}&areaCode=2417` })).json() as { period: string; value: number; per100k: number }[];
    expect(values.map((v) => [v.period, v.value, v.per100k])).toEqual([
      ['2022', 301, 7355.8],
      ['2023', 312, 7682.8],
    ]);
    const series = (await viewer.request({ method: 'GET', url: `${base}/statistics/series` })).json() as { source: string; series: string; values: number }[];
    expect(series.map((s) => `${s.source}:${s.series}:${s.values}`)).toEqual(['bra:Samtliga brott:3', 'bra:Samtliga brott › Skadegörelse:1', 'population:Folkmängd:2']);
  });

  it('imports Polisen events (JSON), re-import changes nothing, and members read them newest first', async () => {
    const { upload, coordinator, viewer, base, count } = await setup();
    const events = [
      { id: 1, datetime: '2025-03-14 9:20:00 +01:00', name: '14 mars 09:20, Skadegörelse, Norsjö', summary: 'Klotter på skolan.', url: '/aktuellt/1', type: 'Skadegörelse', location: { name: 'Norsjö', gps: '64.911658,19.48192' } },
      { id: 2, datetime: '2025-03-15 22:05:00 +01:00', name: '15 mars 22:05, Trafikkontroll, Norsjö', summary: 'Kontroll på väg 370.', url: '/aktuellt/2', type: 'Trafikkontroll', location: { name: 'Norsjö', gps: '64.91,19.48' } },
    ];
    const json = JSON.stringify(events);
    expect((await upload(coordinator, 'polisen', json, '', 'application/json')).json()).toMatchObject({ imported: 2 });
    expect((await upload(coordinator, 'polisen', json, '', 'application/json')).json()).toMatchObject({ imported: 0, unchanged: 2 });
    expect(await count('police_events')).toBe(2);
    const list = (await viewer.request({ method: 'GET', url: `${base}/police-events?from=2025-03-15` })).json() as { externalId: string; occurredAt: string; areaCode: string }[];
    expect(list).toEqual([expect.objectContaining({ externalId: '2', occurredAt: '2025-03-15T21:05:00.000Z', areaCode: '2417' })]);
  });

  it('filters events by Swedish days, also in summer time (+02:00)', async () => {
    const { upload, coordinator, viewer, base } = await setup();
    const at = (id: number, datetime: string) => ({ id, datetime, name: `Händelse ${id}`, summary: '', url: null, type: 'Brand', location: { name: 'Norsjö', gps: '64.91,19.48' } });
    // 00:30 on 15 July in Sweden is 22:30 UTC on 14 July.
    const events = [at(11, '2025-07-15 0:30:00 +02:00'), at(12, '2025-07-15 23:30:00 +02:00'), at(13, '2025-07-16 0:30:00 +02:00')];
    await upload(coordinator, 'polisen', JSON.stringify(events), '', 'application/json');
    const ids = async (query: string) =>
      ((await viewer.request({ method: 'GET', url: `${base}/police-events?${query}` })).json() as { externalId: string }[]).map((e) => e.externalId).sort();
    expect(await ids('from=2025-07-15&to=2025-07-15')).toEqual(['11', '12']);
    expect(await ids('from=2025-07-16')).toEqual(['13']);
    expect(await ids('to=2025-07-14')).toEqual([]);
  });

  it('only coordinators and administrators import; viewers read', async () => {
    const { upload, viewer } = await setup();
    expect((await upload(viewer, 'bra', braCsv)).statusCode).toBe(403);
  });

  it('refuses an unknown source and a body that is not a file', async () => {
    const { upload, coordinator, base } = await setup();
    expect((await upload(coordinator, 'brottsplatskartan', braCsv)).statusCode).toBe(400);
    const form = await coordinator.request({ method: 'POST', url: `${base}/data-imports?source=bra`, payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
  });
});
