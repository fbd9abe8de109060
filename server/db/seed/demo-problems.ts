import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, focusAreas, indicators, problems } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { addCause, insertProblemRow, saveActivityLink, saveIndicatorLink } from '#server/modules/problems/problems.service.js';

type Kind = 'cause' | 'risk_factor' | 'protective_factor';

interface DemoProblem {
  title: string;
  priority: 'high' | 'medium' | 'low';
  area: string;
  focusArea: string;
  description: string;
  /** Each cause with the start of the plan activity ("Vad") that works on it, if any. */
  causes: { kind: Kind; text: string; activity?: string }[];
  indicators: string[];
}

// The three problems the 2024 lägesbild's analysis names, in the words of Norsjö's seeds.
const demoProblems: DemoProblem[] = [
  {
    title: 'Unga som börjar med narkotika eller alkohol',
    priority: 'high',
    area: 'Hela kommunen',
    focusArea: 'Minska nyrekrytering av unga som börjar med narkotika eller alkohol',
    description: 'Skolan och fritidsgården ser tidiga tecken på att fler unga provar alkohol och narkotika, oftast på fester under helger.',
    causes: [
      { kind: 'cause', text: 'Lätt att få tag på narkotika via äldre kompisar och sociala medier', activity: 'Aktivt användande av rättegångsbalken' },
      { kind: 'cause', text: 'Fester utan vuxna under helger', activity: 'Besöka miljöer där ungdomar vistas' },
      { kind: 'risk_factor', text: 'Unga ute sent på helger utan vuxna i närheten', activity: 'Nattvandring' },
      { kind: 'risk_factor', text: 'Föräldrar känner inte igen tidiga tecken', activity: 'Informationsinsatser inom narkotikaområdet' },
      { kind: 'protective_factor', text: 'Öppen fritidsgård med engagerade fritidsledare', activity: 'Fritidsgårdsbesök' },
      { kind: 'protective_factor', text: 'Skolans undervisning om ANDT', activity: 'Klassrumsbesök' },
    ],
    indicators: ['Andel elever i åk 9 som känner sig trygga i skolan'],
  },
  {
    title: 'Skadegörelse och klotter i centrum',
    priority: 'high',
    area: 'Centrum: busstationen, gångtunneln och skolan',
    focusArea: 'Trygghetsskapande åtgärder',
    description: 'Klotter och krossat glas kring busstationen och skolan, främst kvällar och helger. Saneringen kostar och gör att fler undviker platserna.',
    causes: [
      { kind: 'cause', text: 'Dålig belysning i gångtunneln och på skolgården', activity: 'Trygghetsvandring' },
      { kind: 'cause', text: 'Få vuxna i rörelse kvällar och helger', activity: 'Ökad polisnärvaro' },
      { kind: 'risk_factor', text: 'Busstationen är samlingsplats kvällstid' },
      { kind: 'protective_factor', text: 'Fastighetsbolaget sanerar klotter inom ett dygn' },
    ],
    indicators: ['Anmälda skadegörelsebrott per 100 000 invånare'],
  },
  {
    title: 'Otrygghet i centrum efter mörkrets inbrott',
    priority: 'medium',
    area: 'Norsjö centrum',
    focusArea: 'Trygghetsskapande åtgärder',
    description: 'Medborgardialogen lyfte att många undviker busstationen, gångtunneln och torget kvällstid.',
    causes: [
      { kind: 'cause', text: 'Mörka platser: gångtunneln under väg 370 och parkeringen vid torget', activity: 'Trygghetsvandring' },
      { kind: 'risk_factor', text: 'Höga hastigheter på parkeringen vid torget kvällstid', activity: 'Hastighet, alkohol och drograttfylla' },
      { kind: 'protective_factor', text: 'Nattvandrare och grannsamverkan', activity: 'Nattvandring' },
    ],
    indicators: ['Andel invånare som känner sig trygga utomhus kvällstid', 'Genomförda trafikkontroller'],
  },
];

/**
 * Norsjö's prioritised problems with their causes, linked to the demo plan's activities and to the demo
 * indicators that exist (looked up by name). Skips a problem whose title is already there, so `seed demo` can run again.
 */
export async function seedNorsjoProblems(db: Db, collaborationId: string, options: { planId: string; reportId: string | null }): Promise<void> {
  const actor = systemActor('demo');
  const [existing, planActivities, areas, indicatorRows] = await Promise.all([
    db.select({ title: problems.title }).from(problems).where(eq(problems.collaborationId, collaborationId)),
    db.select({ id: activities.id, what: activities.what }).from(activities).where(eq(activities.planId, options.planId)),
    db.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).where(eq(focusAreas.collaborationId, collaborationId)),
    db.select({ id: indicators.id, name: indicators.name }).from(indicators).where(eq(indicators.collaborationId, collaborationId)),
  ]);
  const titles = new Set(existing.map((p) => p.title));
  for (const [order, demo] of demoProblems.entries()) {
    if (titles.has(demo.title)) continue;
    const problemId = await insertProblemRow(db, actor, collaborationId, {
      title: demo.title,
      priority: demo.priority,
      area: demo.area,
      description: demo.description,
      reportId: options.reportId,
      focusAreaId: areas.find((a) => a.name === demo.focusArea)?.id ?? null,
      sortOrder: order,
    });
    for (const c of demo.causes) {
      const cause = await addCause(db, actor, collaborationId, problemId, { kind: c.kind, description: c.text });
      const activity = c.activity ? planActivities.find((a) => a.what.startsWith(c.activity ?? '')) : undefined;
      if (activity) await saveActivityLink(db, actor, collaborationId, problemId, { activityId: activity.id, causeId: cause.id });
    }
    for (const name of demo.indicators) {
      const indicator = indicatorRows.find((i) => i.name === name);
      if (indicator) await saveIndicatorLink(db, actor, collaborationId, problemId, indicator.id);
    }
  }
}
