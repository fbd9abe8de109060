import { describe, expect, it } from 'vitest';
import { seedDemo } from '#server/db/seed/demo.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

interface Dashboard {
  summary: Record<string, number>;
  rule: { sv: string };
  focusAreas: { focusArea: { name: string } | null; activities: { activity: { id: string; what: string }; status: { kind: string; colour?: string; expected?: number; done: number } }[] }[];
}

describe('follow-up dashboard and timeline', () => {
  const ctx = useTestApp();

  it('turns from red to green as activities are logged, grouped by focus area, with the rule in words', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator')).email);
    const base = `/api/collaborations/${collaboration.id}`;
    const focus = (await coordinator.request({ method: 'POST', url: `${base}/focus-areas`, payload: { name: 'Trafik' } })).json() as { id: string };
    const plan = (await coordinator.request({ method: 'POST', url: `${base}/plans`, payload: { kind: 'genomforandeplan', title: 'Plan 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as { id: string };
    const traffic = (await coordinator.request({ method: 'POST', url: `${base}/plans/${plan.id}/activities`, payload: { what: 'Trafikkontroller', whenText: 'Minst 10 kontroller per månad', focusAreaId: focus.id } })).json() as { id: string };
    await coordinator.request({ method: 'POST', url: `${base}/plans/${plan.id}/activities`, payload: { what: 'Nattvandring', whenText: 'Vid behov' } });

    const dashboard = async () => (await coordinator.request({ method: 'GET', url: `${base}/plans/${plan.id}/dashboard?asOf=2025-02-28` })).json() as Dashboard;
    let d = await dashboard();
    expect(d.focusAreas.map((g) => g.focusArea?.name ?? null)).toEqual(['Trafik', null]);
    expect(d.focusAreas[0]?.activities[0]?.status).toMatchObject({ kind: 'measured', colour: 'red', expected: 20, done: 0 });
    expect(d.focusAreas[1]?.activities[0]?.status).toEqual({ kind: 'count-only', done: 0 });
    expect(d.rule.sv).toMatch(/^Grönt/);

    await coordinator.request({ method: 'POST', url: `${base}/activities/${traffic.id}/log`, payload: { occurredOn: '2025-01-20', count: 10 } });
    await coordinator.request({ method: 'POST', url: `${base}/activities/${traffic.id}/log`, payload: { occurredOn: '2025-02-10', count: 4 } });
    d = await dashboard();
    expect(d.focusAreas[0]?.activities[0]?.status).toMatchObject({ colour: 'yellow', done: 14 });
    await coordinator.request({ method: 'POST', url: `${base}/activities/${traffic.id}/log`, payload: { occurredOn: '2025-02-20', count: 6 } });
    // Logged after the date asked about: does not count.
    await coordinator.request({ method: 'POST', url: `${base}/activities/${traffic.id}/log`, payload: { occurredOn: '2025-03-02', count: 50 } });
    d = await dashboard();
    expect(d.focusAreas[0]?.activities[0]?.status).toMatchObject({ colour: 'green', expected: 20, done: 20 });
    expect(d.summary).toMatchObject({ green: 1, countOnly: 1, total: 2 });

    const timeline = (await coordinator.request({ method: 'GET', url: `${base}/activities/${traffic.id}/timeline?asOf=2025-02-28` })).json() as {
      windows: { start: string; expected: number; done: number }[];
      months: { month: string; done: number }[];
    };
    expect(timeline.windows.slice(0, 3)).toEqual([
      { start: '2025-01-01', end: '2025-01-31', expected: 10, done: 10 },
      { start: '2025-02-01', end: '2025-02-28', expected: 10, done: 10 },
      { start: '2025-03-01', end: '2025-03-31', expected: 10, done: 50 },
    ]);
    expect(timeline.months).toEqual([
      { month: '2025-01', done: 10 },
      { month: '2025-02', done: 10 },
      { month: '2025-03', done: 50 },
    ]);
  });

  it('the demo plan holds all twelve Norsjö rows and shows green, yellow and red', async () => {
    const result = await seedDemo(ctx.database.db);
    const norsjo = result.collaborations.find((c) => c.name.startsWith('Norsjö'))!;
    const client = await signIn(ctx.app, 'samordnare@norsjo.demo.samverkan.se', 'samverkan-demo');
    const plans = (await client.request({ method: 'GET', url: `/api/collaborations/${norsjo.id}/plans` })).json() as { id: string; activityCount: number }[];
    expect(plans[0]?.activityCount).toBe(12);
    const d = (await client.request({ method: 'GET', url: `/api/collaborations/${norsjo.id}/plans/${plans[0]!.id}/dashboard?asOf=2026-11-23` })).json() as Dashboard;
    expect(d.summary.green).toBeGreaterThan(0);
    expect(d.summary.yellow).toBeGreaterThan(0);
    expect(d.summary.red).toBeGreaterThan(0);
    expect(d.summary.countOnly).toBeGreaterThan(0);
  });
});
