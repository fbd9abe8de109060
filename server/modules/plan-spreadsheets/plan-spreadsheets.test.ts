import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function readXlsx(data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

describe('plan spreadsheets', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const base = `/api/collaborations/${collaboration.id}`;
    const police = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', lpo.id)).email);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', kommun.id)).email);
    const plan = (await coordinator.request({ method: 'POST', url: `${base}/plans`, payload: { kind: 'genomforandeplan', title: 'Plan 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as { id: string };
    return { base, police, coordinator, planUrl: `${base}/plans/${plan.id}` };
  }

  it('exports the plan to Excel and CSV, and a CSV cell can never run as a formula', async () => {
    const { coordinator, planUrl } = await setup();
    await coordinator.request({ method: 'POST', url: `${planUrl}/activities`, payload: { what: 'Trafikkontroller', whenText: 'Minst 10 kontroller per månad', partners: ['Polisen'], responsible: 'Polisen' } });
    await coordinator.request({ method: 'POST', url: `${planUrl}/activities`, payload: { what: '=HYPERLINK("http://x")', whenText: 'Vid behov' } });
    const xlsx = await coordinator.request({ method: 'GET', url: `${planUrl}/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const rows = await readXlsx(xlsx.rawPayload);
    expect(rows[0]?.slice(0, 7)).toEqual(['Fokusområde', 'Vad', 'När', 'Mål (tolkat)', 'Samverkan', 'Ansvarig', 'Uppföljning']);
    expect(rows[1]?.slice(1, 6)).toEqual(['Trafikkontroller', 'Minst 10 kontroller per månad', 'minst 10 per månad', 'Polisen', 'Polisen']);

    const csv = await coordinator.request({ method: 'GET', url: `${planUrl}/export?format=csv` });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const text = csv.rawPayload.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFFokusområde;Vad;När;Mål (tolkat);Samverkan;Ansvarig;Uppföljning;Orsak;Operativt mål;Preventionstyp;Preventionsnivå;Start;Slut');
    expect(text).toContain(`'=HYPERLINK`);
  });

  it('exports the log without another organisation’s restricted entries', async () => {
    const { coordinator, police, planUrl, base } = await setup();
    const activity = (await coordinator.request({ method: 'POST', url: `${planUrl}/activities`, payload: { what: 'Patrullering', whenText: 'Varje vecka' } })).json() as { id: string };
    await police.request({ method: 'POST', url: `${base}/activities/${activity.id}/log`, payload: { occurredOn: '2025-02-01', note: 'Hemlig underrättelse', restricted: true } });
    await police.request({ method: 'POST', url: `${base}/activities/${activity.id}/log`, payload: { occurredOn: '2025-02-02', note: 'Öppen patrull' } });
    const forKommun = (await coordinator.request({ method: 'GET', url: `${planUrl}/log/export?format=csv` })).rawPayload.toString('utf8');
    expect(forKommun).toContain('Öppen patrull');
    expect(forKommun).not.toContain('Hemlig');
    const forPolice = await readXlsx((await police.request({ method: 'GET', url: `${planUrl}/log/export?format=xlsx` })).rawPayload);
    expect(forPolice.map((r) => r[5])).toEqual(['Anteckning', 'Hemlig underrättelse', 'Öppen patrull']);
  });

  it('imports a CSV: preview with an error per row; nothing is written unless all rows are valid or bad ones are skipped', async () => {
    const { coordinator, planUrl } = await setup();
    const csv = [
      'Åtgärd;När;Vem;Fokusområde;Start;Okänd kolumn',
      'Trygghetsvandring;2 gånger per år;Kommunen;Trygghet;2025-03-01;x',
      ';Varje vecka;Polisen;Trygghet;;',
      'Klassrumsbesök;1 gång per år;Skolan;Skola;31/13 2025;',
      '',
      'Nattvandring;Under riskhelger;Fritidsgården;Trygghet;;',
    ].join('\r\n');
    const post = (query: string) => coordinator.request({ method: 'POST', url: `${planUrl}/import?${query}`, payload: Buffer.from(csv, 'utf8'), headers: { 'content-type': 'text/csv' } });
    const preview = await post('commit=false');
    expect(preview.statusCode).toBe(200);
    const p = preview.json() as { rows: { line: number; errors: { column: string; message: string }[]; activity: { what: string; frequency: { kind: string } } | null }[]; ignoredColumns: string[]; valid: number; invalid: number };
    expect(p.ignoredColumns).toEqual(['Okänd kolumn']);
    expect([p.valid, p.invalid]).toEqual([2, 2]);
    expect(p.rows.map((r) => [r.line, r.errors.map((e) => e.column)])).toEqual([
      [2, []],
      [3, ['Vad']],
      [4, ['Start']],
      [6, []],
    ]);
    expect(p.rows[0]?.activity?.frequency.kind).toBe('periodic');
    // A row that cannot be read still shows what it says, next to its error.
    expect(p.rows[2]).toMatchObject({ line: 4, activity: null, cells: { what: 'Klassrumsbesök', whenText: '1 gång per år', focusArea: 'Skola' } });

    const refused = await post('commit=true');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { message: expect.stringMatching(/2 rader har fel.*Inget har sparats/), details: [{ line: 3 }, { line: 4 }] } });
    expect(((await coordinator.request({ method: 'GET', url: planUrl })).json() as { activities: unknown[] }).activities).toHaveLength(0);

    const skipped = await post('commit=true&skipInvalid=true');
    expect(skipped.json()).toMatchObject({ created: 2, committed: true });
    const plan = (await coordinator.request({ method: 'GET', url: planUrl })).json() as { activities: { what: string; focusAreaId: string | null }[] };
    expect(plan.activities.map((a) => a.what)).toEqual(['Trygghetsvandring', 'Nattvandring']);
    expect(plan.activities[0]?.focusAreaId).toBe(plan.activities[1]?.focusAreaId);
  });

  it('imports Excel with its own column order, and Windows-1252 CSV; refuses broken files in Swedish', async () => {
    const { coordinator, planUrl } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Genomförandeplan');
    ws.addRow(['Uppföljning', 'Ansvarig', 'När', 'Aktivitet', 'Samverkan']);
    ws.addRow(['Antal besök', 'Polisen', 'Var tredje vecka', 'Fritidsgårdsbesök', 'Polis, Fritidsledare']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await coordinator.request({ method: 'POST', url: `${planUrl}/import?commit=true`, payload: xlsx, headers: { 'content-type': XLSX } });
    expect(res.statusCode).toBe(200);
    const latin1 = Buffer.from('Vad;När\r\nFöräldramöte;1 gång per år\r\n', 'latin1');
    const res2 = await coordinator.request({ method: 'POST', url: `${planUrl}/import?commit=true`, payload: latin1, headers: { 'content-type': 'text/csv' } });
    expect(res2.statusCode).toBe(200);
    const plan = (await coordinator.request({ method: 'GET', url: planUrl })).json() as { activities: { what: string; partners: string[]; frequency: { interval?: number } }[] };
    expect(plan.activities.map((a) => a.what)).toEqual(['Fritidsgårdsbesök', 'Föräldramöte']);
    expect(plan.activities[0]).toMatchObject({ partners: ['Polis', 'Fritidsledare'], frequency: { interval: 3 } });

    const noWhat = await coordinator.request({ method: 'POST', url: `${planUrl}/import`, payload: Buffer.from('När;Vem\r\nx;y'), headers: { 'content-type': 'text/csv' } });
    expect(noWhat.statusCode).toBe(400);
    expect(noWhat.json()).toMatchObject({ error: { message: expect.stringMatching(/^Kolumnen Vad .* saknas/) } });
    const broken = await coordinator.request({ method: 'POST', url: `${planUrl}/import`, payload: Buffer.from('PK\u0003\u0004trasig'), headers: { 'content-type': XLSX } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { message: expect.stringMatching(/^Excel-filen kunde inte öppnas/) } });
  });
});
