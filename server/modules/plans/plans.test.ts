import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

interface Activity {
  id: string;
  what: string;
  whenText: string;
  frequency: Record<string, unknown>;
  frequencyLabel: { sv: string; en: string };
  version: number;
}

describe('plans and activities', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun } = await buildCollaboration(db);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator')).email);
    const base = `/api/collaborations/${collaboration.id}`;
    const plan = await coordinator.request({
      method: 'POST',
      url: `${base}/plans`,
      payload: { kind: 'genomforandeplan', title: 'Genomförandeplan 2025–2026', periodStart: '2025-01-01', periodEnd: '2026-12-31' },
    });
    expect(plan.statusCode).toBe(201);
    return { collaboration, kommun, coordinator, base, planId: (plan.json() as { id: string }).id };
  }

  it('reads the target from the När text, and lets a person correct it', async () => {
    const { coordinator, base, planId } = await setup();
    const focus = (await coordinator.request({ method: 'POST', url: `${base}/focus-areas`, payload: { name: 'Trafik' } })).json() as { id: string };
    const created = await coordinator.request({
      method: 'POST',
      url: `${base}/plans/${planId}/activities`,
      payload: { what: 'Trafikkontroller', whenText: 'Minst 10 kontroller per månad', focusAreaId: focus.id, partners: ['Polisen'], responsible: 'Polisen' },
    });
    expect(created.statusCode).toBe(201);
    const activity = created.json() as Activity;
    expect(activity.frequency).toEqual({ kind: 'periodic', count: 10, unit: 'month', interval: 1, atLeast: true, text: 'Minst 10 kontroller per månad' });
    expect(activity.frequencyLabel.sv).toMatch(/minst 10/);

    const vague = (await coordinator.request({ method: 'POST', url: `${base}/plans/${planId}/activities`, payload: { what: 'Föräldravandring', whenText: 'Några gånger' } })).json() as Activity;
    expect(vague.frequency.kind).toBe('unspecified');
    const corrected = await coordinator.request({
      method: 'PATCH',
      url: `${base}/activities/${vague.id}`,
      headers: { 'if-match': `"v${vague.version}"` },
      payload: { frequency: { kind: 'total', count: 3, unit: null, interval: 1, atLeast: true, text: 'Några gånger' } },
    });
    expect(corrected.statusCode).toBe(200);
    expect((corrected.json() as Activity).frequency).toMatchObject({ kind: 'total', count: 3 });

    // A new När text without a corrected target is read again.
    const reread = await coordinator.request({
      method: 'PATCH',
      url: `${base}/activities/${vague.id}`,
      headers: { 'if-match': `"v${vague.version + 1}"` },
      payload: { whenText: 'Var tredje vecka' },
    });
    expect((reread.json() as Activity).frequency).toMatchObject({ kind: 'periodic', unit: 'week', interval: 3 });

    const plan = (await coordinator.request({ method: 'GET', url: `${base}/plans/${planId}` })).json() as { activities: Activity[]; activityCount: number };
    expect(plan.activities.map((a) => a.what)).toEqual(['Trafikkontroller', 'Föräldravandring']);
    expect(plan.activityCount).toBe(2);
  });

  it('refuses bad references and dates with field errors, and stale saves with 412', async () => {
    const { coordinator, base, planId } = await setup();
    const other = await buildCollaboration(ctx.database.db, { municipalityCode: '0180' });
    const wrongParty = await coordinator.request({
      method: 'POST',
      url: `${base}/plans/${planId}/activities`,
      payload: { what: 'X-aktivitet', responsibleOrganisationId: other.lpo.id },
    });
    expect(wrongParty.statusCode).toBe(400);
    expect(wrongParty.json()).toMatchObject({ error: { details: [{ field: 'body.responsibleOrganisationId' }] } });
    const backwards = await coordinator.request({ method: 'POST', url: `${base}/plans`, payload: { kind: 'handlingsplan', title: 'Bakvänd', periodStart: '2026-01-01', periodEnd: '2025-01-01' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { details: [{ field: 'body.periodEnd' }] } });

    const a = (await coordinator.request({ method: 'POST', url: `${base}/plans/${planId}/activities`, payload: { what: 'Skolbesök', whenText: '2 ggr/år' } })).json() as Activity;
    const first = await coordinator.request({ method: 'PATCH', url: `${base}/activities/${a.id}`, headers: { 'if-match': '"v1"' }, payload: { responsible: 'Kommunpolisen' } });
    expect(first.statusCode).toBe(200);
    const stale = await coordinator.request({ method: 'PATCH', url: `${base}/activities/${a.id}`, headers: { 'if-match': '"v1"' }, payload: { responsible: 'Skolan' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { details: { current: { responsible: 'Kommunpolisen', version: 2 } } } });
  });

  it('a contributor may read but not change the plan', async () => {
    const { collaboration, base, planId } = await setup();
    const contributor = await signIn(ctx.app, (await buildMember(ctx.database.db, collaboration.id, 'contributor')).email);
    expect((await contributor.request({ method: 'GET', url: `${base}/plans/${planId}` })).statusCode).toBe(200);
    expect((await contributor.request({ method: 'POST', url: `${base}/plans/${planId}/activities`, payload: { what: 'Något' } })).statusCode).toBe(403);
  });
});
