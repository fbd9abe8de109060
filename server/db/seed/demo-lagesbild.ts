import { readFile } from 'node:fs/promises';
import type { Db } from '#server/db/client.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { importDataFile } from '#server/modules/data-import/data-import.service.js';
import { getGroups } from '#server/modules/groups/groups.service.js';
import { getPlan, updatePlan } from '#server/modules/plans/plans.service.js';
import {
  adoptReport,
  createDialogue,
  createIncident,
  createObservation,
  createReport,
  createWalk,
  getReport,
  getReports,
} from '#server/modules/situation-reports/situation-reports.service.js';

/** Illustrative figures in Brå's and SCB's export shapes (see data/README.md), imported as an upload would be. */
const STATISTICS = [
  { source: 'bra', file: 'demo-bra-anmalda-brott.csv' },
  { source: 'population', file: 'demo-scb-folkmangd.csv' },
] as const;

const YEAR = 2024;
export const NORSJO_LAGESBILD_ADOPTED_ON = '2024-11-12';

const mappingText = `Norsjö är en glesbygdskommun med drygt 4 000 invånare. Antalet anmälda brott har legat stilla kring 300 per år sedan 2019, men räknat per 100 000 invånare ligger kommunen något högre än Malå och Lycksele och klart under riket.

Skadegörelsebrotten har ökat från 38 anmälningar 2019 till 58 under 2023 och står för den tydligaste förändringen. Stöld- och tillgreppsbrotten har minskat sedan 2019, men inbrott i sommarstugor och förråd återkommer varje sommar.

Konsekvenserna märks mest i centrum och kring skolan: kostnader för sanering och reparationer, och att fler uppger att de undviker busstationen och gångtunneln efter mörkrets inbrott.`;

const otherText = `Underlaget bygger förutom statistiken på lokala lägesbilder från Lokalpolisområdet Skellefteå och Norsjö kommun, en medborgardialog, en medarbetardialog, trygghetsvandringen i centrum och fastighetsbolagets och skolans händelserapporter (EST).

Deltagare i dialoger och vandringar räknas men namnges aldrig.`;

const analysisText = `Polis och kommun har gemensamt analyserat underlaget. Tre problem framträder och prioriteras inför åtgärdsplanen 2025–2026:

1. Skadegörelse och klotter i centrum, främst kvällar och helger kring busstationen och skolan. Dålig belysning och få vuxna i rörelse är bidragande orsaker.
2. Otrygghet i centrum efter mörkrets inbrott, som medborgardialogen lyfte tydligast.
3. Unga som börjar med narkotika eller alkohol, där skolan och fritidsgården ser tidiga tecken.

Problemen beskrivs med orsaker och uppföljningsmått på sidan Problem.`;

async function importStatistics(db: Db, collaborationId: string) {
  const actor = systemActor('demo');
  for (const { source, file } of STATISTICS) {
    const bytes = await readFile(new URL(`./data/${file}`, import.meta.url));
    const result = await importDataFile(db, actor, { collaborationId, source, fileName: file, bytes, skipInvalid: false, dryRun: false });
    if (!result.committed) throw new Error(`demo statistics ${file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
}

export interface DemoLagesbild {
  reportId: string;
}

/**
 * Norsjö's lägesbild 2024: statistics, a citizen and a staff dialogue, a safety walk with its protocol,
 * EST incident reports and the analysis, adopted by the styrgrupp; the demo plan starts from it.
 * `beforeAdoption` lets other demo data (problems identified in the report) be added while it is a draft,
 * so the adopted version holds them. Skips everything if the year's lägesbild exists.
 */
export async function seedNorsjoLagesbild(
  db: Db,
  collaborationId: string,
  options: { planId: string; beforeAdoption?: (reportId: string) => Promise<void> },
): Promise<DemoLagesbild> {
  const actor = systemActor('demo');
  const existing = (await getReports(db, collaborationId)).find((r) => r.year === YEAR);
  if (existing) return { reportId: existing.id };

  await importStatistics(db, collaborationId);
  const report = await createReport(db, actor, collaborationId, {
    year: YEAR,
    title: `Gemensam lägesbild Norsjö ${YEAR}`,
    mappingText,
    otherText,
    analysisText,
    chartSeries: [
      { source: 'bra', series: 'Samtliga brott', per100k: true },
      { source: 'bra', series: 'Samtliga brott › Skadegörelsebrott', per100k: true },
    ],
    comparisonAreaCodes: ['2418', '2481', '2482'],
  });
  const reportId = report.id;

  await createDialogue(db, actor, collaborationId, reportId, {
    kind: 'citizen',
    heldOn: '2024-02-06',
    method: 'Öppet möte och webbenkät',
    area: 'Hela kommunen',
    participantsCount: 86,
    notes: 'Öppet möte i Folkets hus (34 deltagare) och webbenkät på kommunens hemsida (52 svar). Polis och kommun lyssnade och svarade tillsammans.',
    outcomes: 'Otrygghet vid busstationen och i gångtunneln kvällstid. Önskemål om mer polisnärvaro helger och bättre belysning. Oro för ungas alkohol- och narkotikabruk.',
  });
  await createDialogue(db, actor, collaborationId, reportId, {
    kind: 'staff',
    heldOn: '2024-01-25',
    method: 'Medarbetardialog',
    area: 'Skola, fritidsgård, IFO och fastighetsbolaget',
    participantsCount: 23,
    notes: 'Dialog med medarbetare i verksamheter som möter unga och offentliga miljöer.',
    outcomes: 'Klotter och skadegörelse kring skolan ökar; fritidsgården ser fler unga ute sent på helger; behov av att samordna nattvandringar.',
  });

  const walk = await createWalk(db, actor, collaborationId, reportId, {
    walkedOn: '2024-04-24',
    area: 'Norsjö centrum',
    participantsCount: 14,
    organisations: 'Polisen, Norsjö kommun, Fastighetsbolaget, Fritidsgården',
    notes: 'Kvällsvandring från busstationen via skolan och gångtunneln till torget.',
  });
  const observations = [
    { place: 'Gångtunneln under väg 370', problem: 'Trasig belysning, mörkt och klotter', proposedAction: 'Byt armaturer och sanera klottret', owner: 'Norsjö kommun, gatuenheten', status: 'done' },
    { place: 'Busstationen', problem: 'Samlingsplats kvällstid, nedskräpning och krossat glas', proposedAction: 'Polisnärvaro fredagar och lördagar; kameraövervakning utreds', owner: 'Polisen', status: 'in_progress' },
    { place: 'Skolgården', problem: 'Skymd av buskage, skadegörelse på fönster', proposedAction: 'Röj buskage och förbättra belysningen', owner: 'Fastighetsbolaget', status: 'open' },
    { place: 'Parkeringen vid torget', problem: 'Upplevd otrygghet, höga hastigheter på kvällar', proposedAction: 'Farthinder', owner: 'Norsjö kommun', status: 'declined' },
  ] as const;
  for (const o of observations) {
    await createObservation(db, actor, collaborationId, walk.id, { ...o, ownerOrganisationId: null });
  }

  const incidents = [
    { occurredOn: '2024-01-13', timeOfDay: 'kvall', category: 'Klotter', place: 'Skolan', reportedBy: 'Skolan', count: 2 },
    { occurredOn: '2024-02-03', timeOfDay: 'natt', category: 'Skadegörelse', place: 'Busstationen', reportedBy: 'Fastighetsbolaget', count: 1 },
    { occurredOn: '2024-02-24', timeOfDay: 'kvall', category: 'Ordningsstörning', place: 'Torget', reportedBy: 'Fritidsgården', count: 1 },
    { occurredOn: '2024-03-09', timeOfDay: 'natt', category: 'Skadegörelse', place: 'Gångtunneln', reportedBy: 'Fastighetsbolaget', count: 3 },
    { occurredOn: '2024-03-16', timeOfDay: 'kvall', category: 'Klotter', place: 'Gångtunneln', reportedBy: 'Fastighetsbolaget', count: 4 },
    { occurredOn: '2024-04-05', timeOfDay: 'dag', category: 'Tecken på narkotikahandel', place: 'Busstationen', reportedBy: 'Skolan', count: 1 },
    { occurredOn: '2024-04-20', timeOfDay: 'kvall', category: 'Skadegörelse', place: 'Skolan', reportedBy: 'Skolan', count: 2 },
  ] as const;
  for (const i of incidents) {
    await createIncident(db, actor, collaborationId, reportId, { ...i, area: 'Centrum', description: '' });
  }

  await options.beforeAdoption?.(reportId);
  const styrgrupp = (await getGroups(db, collaborationId)).find((g) => g.kind === 'steering');
  const draft = await getReport(db, collaborationId, reportId);
  await adoptReport(db, actor, collaborationId, reportId, draft.version, { adoptedOn: NORSJO_LAGESBILD_ADOPTED_ON, adoptedByGroupId: styrgrupp?.id ?? null });

  const plan = await getPlan(db, collaborationId, options.planId);
  await updatePlan(db, actor, collaborationId, plan.id, plan.version, { situationReportId: reportId });
  return { reportId };
}
