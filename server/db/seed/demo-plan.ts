import type { Db } from '#server/db/client.js';
import { activityLogs } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';

/** The twelve rows of Norsjö's genomförandeplan (seed 001), verbatim. */
const rows: { focusArea: string; what: string; when: string; partners: string[]; responsible: string; followUp: string; type?: 'social' | 'situational' }[] = [
  { focusArea: 'Narkotika/livsstilskriminella', what: 'Aktivt användande av rättegångsbalken. Underrättelsebaserat arbete. Lagföring – beslag av narkotika', when: 'Som minst 1 gång i månaden', partners: ['Polisen'], responsible: 'Polisen', followUp: 'Antalet anmälningar ska öka. Mängden beslagtagna narkotika ska öka', type: 'situational' },
  { focusArea: 'Tillgreppsbrott', what: 'Information till allmänhet, företagare m.fl. Märkning av gods, skalskydd, grannsamverkan mm.', when: 'Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år.', partners: ['Polisen', 'Kommunen-Strateg'], responsible: 'Polisen', followUp: 'Antal informationstillfällen', type: 'situational' },
  { focusArea: 'Tillgreppsbrott', what: 'Riktad patrullering i valda områden', when: 'Varje arbetspass', partners: ['Polisen'], responsible: 'Polisen', followUp: 'Anmälningar, händelserapporter', type: 'situational' },
  { focusArea: 'Minska nyrekrytering av unga som börjar med narkotika eller alkohol', what: 'Besöka miljöer där ungdomar vistas. Stänga fester. Kontakta vårdnadshavare. Vara aktiv på sociala medier. Orossamtal. Underlätta för urinscreening för unga i kommunen', when: 'Vid behov', partners: ['Polis', 'IFO'], responsible: 'Polisen', followUp: 'Antal anmälningar / orossamtal, händelserapporter, antal urinscreeningar per år gällande ungdomar', type: 'social' },
  { focusArea: 'Trafikkontroller', what: 'Hastighet, alkohol och drograttfylla mm', when: 'Minst 10 kontroller per månad', partners: ['Polis'], responsible: 'Polis', followUp: 'Anmälningar, händelserapporter', type: 'situational' },
  { focusArea: 'Informations- eller kunskapshöjande åtgärder', what: 'Samverkan med andra aktörer i samhället. Dialog med aktörer i det drog- och brottsförebyggande arbetet', when: 'Minst 4 möten per år med olika nyckelgrupper', partners: ['Förebyggarrådet – alla aktörer (skola, IFO, fritid, polis, flyktingenheten)', 'Föreningar', 'Organisationer', 'Hälsocentralen m.fl.', 'Polisen', 'Fritidsgården'], responsible: 'Kommunen – samordnaren kallar; Polisen', followUp: 'Mötesprotokoll', type: 'social' },
  { focusArea: 'Informations- eller kunskapshöjande åtgärder', what: 'Informationsinsatser inom narkotikaområdet och trafik till föräldrar och personal inom barn- och ungdomsverksamhet', when: '1 gång per år på föräldramöten och personalträffar', partners: ['Polis', 'Kommunen'], responsible: 'Polis; Kommunen – samordnaren kallar', followUp: 'Intern uppföljning', type: 'social' },
  { focusArea: 'Informations- eller kunskapshöjande åtgärder', what: 'Klassrumsbesök. Kunskapshöjning till eleverna inom lag och rätt och området ANDT, trafik och kränkande behandling', when: 'Besöka klasserna år 6-9, 1 gång per år Temadag för 6-9 årligen', partners: ['Mentorer', 'Polisen', 'Förebyggargruppen'], responsible: 'Mentorer kallar; strateg kallar och samordnar', followUp: 'Antal klassrumsbesök', type: 'social' },
  { focusArea: 'Informations- eller kunskapshöjande åtgärder', what: 'Fritidsgårdsbesök. Kunskapshöjning till ungdomar inom lag och rätt och området ANDT, trafik och kränkande behandling', when: 'Var tredje vecka besöka fritidsgårdens öppna verksamhet', partners: ['Polis', 'Fritidsledare', 'Ungdomar'], responsible: 'Polisen', followUp: 'Antal besök per år', type: 'social' },
  { focusArea: 'Trygghetsskapande åtgärder', what: 'Trygghetsvandring. Dörrknackning i valda områden', when: '2 gånger per år', partners: ['Kommunen – samordnaren', 'Polisen'], responsible: 'Kommunen – samordnaren; Polisen', followUp: 'Protokoll, händelserapport', type: 'situational' },
  { focusArea: 'Trygghetsskapande åtgärder', what: 'Ökad polisnärvaro i kommunen under kvällar och helger', when: 'Möjlighet att planera var tredje helg. Löpande under året', partners: ['Polisen'], responsible: 'Polisen', followUp: 'Antal kvällar och helger under året', type: 'situational' },
  { focusArea: 'Trygghetsskapande åtgärder', what: 'Nattvandring', when: 'Under riskhelger. Löpande under året', partners: ['IFO', 'Polis', 'Fritidsgård'], responsible: 'Kommunen – Fritidsgården', followUp: 'Antal kvällar', type: 'social' },
];

/** How each row was carried out in the demo: dates and counts chosen so the dashboard shows every colour. */
type Pattern = (emit: (date: string, count: number, note?: string) => void) => void;

function days(from: string, to: string, stepDays: number, offset = 0): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000; t <= Date.parse(`${to}T00:00:00Z`); t += stepDays * 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))]; `${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7); m === 12 ? ((m = 1), y++) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

function patterns(until: string): Pattern[] {
  const start = '2025-01-01';
  const inRange = (d: string) => d >= start && d <= until;
  return [
    (emit) => monthsBetween(start, until).forEach((m, i) => inRange(`${m}-12`) && emit(`${m}-12`, 1 + (i % 3 === 0 ? 1 : 0), 'Beslag och anmälan efter underrättelse')),
    (emit) => ['2025-03-20', '2025-09-18', '2026-03-19', '2026-09-17'].filter(inRange).forEach((d) => emit(d, 1, 'Information i Norsjöbladet och på hemsidan')),
    (emit) => days(start, until, 9).forEach((d) => emit(d, 1, 'Patrullering i villaområden')),
    (emit) => days(start, until, 23, 4).forEach((d) => emit(d, 1, 'Orossamtal med vårdnadshavare')),
    // Eight of ten a month: yellow.
    (emit) => monthsBetween(start, until).forEach((m) => ['03', '06', '09', '12', '15', '18', '21', '24'].map((d) => `${m}-${d}`).filter(inRange).forEach((d) => emit(d, 1, 'Hastighetskontroll'))),
    (emit) => ['2025-02-11', '2025-05-13', '2025-09-09', '2025-11-18', '2026-02-10', '2026-05-12', '2026-09-08', '2026-11-17'].filter(inRange).forEach((d) => emit(d, 1, 'Förebyggarrådet')),
    (emit) => ['2025-10-02', '2026-10-01'].filter(inRange).forEach((d) => emit(d, 1, 'Föräldramöte åk 7')),
    // Classroom visits were not done: red.
    () => undefined,
    // Every sixth week instead of every third: red.
    (emit) => days(start, until, 42, 10).forEach((d) => emit(d, 1, 'Besök på fritidsgården')),
    (emit) => ['2025-04-24', '2025-10-16', '2026-04-23', '2026-10-15'].filter(inRange).forEach((d) => emit(d, 1, 'Trygghetsvandring centrum')),
    (emit) => days('2025-01-04', until, 21).forEach((d) => emit(d, 1, 'Helgpatrull')),
    (emit) => ['2025-04-30', '2025-06-06', '2025-06-20', '2025-08-15', '2026-04-30', '2026-06-05', '2026-06-19', '2026-08-14'].filter(inRange).forEach((d) => emit(d, 1, 'Nattvandring riskhelg')),
  ];
}

/** The Norsjö plan with its focus areas, activities and a log from 2025 up to `until`. */
export async function seedNorsjoPlan(db: Db, collaborationId: string, ids: { reporterId: string; policeReporterId: string; policeOrganisationId: string }, until: string) {
  const actor = systemActor('demo');
  const areaIds = new Map<string, string>();
  for (const name of [...new Set(rows.map((r) => r.focusArea))]) {
    areaIds.set(name, (await createFocusArea(db, actor, collaborationId, { name, description: '' })).id);
  }
  const plan = await createPlan(db, actor, collaborationId, {
    kind: 'genomforandeplan',
    title: 'Genomförandeplan medborgarlöften Norsjö 2025–2026',
    periodStart: '2025-01-01',
    periodEnd: '2026-12-31',
    adoptedByGroupId: null,
    adoptedOn: '2024-12-10',
    shiftsPerWeek: null,
  });
  const logRows: (typeof activityLogs.$inferInsert)[] = [];
  const plan_ = patterns(until);
  for (const [i, row] of rows.entries()) {
    const activity = await createActivity(db, actor, collaborationId, plan.id, {
      focusAreaId: areaIds.get(row.focusArea) ?? null,
      what: row.what,
      whenText: row.when,
      partners: row.partners,
      responsible: row.responsible,
      followUpMeasure: row.followUp,
      preventionType: row.type ?? null,
      sortOrder: i,
    });
    const police = /polis/i.test(row.responsible);
    plan_[i]?.((date, count, note) =>
      logRows.push({
        collaborationId,
        activityId: activity.id,
        occurredOn: date,
        count,
        note: note ?? '',
        place: 'Norsjö',
        participants: police ? ['Polisen'] : ['Norsjö kommun'],
        reportedBy: police ? ids.policeReporterId : ids.reporterId,
      }),
    );
    if (i === 0) {
      // Police intelligence: visible only to members acting for the police area.
      logRows.push({
        collaborationId,
        activityId: activity.id,
        occurredOn: until < '2025-11-05' ? until : '2025-11-05',
        count: 1,
        note: 'Underrättelse om misstänkt försäljning vid busstationen (endast Polisen)',
        place: 'Norsjö',
        participants: ['Polisen'],
        restrictedToOrganisationId: ids.policeOrganisationId,
        reportedBy: ids.policeReporterId,
      });
    }
  }
  for (let i = 0; i < logRows.length; i += 500) await db.insert(activityLogs).values(logRows.slice(i, i + 500));
  await recordAudit(db, actor, {
    collaborationId,
    action: 'create',
    entityType: 'activity-log-import',
    entityId: plan.id,
    after: { entries: logRows.length, from: '2025-01-01', to: until, source: 'demo' },
  });
  return plan;
}
