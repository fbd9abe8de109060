import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFollowUpReport } from '#exporters/documents/build-followup.js';
import { activityLogs, activityNotes } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { adoptAgreement, createAgreement } from '#server/modules/agreements/agreements.service.js';
import { createCollaboration } from '#server/modules/collaborations/collaborations.service.js';
import { planDashboard } from '#server/modules/follow-up/follow-up.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createIndicator, setIndicatorValue } from '#server/modules/indicators/indicators.service.js';
import { findMunicipalityByCode } from '#server/modules/organisations/organisations.repo.js';
import { createOrganisation } from '#server/modules/organisations/organisations.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { createItem, createPromise, setItemActivities } from '#server/modules/promises/promises.service.js';
import { compareWithReference, docxParts, docxText, PIXEL_TOLERANCE, pdfPagePng, pdfText } from '#tests/documents.js';
import { buildMember, signIn, type Client } from '#tests/factories.js';
import { useTestApp } from '#tests/setup/app.js';
import { produceDocument, type DocumentFormat, type DocumentKind, type Producer } from './documents.service.js';

// Fixed dates so the documents (and their rendered pages) are the same on every run.
const asKommun = (orgId: string): Producer => ({ viewerOrganisationId: orgId, today: '2025-12-31', now: new Date('2025-12-31T12:00:00Z') });
const SECRET = 'Underrättelse om langning vid busstationen';
const SECRET_NOTE = 'Känd langare rör sig vid skolan fredagar';

interface DocumentExport {
  id: string;
  kind: string;
  restricted: boolean;
  sha256: string;
  size: number;
  filename: string;
  versionLabel: string;
  dataVersion: number;
}

describe('documents out', { timeout: 120_000 }, () => {
  const ctx = useTestApp();
  let f: { collaborationId: string; kommunId: string; lpoId: string; planId: string; police: Client; kommun: Client; viewer: Client };

  beforeAll(async () => {
    const db = ctx.database.db;
    const actor = systemActor('test');
    const kommun = await findMunicipalityByCode(db, '2417');
    if (!kommun) throw new Error('reference data missing');
    const lpo = await db.transaction((tx) => createOrganisation(tx, actor, { kind: 'lokalpolisomrade', name: 'Skellefteå' }, null));
    const collaboration = await createCollaboration(db, actor, { name: 'Norsjö – Skellefteå', description: '', partyIds: [kommun.id, lpo.id] });
    const cid = collaboration.id;
    const police = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator', lpo.id)).email);
    const kommunClient = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator', kommun.id)).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, cid, 'viewer', kommun.id)).email);

    const draft = await createAgreement(
      db,
      actor,
      cid,
      {
        kind: 'samverkansavtal',
        title: 'Samverkansavtal Norsjö kommun och Lokalpolisområde Skellefteå',
        content: {
          metadata: { documentType: 'Samverkansavtal', preparedBy: 'Mari-Louise Skogh', diarienummer: 'KS-00080', decisionBody: 'Kommunstyrelsen' },
          parties: [kommun.id, lpo.id],
          sections: {
            inledning: 'Norsjö kommun och lokalpolisområde Skellefteå är överens om att samverka i det brottsförebyggande och trygghetsskapande arbetet.',
            uppfoljning: 'Uppföljningen redovisas för folkhälso- och trygghetsrådet.\n\n- Årlig åtgärdsplan\n- Årlig uppföljning',
          },
          commitments: [
            { partyId: lpo.id, text: 'Polisen ska tillse att det finns en kommunpolis som är kontaktperson.' },
            { partyId: kommun.id, text: 'Norsjö kommun bidrar med avsatt tid och personal.' },
            { partyId: null, text: 'Bägge parter ska följa samverkansprocessen.' },
          ],
          signatories: [
            { name: 'Mikael Lindfors', title: 'Kommunalråd', organisation: 'Norsjö kommun', organisationId: kommun.id, place: 'Norsjö', date: null },
            { name: 'Lars Westermark', title: 'Lokalpolisområdeschef', organisation: 'Lokalpolisområde Skellefteå', organisationId: lpo.id, place: '', date: null },
          ],
          validity: { kind: 'open-ended', from: '2024-01-16' },
        },
      },
      '2025-12-31',
    );
    await adoptAgreement(db, actor, cid, draft.id, draft.version, { adoptedOn: '2024-01-16' }, '2025-12-31');

    const traffic = await createFocusArea(db, actor, cid, { name: 'Trafikkontroller', description: '' });
    const safety = await createFocusArea(db, actor, cid, { name: 'Trygghetsskapande åtgärder', description: '' });
    const plan = await createPlan(db, actor, cid, { kind: 'genomforandeplan', title: 'Genomförandeplan Norsjö 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: '2024-12-10', shiftsPerWeek: null });
    const checks = await createActivity(db, actor, cid, plan.id, { focusAreaId: traffic.id, what: 'Hastighet, alkohol och drograttfylla', whenText: 'Minst 10 kontroller per månad', partners: ['Polisen'], responsible: 'Polisen', followUpMeasure: 'Anmälningar, händelserapporter', sortOrder: 0 });
    const walk = await createActivity(db, actor, cid, plan.id, { focusAreaId: safety.id, what: 'Trygghetsvandring i centrum', whenText: '2 gånger per år', partners: ['Kommunen – samordnaren', 'Polisen'], responsible: 'Kommunen', followUpMeasure: 'Protokoll', sortOrder: 1 });
    const night = await createActivity(db, actor, cid, plan.id, { focusAreaId: safety.id, what: 'Nattvandring', whenText: 'Under riskhelger. Löpande under året', partners: ['IFO', 'Polis'], responsible: 'Fritidsgården', followUpMeasure: 'Antal kvällar', sortOrder: 2 });
    const rows: (typeof activityLogs.$inferInsert)[] = [];
    for (let m = 1; m <= 12; m++) {
      for (const d of [3, 6, 9, 12, 15, 18, 21, 24]) rows.push({ collaborationId: cid, activityId: checks.id, occurredOn: `2025-${String(m).padStart(2, '0')}-${d}`, count: 1, note: 'Hastighetskontroll' });
    }
    rows.push({ collaborationId: cid, activityId: night.id, occurredOn: '2025-06-06', count: 1, note: 'Nattvandring på nationaldagen, lugnt' });
    rows.push({ collaborationId: cid, activityId: checks.id, occurredOn: '2025-11-05', count: 1, note: SECRET, restrictedToOrganisationId: lpo.id });
    await db.insert(activityLogs).values(rows);
    await db.insert(activityNotes).values([
      { collaborationId: cid, activityId: walk.id, text: 'Vandringen flyttas till våren', createdAt: new Date('2025-09-30T10:00:00Z') },
      { collaborationId: cid, activityId: walk.id, text: SECRET_NOTE, restrictedToOrganisationId: lpo.id, createdAt: new Date('2025-10-01T10:00:00Z') },
    ]);
    const promise = await createPromise(db, actor, cid, {
      municipalityId: kommun.id,
      title: 'Medborgarlöften 2025 Polisen och Norsjö kommun',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      effects: '- Ökad upplevd trygghet.\n- Minskad brottslighet.',
    });
    const item = await createItem(db, actor, cid, promise.id, { text: 'Insatser mot brott i trafikmiljön så som störande körning och rattfylleri.', partyIds: [lpo.id, kommun.id], focusAreaId: traffic.id, sortOrder: 0 });
    await setItemActivities(db, actor, cid, item.id, item.version, [checks.id]);
    await createItem(db, actor, cid, promise.id, { text: 'Trygghetsskapande arbete i form av ökad närvaro.', partyIds: [kommun.id], focusAreaId: safety.id, sortOrder: 1 });
    f = { collaborationId: cid, kommunId: kommun.id, lpoId: lpo.id, planId: plan.id, police, kommun: kommunClient, viewer };
  });

  const produce = (kind: DocumentKind, format: DocumentFormat, producer: Producer, year?: number) =>
    produceDocument(ctx.database.db, f.collaborationId, { kind, format, ...(year ? { year } : {}) }, producer);

  it('the agreement as DOCX: heading styles, metadata, each party’s commitments, signatures, page numbers and parties in header and footer', async () => {
    const doc = await produce('agreement', 'docx', asKommun(f.kommunId));
    const parts = await docxParts(doc.data);
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('w:val="Heading3"');
    const text = docxText(xml);
    expect(text).toContain('Samverkansavtal Norsjö kommun och Lokalpolisområde Skellefteå');
    expect(text).toMatch(/Diarienummer\s*KS-00080/);
    expect(text).toMatch(/Version\s*Version 1 \(fastställd 2024-01-16\)/);
    expect(text).toMatch(/Lokalpolisområde Skellefteå åtar sig\nPolisen ska tillse att det finns en kommunpolis/);
    expect(text).toMatch(/Norsjö kommun åtar sig\nNorsjö kommun bidrar med avsatt tid och personal\./);
    expect(text).toContain('Gemensamma åtaganden');
    expect(text).toContain('Ort: Norsjö');
    expect(text).toContain('Mikael Lindfors');
    expect(text).toContain('trygghetsskapande');
    const footer = [...parts].filter(([name]) => name.startsWith('word/footer')).map(([, x]) => x).join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/NUMPAGES/);
    const header = [...parts].filter(([name]) => name.startsWith('word/header')).map(([, x]) => docxText(x)).join('');
    expect(header).toContain('Norsjö kommun · Lokalpolisområde Skellefteå');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Samverkansavtal Norsjö kommun och Lokalpolisområde Skellefteå</dc:title>');
  });

  it('the plan as DOCX: a table with a header row per focus area and the status in words', async () => {
    const doc = await produce('plan', 'docx', asKommun(f.kommunId));
    const xml = (await docxParts(doc.data)).get('word/document.xml') ?? '';
    expect(xml).toContain('<w:tblHeader/>');
    const text = docxText(xml);
    expect(text).toMatch(/Vad\nNär och mål\nSamverkan\nAnsvarig\nUppföljning\nStatus 2025-12-31/);
    expect(text).toMatch(/Hastighet, alkohol och drograttfylla\nMinst 10 kontroller per månad\n/);
    expect(text).toContain('Gul: 96 av 120 förväntade hittills');
    expect(text).toContain('Röd: 0 av 2 förväntade hittills');
    expect(text).toContain('Inget mål i antal, genomförd 1 gång');
  });

  it('every kind as PDF: the text, embedded Roboto with å ä ö, page numbers, and page 1 like the reference image', async () => {
    const expectations: Record<Exclude<DocumentKind, 'situation-report'>, string[]> = {
      agreement: ['Samverkansavtal', 'Dokumentägare', 'KS-00080', 'Åtaganden', 'Underskrifter', 'Lars Westermark'],
      promise: ['Medborgarlöften 2025 Polisen och Norsjö kommun', 'Löfte 1: Trafikkontroller', 'Effekter som eftersträvas', 'Ökad upplevd trygghet.', 'Genomförandeplan', 'Hastighet, alkohol och drograttfylla', 'Lovas av Lokalpolisområde Skellefteå och Norsjö kommun.'],
      plan: ['Genomförandeplan Norsjö 2025', 'Gul: 96 av 120 förväntade hittills', 'Så räknas status'],
      'followup-report': ['Uppföljning 2025', 'Sammanfattning', 'Resultat per fokusområde', 'Noterbart under året', 'Avvikelser', 'Förslag till förändringar', 'Nattvandring på nationaldagen, lugnt'],
    };
    for (const kind of Object.keys(expectations) as (keyof typeof expectations)[]) {
      const doc = await produce(kind, 'pdf', asKommun(f.kommunId), kind === 'followup-report' ? 2025 : undefined);
      expect(doc.data.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(doc.data);
      const flat = text.replace(/\s+/g, ' ');
      for (const needle of expectations[kind]) expect(flat, `${kind}: ${needle}`).toContain(needle);
      expect(flat).toContain('Norsjö kommun · Lokalpolisområde Skellefteå');
      expect(flat).toMatch(/Sida 1 av \d/);
      expect(flat).toMatch(/Datum 2025-12-31/);
      expect(flat).toMatch(/Diarienummer/);
      expect(doc.data.toString('latin1')).toMatch(/\/FontFile2/);
      const page = compareWithReference(`${kind}-page1`, await pdfPagePng(doc.data, 1));
      expect(page.sizeMatches, `${kind}: page size`).toBe(true);
      expect(page.ratio, `${kind}: share of pixels unlike the reference`).toBeLessThanOrEqual(PIXEL_TOLERANCE);
    }
  });

  it('the follow-up report: a summary first, a chart (SVG in PDF, PNG in DOCX), deviations and proposals; no indicator section without indicators', async () => {
    const pdf = await pdfText((await produce('followup-report', 'pdf', asKommun(f.kommunId), 2025)).data);
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat.indexOf('Sammanfattning')).toBeLessThan(flat.indexOf('Resultat per fokusområde'));
    expect(flat).toContain('Planen har 3 aktiviteter. Per 2025-12-31 har 2 av dem ett mätbart mål: 0 är gröna (i fas), 1 gula (nästan i fas) och 1 röda (efter).');
    expect(flat).toContain('Antal aktiviteter');
    expect(flat).toContain('Trygghetsvandring i centrum: se över målet (2 gånger per år)');
    expect(flat).not.toContain('Uppföljningsmått');
    const docx = await docxParts((await produce('followup-report', 'docx', asKommun(f.kommunId), 2025)).data);
    const media = [...docx.keys()].filter((k) => k.startsWith('word/media/') && k.endsWith('.png'));
    expect(media).toHaveLength(1);
    expect(docx.get('word/document.xml')).toContain('descr="Antal aktiviteter per fokusområde och status per 2025-12-31');
    // With indicators (issue 7) the section appears.
    const dashboard = await planDashboard(ctx.database.db, f.collaborationId, f.planId, '2025-12-31', null);
    const violence = { name: 'Anmälda våldsbrott', unit: 'per 100 000 inv', direction: 'decrease' as const, baseline: 810, baselinePeriod: '2023', target: 700, targetPeriod: '2026', latest: 760.5, latestPeriod: '2025', status: 'improving' as const };
    const model = await buildFollowUpReport({ dashboard, year: 2025, doneInYear: new Map(), notable: [], indicators: [violence], parties: [], versionLabel: 'v', diarienummer: '', date: '2025-12-31' });
    expect(model.blocks).toContainEqual({ type: 'heading', level: 1, text: 'Uppföljningsmått' });
    expect(model.blocks).toContainEqual(
      expect.objectContaining({
        type: 'table',
        header: ['Mått', 'Riktning', 'Utgångsläge', 'Mål', 'Senaste värde', 'Status 2025-12-31'],
        rows: [['Anmälda våldsbrott (per 100 000 inv)', 'Minska', '810 (2023)', '700 (2026)', '760,5 (2025)', { text: 'På väg', colour: 'yellow' }]],
      }),
    );
  });

  it('restricted log entries and notes are left out for other organisations, and counted and listed for their own', async () => {
    const forKommun = await produce('followup-report', 'pdf', asKommun(f.kommunId), 2025);
    const kommunText = (await pdfText(forKommun.data)).replace(/\s+/g, ' ');
    expect(kommunText).not.toContain('langning');
    expect(kommunText).not.toContain('langare');
    expect(kommunText).toContain('Vandringen flyttas till våren');
    expect(forKommun.restrictedToOrganisationId).toBeNull();
    const forSystem = await produce('followup-report', 'docx', { ...asKommun(f.kommunId), viewerOrganisationId: null }, 2025);
    expect(docxText((await docxParts(forSystem.data)).get('word/document.xml') ?? '')).not.toContain('langning');
    const forPolice = await produce('followup-report', 'pdf', asKommun(f.lpoId), 2025);
    const policeText = (await pdfText(forPolice.data)).replace(/\s+/g, ' ');
    expect(policeText).toContain(SECRET);
    expect(policeText).toContain(SECRET_NOTE);
    expect(forPolice.restrictedToOrganisationId).toBe(f.lpoId);
    // The restricted entry counts in the police's statuses: 97 done instead of 96.
    const plan = await produce('plan', 'pdf', asKommun(f.lpoId));
    expect((await pdfText(plan.data)).replace(/\s+/g, ' ')).toContain('Gul: 97 av 120');
    expect(plan.restrictedToOrganisationId).toBe(f.lpoId);
  });

  it('stored exports: create, list and download with the right type and name; a restricted export reaches only its organisation', async () => {
    const base = `/api/collaborations/${f.collaborationId}/documents`;
    const made = await f.police.request({ method: 'POST', url: base, payload: { kind: 'followup-report', format: 'pdf', year: 2025 } });
    expect(made.statusCode).toBe(201);
    const secret = made.json() as DocumentExport;
    expect(secret).toMatchObject({ kind: 'followup-report', restricted: true });
    const open = (await f.kommun.request({ method: 'POST', url: base, payload: { kind: 'plan', format: 'docx', diarienummer: 'KS-2025-17' } })).json() as DocumentExport;
    expect(open).toMatchObject({ kind: 'plan', restricted: false, filename: 'Plan – Genomförandeplan Norsjö 2025.docx' });
    expect(open.versionLabel).toBe(`Dataversion ${open.dataVersion}`);

    const listed = async (c: Client) => ((await c.request({ method: 'GET', url: base })).json() as DocumentExport[]).map((d) => d.id);
    expect(await listed(f.police)).toEqual([open.id, secret.id]);
    expect(await listed(f.kommun)).toEqual([open.id]);
    expect(await listed(f.viewer)).toEqual([open.id]);

    expect((await f.kommun.request({ method: 'GET', url: `${base}/${secret.id}/file` })).statusCode).toBe(404);
    const pdf = await f.police.request({ method: 'GET', url: `${base}/${secret.id}/file?disposition=inline` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('Uppföljning – Uppföljning 2025 Genomförandeplan Norsjö 2025.pdf')}`);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(secret.sha256);
    expect(pdf.rawPayload.length).toBe(secret.size);

    const docx = await f.viewer.request({ method: 'GET', url: `${base}/${open.id}/file` });
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''Plan%20/);
    expect(docxText((await docxParts(docx.rawPayload)).get('word/document.xml') ?? '')).toMatch(/Diarienummer\s*KS-2025-17/);

    expect((await f.viewer.request({ method: 'POST', url: base, payload: { kind: 'plan', format: 'pdf' } })).statusCode).toBe(403);
    const noYet = await f.kommun.request({ method: 'POST', url: base, payload: { kind: 'followup-report', format: 'pdf', year: 2099 } });
    expect(noYet.statusCode).toBe(400);
    expect(noYet.json()).toMatchObject({ error: { message: 'År 2099 har inte börjat; välj ett år som har börjat.' } });
  });

  // Last: it adds indicators to the shared collaboration.
  it('the follow-up report lists the indicators as of the year: baseline and target with periods, latest value, direction and status in words', async () => {
    const db = ctx.database.db;
    const actor = systemActor('test');
    const base = { description: '', sourceSeries: null, sourceAreaCode: null, sourceArea: '', sourceDimension: '' as const, per100k: false, activityId: null, focusAreaId: null, tolerance: null, targetPeriod: null };
    const safe = await createIndicator(db, actor, f.collaborationId, {
      ...base,
      name: 'Andel elever i åk 9 som känner sig trygga i skolan',
      unit: 'procent',
      direction: 'increase',
      source: 'manual',
      baselineValue: 72,
      baselinePeriod: '2024',
      targetValue: 85,
      targetPeriod: '2026',
    });
    for (const [period, value] of [['2024', 72], ['2025', 76.5], ['2026', 90]] as const) await setIndicatorValue(db, actor, f.collaborationId, safe.id, period, { value, note: '' });
    const [checks] = (await planDashboard(db, f.collaborationId, f.planId, '2025-12-31', null)).focusAreas.flatMap((g) => g.activities).filter((a) => a.activity.what.startsWith('Hastighet'));
    await createIndicator(db, actor, f.collaborationId, { ...base, name: 'Genomförda trafikkontroller', unit: 'antal', direction: 'increase', source: 'activity_count', activityId: checks!.activity.id, baselineValue: null, baselinePeriod: null, targetValue: 120 });
    await createIndicator(db, actor, f.collaborationId, { ...base, name: 'Nöjdhet med samverkan', unit: 'index', direction: 'maintain', source: 'manual', baselineValue: null, baselinePeriod: null, targetValue: null });

    const text = docxText((await docxParts((await produce('followup-report', 'docx', asKommun(f.kommunId), 2025)).data)).get('word/document.xml') ?? '');
    expect(text).toMatch(/Mått\nRiktning\nUtgångsläge\nMål\nSenaste värde\nStatus 2025-12-31/);
    // The 2026 value is not known in the 2025 report.
    expect(text).toContain('Andel elever i åk 9 som känner sig trygga i skolan (procent)\nÖka\n72 (2024)\n85 (2026)\n76,5 (2025)\nPå väg');
    // Logged activities counted per year: 96 open entries for the kommun, 97 with the police's restricted one.
    expect(text).toContain('Genomförda trafikkontroller (antal)\nÖka\n–\n120\n96 (2025)\nInte uppnått');
    expect(text).toContain('Nöjdhet med samverkan (index)\nBibehålla\n–\n–\n–\nSaknar värden');
    const police = (await pdfText((await produce('followup-report', 'pdf', asKommun(f.lpoId), 2025)).data)).replace(/\s+/g, ' ');
    expect(police).toContain('Uppföljningsmått');
    expect(police).toMatch(/97 \(2025\)/);
  });
});
