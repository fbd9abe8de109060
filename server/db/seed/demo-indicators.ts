import { and, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { activities, indicators } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { adoptIndicator, createIndicator, setIndicatorValue } from '#server/modules/indicators/indicators.service.js';
import type { CreateIndicatorInput } from '#server/modules/indicators/indicators.schemas.js';

const blank = {
  description: '',
  sourceSeries: null,
  sourceAreaCode: null,
  sourceArea: '',
  sourceDimension: '',
  per100k: false,
  activityId: null,
  focusAreaId: null,
  baselineValue: null,
  baselinePeriod: null,
  targetValue: null,
  targetPeriod: null,
  tolerance: null,
} satisfies Partial<CreateIndicatorInput>;

interface DemoIndicator {
  input: Omit<CreateIndicatorInput, 'sortOrder'>;
  values?: [period: string, value: number, note?: string][];
  adoptedOn?: string;
}

/**
 * Norsjö's indicators: a school survey entered by hand (adopted), the police's logged traffic controls,
 * reported vandalism per 100 000 inhabitants from the demo Brå and SCB files, and one to keep steady.
 * Figures are illustrative. Running it again adds nothing: an indicator with the same name is left alone.
 */
export async function seedNorsjoIndicators(db: Db, collaborationId: string, ids: { planId: string }) {
  const actor = systemActor('demo');
  const [traffic] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.collaborationId, collaborationId), eq(activities.planId, ids.planId), eq(activities.what, 'Hastighet, alkohol och drograttfylla mm')));
  const demo: DemoIndicator[] = [
    {
      input: {
        ...blank,
        name: 'Andel elever i åk 9 som känner sig trygga i skolan',
        description: 'Elevenkäten på Norsjö skola, vårterminen: andel som svarar "alltid" eller "oftast" på frågan om de känner sig trygga i skolan.',
        unit: 'procent',
        direction: 'increase',
        source: 'manual',
        baselineValue: 78,
        baselinePeriod: '2024',
        targetValue: 85,
        targetPeriod: '2026',
      },
      values: [
        ['2023', 76, 'Elevenkäten vt 2023'],
        ['2024', 78, 'Elevenkäten vt 2024'],
        ['2025', 81, 'Elevenkäten vt 2025'],
      ],
      adoptedOn: '2025-02-12',
    },
    {
      input: {
        ...blank,
        name: 'Genomförda trafikkontroller',
        description: 'Hastighets-, alkohol- och drogkontroller som polisen loggat i genomförandeplanen. Målet är minst 10 i månaden.',
        unit: 'antal per år',
        direction: 'increase',
        source: 'activity_count',
        activityId: traffic?.id ?? null,
        targetValue: 120,
        targetPeriod: '2026',
      },
    },
    {
      input: {
        ...blank,
        name: 'Anmälda skadegörelsebrott per 100 000 invånare',
        description: 'Brås statistik över anmälda brott i Norsjö kommun, räknat per 100 000 invånare med SCB:s folkmängd samma år.',
        unit: 'per 100 000 invånare',
        direction: 'decrease',
        source: 'bra',
        sourceSeries: 'Samtliga brott › Skadegörelsebrott',
        sourceAreaCode: '2417',
        per100k: true,
        baselineValue: 1432.1,
        baselinePeriod: '2023',
        targetValue: 1200,
        targetPeriod: '2026',
      },
    },
    {
      input: {
        ...blank,
        name: 'Andel invånare som känner sig trygga utomhus kvällstid',
        description: 'Kommunens medborgarenkät. Andelen är hög och ska hållas kvar; mer än 3 procentenheter från målet räknas som en avvikelse.',
        unit: 'procent',
        direction: 'maintain',
        source: 'manual',
        baselineValue: 81,
        baselinePeriod: '2023',
        targetValue: 80,
        tolerance: 3,
      },
      values: [
        ['2023', 81],
        ['2024', 79],
        ['2025', 80],
      ],
    },
  ];
  const existing = new Set((await db.select({ name: indicators.name }).from(indicators).where(eq(indicators.collaborationId, collaborationId))).map((r) => r.name));
  for (const d of demo) {
    if (existing.has(d.input.name) || (d.input.source === 'activity_count' && !d.input.activityId)) continue;
    const created = await createIndicator(db, actor, collaborationId, d.input);
    for (const [period, value, note] of d.values ?? []) await setIndicatorValue(db, actor, collaborationId, created.id, period, { value, note: note ?? '' });
    if (d.adoptedOn) await adoptIndicator(db, actor, collaborationId, created.id, created.version, d.adoptedOn);
  }
}
