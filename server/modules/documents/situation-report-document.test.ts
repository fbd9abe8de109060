import { beforeAll, describe, expect, it } from 'vitest';
import { problemCauses, problemIndicators, problems, statisticValues } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createCollaboration } from '#server/modules/collaborations/collaborations.service.js';
import { createIndicator, setIndicatorValue } from '#server/modules/indicators/indicators.service.js';
import { findMunicipalityByCode } from '#server/modules/organisations/organisations.repo.js';
import { createOrganisation } from '#server/modules/organisations/organisations.service.js';
import {
  adoptReport,
  createDialogue,
  createIncident,
  createObservation,
  createReport,
  createWalk,
  getReport,
  updateReport,
} from '#server/modules/situation-reports/situation-reports.service.js';
import { docxParts, docxText, pdfText } from '#tests/documents.js';
import { buildMember, signIn, type Client } from '#tests/factories.js';
import { useTestApp } from '#tests/setup/app.js';
import { produceDocument, type Producer } from './documents.service.js';

const at = (orgId: string): Producer => ({ viewerOrganisationId: orgId, today: '2025-04-01', now: new Date('2025-04-01T10:00:00Z') });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the lägesbild as a document', { timeout: 120_000 }, () => {
  const ctx = useTestApp();
  let f: { collaborationId: string; kommunId: string; reportId: string; coordinator: Client; viewer: Client };

  beforeAll(async () => {
    const db = ctx.database.db;
    const actor = systemActor('test');
    const kommun = (await findMunicipalityByCode(db, '2417'))!;
    const lpo = await db.transaction((tx) => createOrganisation(tx, actor, { kind: 'lokalpolisomrade', name: 'Skellefteå' }, null));
    const cid = (await createCollaboration(db, actor, { name: 'Norsjö – Skellefteå', description: '', partyIds: [kommun.id, lpo.id] })).id;
    // Brå counts and SCB population for Norsjö and the country, so the kartläggning can show per 100 000.
    const rows = [
      ['bra', 'Samtliga brott', '2417', 'Norsjö', '2023', 310],
      ['bra', 'Samtliga brott', '2417', 'Norsjö', '2024', 290],
      ['bra', 'Samtliga brott', '0000', 'Riket', '2023', 1_480_000],
      ['bra', 'Samtliga brott', '0000', 'Riket', '2024', 1_430_000],
      ['population', 'Folkmängd', '2417', 'Norsjö', '2023', 4_100],
      ['population', 'Folkmängd', '2417', 'Norsjö', '2024', 4_050],
      ['population', 'Folkmängd', '0000', 'Riket', '2023', 10_550_000],
      ['population', 'Folkmängd', '0000', 'Riket', '2024', 10_590_000],
    ] as const;
    await db.insert(statisticValues).values(rows.map(([source, series, areaCode, area, period, value]) => ({ collaborationId: cid, source, series, areaCode, area, period, value })));

    const report = await createReport(db, actor, cid, {
      year: 2024,
      title: 'Lägesbild Norsjö 2024',
      mappingText: 'Brottsligheten i Norsjö är låg men skadegörelsen i centrum ökar.',
      analysisText: 'Otryggheten i centrum hänger ihop med bristande belysning och att unga saknar en samlingsplats kvällstid.',
      chartSeries: [{ source: 'bra', series: 'Samtliga brott', per100k: true }],
      comparisonAreaCodes: ['0000'],
    });
    await createDialogue(db, actor, cid, report.id, { kind: 'citizen', heldOn: '2024-03-05', method: 'Öppet möte', area: 'Centrum', participantsCount: 34, notes: '', outcomes: 'Oro för mopedåkning på torget.' });
    const walk = await createWalk(db, actor, cid, report.id, { walkedOn: '2024-04-10', area: 'Centrum', participantsCount: 12, organisations: 'Polisen, Norsjö kommun', notes: '' });
    await createObservation(db, actor, cid, walk.id, { place: 'Gångtunneln vid skolan', problem: 'Trasig belysning', proposedAction: 'Byt armaturer', owner: 'Tekniska förvaltningen', ownerOrganisationId: null, status: 'in_progress' });
    await createIncident(db, actor, cid, report.id, { occurredOn: '2024-05-02', timeOfDay: 'kvall', category: 'Skadegörelse', place: 'Busstationen', area: 'Centrum', description: 'Krossad ruta i väntkuren', reportedBy: 'Fastighetsbolaget', count: 2 });
    await createIncident(db, actor, cid, report.id, { occurredOn: '2024-06-12', timeOfDay: '', category: 'Klotter', place: 'Skolan', area: '', description: '', reportedBy: 'Skolan', count: 1 });

    const indicator = await createIndicator(db, actor, cid, {
      name: 'Andel som känner sig trygga i centrum kvällstid',
      description: '',
      unit: 'procent',
      direction: 'increase',
      source: 'manual',
      sourceSeries: null,
      sourceAreaCode: null,
      sourceArea: '',
      sourceDimension: '',
      per100k: false,
      activityId: null,
      focusAreaId: null,
      baselineValue: 61,
      baselinePeriod: '2023',
      targetValue: 75,
      targetPeriod: '2027',
      tolerance: null,
    });
    await setIndicatorValue(db, actor, cid, indicator.id, '2024', { value: 66, note: '' });
    const [problem] = await db.insert(problems).values({ collaborationId: cid, reportId: report.id, title: 'Otrygghet i centrum kvällstid', priority: 'high', area: 'Centrum' }).returning();
    await db.insert(problems).values({ collaborationId: cid, reportId: report.id, title: 'Nedskräpning vid badplatsen', priority: 'low' });
    await db.insert(problemCauses).values([
      { collaborationId: cid, problemId: problem!.id, kind: 'cause', description: 'Bristande belysning' },
      { collaborationId: cid, problemId: problem!.id, kind: 'protective_factor', description: 'Aktiv fritidsgård' },
    ]);
    await db.insert(problemIndicators).values({ collaborationId: cid, problemId: problem!.id, indicatorId: indicator.id });

    const coordinator = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator', kommun.id)).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, cid, 'viewer', kommun.id)).email);
    f = { collaborationId: cid, kommunId: kommun.id, reportId: report.id, coordinator, viewer };
  });

  const produce = (format: 'pdf' | 'docx', year?: number) =>
    produceDocument(ctx.database.db, f.collaborationId, { kind: 'situation-report', format, ...(year ? { year } : {}) }, at(f.kommunId));

  it('a draft: the three parts the law asks for, figures per 100 000 against the country, dialogues, the walk protocol, incidents and the problems by priority', async () => {
    const doc = await produce('pdf');
    expect(doc).toMatchObject({ kind: 'situation-report', subjectId: f.reportId, year: 2024, versionLabel: 'Version 1 (utkast)', filename: 'Lägesbild – Lägesbild Norsjö 2024.pdf' });
    const text = flat(await pdfText(doc.data));
    const order = ['Kartläggning', 'Annan information', 'Analys'].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Samtliga brott – Brå, anmälda brott, per 100 000 invånare');
    // 310 / 4 100 × 100 000 = 7 561,0; 290 / 4 050 × 100 000 = 7 160,5; the country 1 480 000 / 10 550 000 × 100 000 = 14 028,4.
    expect(text).toContain('7 561');
    expect(text).toContain('7 160,5');
    expect(text).toContain('14 028,4');
    expect(text).toContain('Oro för mopedåkning på torget.');
    expect(text).toContain('Gångtunneln vid skolan');
    expect(text).toContain('Pågår');
    expect(text).toContain('3 händelser rapporterades');
    expect(text).toContain('Skadegörelse (2)');
    expect(text.indexOf('1. Otrygghet i centrum kvällstid (prioritet hög)')).toBeLessThan(text.indexOf('2. Nedskräpning vid badplatsen (prioritet låg)'));
    expect(text).toContain('Orsak: Bristande belysning');
    expect(text).toContain('Skyddsfaktor: Aktiv fritidsgård');
    expect(text).toContain('61 (2023)');
    expect(text).toContain('66 (2024)');
    expect(text).toContain('På väg');
  });

  it('adopted: the frozen version, unchanged by later edits until they are adopted; DOCX carries the same and the chart as a picture', async () => {
    const db = ctx.database.db;
    const actor = systemActor('test');
    let report = await getReport(db, f.collaborationId, f.reportId);
    report = await adoptReport(db, actor, f.collaborationId, f.reportId, report.version, { adoptedOn: '2025-03-12', adoptedByGroupId: null });
    const adopted = await produce('docx', 2024);
    expect(adopted.versionLabel).toBe('Version 1 (fastställd 2025-03-12)');
    const parts = await docxParts(adopted.data);
    const text = docxText(parts.get('word/document.xml') ?? '');
    expect(text).toContain('bristande belysning');
    expect([...parts.keys()].some((k) => k.startsWith('word/media/') && k.endsWith('.png'))).toBe(true);
    expect(parts.get('word/document.xml')).toContain('descr="Samtliga brott – Brå, anmälda brott, per 100 000 invånare, per år. 2024:');

    await updateReport(db, actor, f.collaborationId, f.reportId, report.version, { analysisText: 'Ny analys efter medborgardialogen.' });
    const draft = flat(await pdfText((await produce('pdf')).data));
    expect(draft).toContain('Version 2 (utkast)');
    expect(draft).toContain('Ny analys efter medborgardialogen.');
  });

  it('over HTTP: a coordinator makes and stores it; a viewer may not; a year without a lägesbild is a clear 404', async () => {
    const base = `/api/collaborations/${f.collaborationId}/documents`;
    const made = await f.coordinator.request({ method: 'POST', url: base, payload: { kind: 'situation-report', format: 'pdf', year: 2024 } });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'situation-report', year: 2024, restricted: false, subjectId: f.reportId });
    expect((await f.viewer.request({ method: 'POST', url: base, payload: { kind: 'situation-report', format: 'pdf' } })).statusCode).toBe(403);
    const none = await f.coordinator.request({ method: 'POST', url: base, payload: { kind: 'situation-report', format: 'pdf', year: 2019 } });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: { message: 'Samverkan har ingen lägesbild för 2019.' } });
  });
});
