// Plan dashboard: 50 activities and 50,000 log entries over five years. Prints the server time of
// GET …/dashboard (median and p95 over 200 calls) next to one hand-written SQL query computing
// the same statuses, their ratio, and checks that both give the same colours.
import { sql } from 'drizzle-orm';
import { createApp } from '#server/app.js';
import { migrateDatabase, openDatabase, type Database } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import { activityLogs } from '#server/db/schema.js';
import { parseEnv } from '#server/env.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { startSession } from '#server/modules/session/session.service.js';
import { buildCollaboration, buildMember } from '#tests/factories.js';

const ACTIVITIES = 50;
const ENTRIES = 50_000;
const CALLS = 200;
const PERIOD = { start: '2021-01-01', end: '2025-12-31' };
const AS_OF = '2025-06-30';

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function seed(database: Database) {
  const db = database.db;
  const { collaboration } = await buildCollaboration(db);
  const user = await buildMember(db, collaboration.id, 'viewer');
  const actor = systemActor('bench');
  const plan = await createPlan(db, actor, collaboration.id, {
    kind: 'genomforandeplan',
    title: 'Benchmark',
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    adoptedByGroupId: null,
    adoptedOn: null,
    shiftsPerWeek: null,
  });
  // Targets that 50,000 entries over five years can meet, miss a little, or miss badly.
  const whens = ['Minst 25 kontroller per månad', '300 gånger per år', 'Som minst 25 gånger i månaden'];
  const ids: string[] = [];
  for (let i = 0; i < ACTIVITIES; i++) {
    ids.push((await createActivity(db, actor, collaboration.id, plan.id, { what: `Aktivitet ${i + 1}`, whenText: whens[i % whens.length]! })).id);
  }
  const random = mulberry32(2026);
  // Activity i gets a share of the entries in proportion to (i % 10 + 1): from far below its target to well above.
  const weights = ids.map((_, i) => (i % 10) + 1);
  const cumulative = weights.map((_, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const totalWeight = cumulative.at(-1)!;
  const pick = () => {
    const r = random() * totalWeight;
    return cumulative.findIndex((c) => r < c);
  };
  const span = (Date.parse(`${PERIOD.end}T00:00:00Z`) - Date.parse(`${PERIOD.start}T00:00:00Z`)) / 86_400_000;
  const rows: (typeof activityLogs.$inferInsert)[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const activity = pick();
    const day = new Date(Date.parse(`${PERIOD.start}T00:00:00Z`) + Math.floor(random() * (span + 1)) * 86_400_000);
    rows.push({ collaborationId: collaboration.id, activityId: ids[activity]!, occurredOn: day.toISOString().slice(0, 10), count: 1 + Math.floor(random() * 2) });
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insert(activityLogs).values(rows.slice(i, i + 1000));
  return { collaborationId: collaboration.id, planId: plan.id, user };
}

/** The same rule as domain/followup/status.ts, for periodic month and year targets, in one query. */
function handWrittenStatusQuery(planId: string) {
  return sql`
    with a as (
      select act.id, (act.frequency->>'count')::int as n, act.frequency->>'unit' as unit, p.period_start as s, ${AS_OF}::date as d
      from activities act join plans p on p.id = act.plan_id where act.plan_id = ${planId}
    ), done as (
      select l.activity_id, sum(l.count)::int as done
      from activity_logs l join a on a.id = l.activity_id
      where l.occurred_on between a.s and a.d and l.restricted_to_organisation_id is null
      group by l.activity_id
    ), expected as (
      select a.id,
        case a.unit
          when 'month' then a.n * ((extract(year from a.d) * 12 + extract(month from a.d)) - (extract(year from a.s) * 12 + extract(month from a.s)))::int
            + floor(a.n * extract(day from a.d) / extract(day from date_trunc('month', a.d) + interval '1 month - 1 day'))::int
          when 'year' then a.n * (extract(year from a.d) - extract(year from a.s))::int
            + floor(a.n * extract(doy from a.d) / extract(doy from make_date(extract(year from a.d)::int, 12, 31)))::int
        end as expected
      from a
    )
    select e.id, e.expected, coalesce(d.done, 0) as done,
      case
        when coalesce(d.done, 0) >= e.expected then 'green'
        when coalesce(d.done, 0) * 100 >= e.expected * 70 then 'yellow'
        when e.expected - coalesce(d.done, 0) <= 1 and coalesce(d.done, 0) >= 1 then 'yellow'
        else 'red'
      end as colour
    from expected e left join done d on d.activity_id = e.id`;
}

export async function benchDashboard(): Promise<void> {
  const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { memory: true });
  try {
    if (database.kind === 'postgres') {
      console.log('dashboard: runs on an in-memory PGlite only (it adds 50,000 rows); unset DATABASE_URL');
      return;
    }
    await migrateDatabase(database);
    const { collaborationId, planId, user } = await seed(database);
    const app = await createApp({ database, env: parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), version: 'bench' });
    await app.ready();
    const session = await startSession(database.db, user, 1, systemActor('bench'), 'bench');
    const url = `/api/collaborations/${collaborationId}/plans/${planId}/dashboard?asOf=${AS_OF}`;
    const call = () => app.inject({ method: 'GET', url, headers: { cookie: `samverkan_session=${session.cookieValue}` } });

    const first = await call();
    if (first.statusCode !== 200) throw new Error(`dashboard answered ${first.statusCode}`);
    const api = first.json() as { focusAreas: { activities: { activity: { id: string }; status: { colour?: string; expected?: number; done: number } }[] }[] };
    const sqlRows = await queryRows<{ id: string; expected: number; done: number; colour: string }>(database.db, handWrittenStatusQuery(planId));
    const byId = new Map(sqlRows.map((r) => [r.id, r]));
    const apiStatuses = api.focusAreas.flatMap((g) => g.activities);
    const mismatches = apiStatuses.filter((a) => {
      const r = byId.get(a.activity.id);
      return !r || r.colour !== a.status.colour || Number(r.expected) !== a.status.expected || Number(r.done) !== a.status.done;
    });
    const colours = apiStatuses.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.status.colour ?? 'none']: (acc[a.status.colour ?? 'none'] ?? 0) + 1 }), {});

    for (let i = 0; i < 20; i++) await call(); // warm-up
    const apiTimes: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      await call();
      apiTimes.push(performance.now() - t);
    }
    for (let i = 0; i < 20; i++) await queryRows(database.db, handWrittenStatusQuery(planId));
    const sqlTimes: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      await queryRows(database.db, handWrittenStatusQuery(planId));
      sqlTimes.push(performance.now() - t);
    }
    const a = stats(apiTimes);
    const s = stats(sqlTimes);
    console.log(`dashboard: ${ACTIVITIES} activities, ${ENTRIES} log entries (${PERIOD.start} – ${PERIOD.end}), as of ${AS_OF}, ${database.kind}; colours ${JSON.stringify(colours)}`);
    console.log(`  GET …/dashboard        median ${a.median.toFixed(2)} ms   p95 ${a.p95.toFixed(2)} ms   (${CALLS} calls)`);
    console.log(`  hand-written SQL       median ${s.median.toFixed(2)} ms   p95 ${s.p95.toFixed(2)} ms   (${CALLS} calls)`);
    console.log(`  ratio dashboard / SQL  median ${(a.median / s.median).toFixed(2)}×   p95 ${(a.p95 / s.p95).toFixed(2)}×`);
    console.log(`  same statuses from both: ${mismatches.length === 0 ? 'yes' : `NO (${mismatches.length} differ)`}`);
    await app.close();
  } finally {
    await database.close();
  }
}
