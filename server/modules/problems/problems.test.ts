import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '#server/db/seed/demo.js';
import { auditEvents, indicatorValues, indicators, problemActivities, problemCauses, problemIndicators } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createLog } from '#server/modules/activity-log/activity-log.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';
import type { ProblemCauseDto, ProblemWithChainDto } from './problems.schemas.js';

describe('problems with their cause analysis and chain', () => {
  const ctx = useTestApp();
  const actor = systemActor('test');

  /** A collaboration with a plan (traffic controls with 60 logged by 1 July, and a walk), a focus area, an indicator and a coordinator. */
  async function setup(name = 'Samverkan') {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db, { name });
    const cid = collaboration.id;
    const coordinator = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator')).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, cid, 'viewer')).email);
    const focus = await createFocusArea(db, actor, cid, { name: 'Trafiksäkerhet', description: '' });
    const plan = await createPlan(db, actor, cid, { kind: 'genomforandeplan', title: 'Genomförandeplan 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const traffic = await createActivity(db, actor, cid, plan.id, { what: 'Trafikkontroller', whenText: 'Minst 10 kontroller per månad', focusAreaId: focus.id });
    const walk = await createActivity(db, actor, cid, plan.id, { what: 'Trygghetsvandring', whenText: 'Vid behov' });
    const reporter = { userId: null, role: 'admin' as const, organisationId: null };
    await createLog(db, actor, reporter, cid, traffic.id, { occurredOn: '2025-06-15', count: 60, place: '', latitude: null, longitude: null, participants: [], note: '', restricted: false });
    const [indicator] = await db
      .insert(indicators)
      .values({ collaborationId: cid, name: 'Andel som kör för fort', unit: 'procent', direction: 'decrease', source: 'manual', baselineValue: 30, baselinePeriod: '2023', targetValue: 15, targetPeriod: '2026' })
      .returning();
    if (!indicator) throw new Error('no indicator');
    await db.insert(indicatorValues).values({ collaborationId: cid, indicatorId: indicator.id, period: '2024', value: 25 });
    return { cid, coordinator, viewer, base: `/api/collaborations/${cid}`, focus, plan, traffic, walk, indicator };
  }

  async function auditCount(entityType: string, entityId: string) {
    return (await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))).length;
  }

  it('shows the whole chain: causes by kind → activities with plan, when and follow-up status → indicators, and names the gaps', async () => {
    const { coordinator, viewer, base, focus, plan, traffic, indicator } = await setup();
    const created = await coordinator.request({
      method: 'POST',
      url: `${base}/problems`,
      payload: { title: 'Höga hastigheter på Storgatan', area: 'Centrum', priority: 'high', focusAreaId: focus.id, description: 'Många kör för fort förbi skolan.' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const problem = created.json() as ProblemWithChainDto;
    expect(problem).toMatchObject({ title: 'Höga hastigheter på Storgatan', priority: 'high', focusAreaName: 'Trafiksäkerhet', causes: { cause: [], risk_factor: [], protective_factor: [] } });
    expect(problem.gaps).toEqual([
      'Ingen orsak, riskfaktor eller skyddsfaktor är beskriven ännu.',
      'Ingen aktivitet arbetar med problemet ännu.',
      'Ingen indikator följer problemet ännu.',
    ]);

    const addCause = (kind: string, description: string) => coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/causes`, payload: { kind, description } });
    const cause = (await addCause('cause', 'Få kontroller på kvällstid')).json() as ProblemCauseDto;
    const risk = (await addCause('risk_factor', 'Rak och bred gata')).json() as ProblemCauseDto;
    const protective = (await addCause('protective_factor', 'Engagerade föräldrar vid skolan')).json() as ProblemCauseDto;
    expect(cause).toMatchObject({ kind: 'cause', sortOrder: 0 });
    expect(risk.sortOrder).toBe(1);

    const linked = await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/activities`, payload: { activityId: traffic.id, causeId: cause.id } });
    expect(linked.statusCode).toBe(200);
    expect((await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/indicators`, payload: { indicatorId: indicator.id } })).statusCode).toBe(200);

    const res = await viewer.request({ url: `${base}/problems/${problem.id}?asOf=2025-07-01` });
    expect(res.statusCode).toBe(200);
    const chain = res.json() as ProblemWithChainDto;
    expect(chain.asOf).toBe('2025-07-01');
    const [causeInChain] = chain.causes.cause;
    expect(causeInChain).toMatchObject({ id: cause.id, description: 'Få kontroller på kvällstid', gap: null });
    expect(causeInChain?.activities).toEqual([
      {
        activityId: traffic.id,
        causeId: cause.id,
        planId: plan.id,
        planTitle: 'Genomförandeplan 2025',
        what: 'Trafikkontroller',
        whenText: 'Minst 10 kontroller per månad',
        frequencyLabel: { sv: 'minst 10 per månad', en: expect.any(String) as string },
        status: expect.objectContaining({ kind: 'measured', colour: 'green', done: 60 }) as unknown,
      },
    ]);
    expect(chain.causes.risk_factor[0]).toMatchObject({ id: risk.id, activities: [], gap: 'Ingen aktivitet arbetar med detta ännu.' });
    expect(chain.causes.protective_factor[0]?.id).toBe(protective.id);
    expect(chain.problemActivities).toEqual([]);
    expect(chain.indicators).toHaveLength(1);
    expect(chain.indicators[0]).toMatchObject({ id: indicator.id, name: 'Andel som kör för fort', baselineValue: 30, targetValue: 15, status: { latest: { period: '2024', value: 25 }, change: -5 } });
    expect(chain.gaps).toEqual([]);

    // Before anything was logged the same activity is red: the status is the follow-up's, not a copy.
    const early = (await viewer.request({ url: `${base}/problems/${problem.id}?asOf=2025-05-31` })).json() as ProblemWithChainDto;
    expect(early.causes.cause[0]?.activities[0]?.status).toMatchObject({ kind: 'measured', colour: 'red', done: 0 });

    // Linking the same activity again moves it to the problem as a whole.
    const moved = (await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/activities`, payload: { activityId: traffic.id } })).json() as ProblemWithChainDto;
    expect(moved.problemActivities.map((a) => a.activityId)).toEqual([traffic.id]);
    expect(moved.causes.cause[0]?.gap).toBe('Ingen aktivitet arbetar med detta ännu.');

    expect(await auditCount('problem', problem.id)).toBe(4);
    expect(await auditCount('problem-cause', cause.id)).toBe(1);
  });

  it('lists problems by priority, then their order, filtered by lägesbild and focus area; viewers read but do not write', async () => {
    const { coordinator, viewer, base, focus } = await setup();
    const post = async (title: string, priority: string, extra: object = {}) =>
      ((await coordinator.request({ method: 'POST', url: `${base}/problems`, payload: { title, priority, ...extra } })).json() as ProblemWithChainDto).id;
    await post('Klotter', 'low');
    await post('Narkotika bland unga', 'high', { focusAreaId: focus.id });
    await post('Otrygghet i centrum', 'medium');
    const fast = await post('Höga hastigheter', 'high');
    const list = (await viewer.request({ url: `${base}/problems` })).json() as ProblemWithChainDto[];
    expect(list.map((p) => p.title)).toEqual(['Narkotika bland unga', 'Höga hastigheter', 'Otrygghet i centrum', 'Klotter']);

    const current = list.find((p) => p.id === fast);
    const up = await coordinator.request({ method: 'PATCH', url: `${base}/problems/${fast}`, headers: { 'if-match': `"v${current?.version}"` }, payload: { sortOrder: 0 } });
    expect(up.statusCode).toBe(200);
    const narkotika = list[0];
    await coordinator.request({ method: 'PATCH', url: `${base}/problems/${narkotika?.id}`, headers: { 'if-match': `"v${narkotika?.version}"` }, payload: { sortOrder: 3 } });
    const reordered = (await viewer.request({ url: `${base}/problems` })).json() as ProblemWithChainDto[];
    expect(reordered.map((p) => p.title).slice(0, 2)).toEqual(['Höga hastigheter', 'Narkotika bland unga']);

    const byFocus = (await viewer.request({ url: `${base}/problems?focusAreaId=${focus.id}` })).json() as ProblemWithChainDto[];
    expect(byFocus.map((p) => p.title)).toEqual(['Narkotika bland unga']);
    const byReport = await viewer.request({ url: `${base}/problems?reportId=00000000-0000-4000-8000-000000000000` });
    expect(byReport.json()).toEqual([]);

    expect((await viewer.request({ method: 'POST', url: `${base}/problems`, payload: { title: 'Får inte' } })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'DELETE', url: `${base}/problems/${fast}` })).statusCode).toBe(403);
  });

  it('refuses links across collaborations and a cause of another problem', async () => {
    const a = await setup('A');
    const b = await setup('B');
    const problemA = (await a.coordinator.request({ method: 'POST', url: `${a.base}/problems`, payload: { title: 'Problem A' } })).json() as ProblemWithChainDto;
    const otherA = (await a.coordinator.request({ method: 'POST', url: `${a.base}/problems`, payload: { title: 'Annat problem' } })).json() as ProblemWithChainDto;
    const otherCause = (await a.coordinator.request({ method: 'POST', url: `${a.base}/problems/${otherA.id}/causes`, payload: { kind: 'cause', description: 'Annan orsak' } })).json() as ProblemCauseDto;

    const crossActivity = await a.coordinator.request({ method: 'POST', url: `${a.base}/problems/${problemA.id}/activities`, payload: { activityId: b.traffic.id } });
    expect(crossActivity.statusCode).toBe(404);
    const crossIndicator = await a.coordinator.request({ method: 'POST', url: `${a.base}/problems/${problemA.id}/indicators`, payload: { indicatorId: b.indicator.id } });
    expect(crossIndicator.statusCode).toBe(404);
    const wrongCause = await a.coordinator.request({ method: 'POST', url: `${a.base}/problems/${problemA.id}/activities`, payload: { activityId: a.traffic.id, causeId: otherCause.id } });
    expect(wrongCause.statusCode).toBe(400);
    expect(wrongCause.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.causeId', message: 'Orsaken hör inte till det här problemet.' }] } });
    // B's coordinator cannot reach A's problem or cause through B's collaboration.
    expect((await b.coordinator.request({ method: 'POST', url: `${b.base}/problems/${problemA.id}/activities`, payload: { activityId: b.traffic.id } })).statusCode).toBe(404);
    expect((await b.coordinator.request({ method: 'PATCH', url: `${b.base}/problem-causes/${otherCause.id}`, headers: { 'if-match': '"v1"' }, payload: { description: 'Kapad' } })).statusCode).toBe(404);
    expect((await a.coordinator.request({ method: 'POST', url: `${a.base}/problems`, payload: { title: 'Fel fokus', focusAreaId: b.focus.id } })).statusCode).toBe(400);

    const links = await ctx.database.db.select().from(problemActivities).where(eq(problemActivities.problemId, problemA.id));
    expect(links).toEqual([]);
  });

  it('refuses a stale edit with 412 and the current chain, and deleting a problem removes its causes and links but not the activities', async () => {
    const { coordinator, base, traffic, indicator } = await setup();
    const problem = (await coordinator.request({ method: 'POST', url: `${base}/problems`, payload: { title: 'Otrygghet i centrum' } })).json() as ProblemWithChainDto;
    const first = await coordinator.request({ method: 'PATCH', url: `${base}/problems/${problem.id}`, headers: { 'if-match': '"v1"' }, payload: { priority: 'high' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"v2"');
    const stale = await coordinator.request({ method: 'PATCH', url: `${base}/problems/${problem.id}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Min rubrik' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { title: 'Otrygghet i centrum', priority: 'high', version: 2 } } } });
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/problems/${problem.id}`, payload: { title: 'Utan version' } })).statusCode).toBe(428);

    const cause = (await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/causes`, payload: { kind: 'cause', description: 'Dålig belysning' } })).json() as ProblemCauseDto;
    await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/activities`, payload: { activityId: traffic.id, causeId: cause.id } });
    await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/indicators`, payload: { indicatorId: indicator.id } });

    // Removing the cause keeps the activity, now working on the problem as a whole.
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/problem-causes/${cause.id}` })).statusCode).toBe(204);
    const afterCause = (await coordinator.request({ url: `${base}/problems/${problem.id}` })).json() as ProblemWithChainDto;
    expect(afterCause.problemActivities.map((a) => a.activityId)).toEqual([traffic.id]);

    expect((await coordinator.request({ method: 'DELETE', url: `${base}/problems/${problem.id}/indicators/${indicator.id}` })).statusCode).toBe(204);
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/problems/${problem.id}/indicators/${indicator.id}` })).statusCode).toBe(404);
    await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/indicators`, payload: { indicatorId: indicator.id } });
    await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/causes`, payload: { kind: 'risk_factor', description: 'Tomma lokaler' } });

    expect((await coordinator.request({ method: 'DELETE', url: `${base}/problems/${problem.id}` })).statusCode).toBe(204);
    expect((await coordinator.request({ url: `${base}/problems/${problem.id}` })).statusCode).toBe(404);
    const db = ctx.database.db;
    expect(await db.select().from(problemCauses).where(eq(problemCauses.problemId, problem.id))).toEqual([]);
    expect(await db.select().from(problemActivities).where(eq(problemActivities.problemId, problem.id))).toEqual([]);
    expect(await db.select().from(problemIndicators).where(eq(problemIndicators.problemId, problem.id))).toEqual([]);
    expect((await coordinator.request({ url: `${base}/activities/${traffic.id}/timeline?asOf=2025-07-01` })).statusCode).toBe(200);
    expect(await auditCount('problem', problem.id)).toBeGreaterThanOrEqual(7);
  });

  it('a cause changes only from the version the user saw: 428 without If-Match, 412 with the current cause when stale, and a refused change leaves it as it was', async () => {
    const { coordinator, viewer, base } = await setup();
    const problem = (await coordinator.request({ method: 'POST', url: `${base}/problems`, payload: { title: 'Otrygghet vid busstationen' } })).json() as ProblemWithChainDto;
    const created = await coordinator.request({ method: 'POST', url: `${base}/problems/${problem.id}/causes`, payload: { kind: 'cause', description: 'Dålig belysning' } });
    expect(created.headers.etag).toBe('"v1"');
    const cause = created.json() as ProblemCauseDto;
    expect(cause.version).toBe(1);
    const url = `${base}/problem-causes/${cause.id}`;
    const causeNow = async () => ((await viewer.request({ url: `${base}/problems/${problem.id}` })).json() as ProblemWithChainDto).causes;
    const auditBefore = await auditCount('problem-cause', cause.id);

    const unversioned = await coordinator.request({ method: 'PATCH', url, payload: { description: 'Utan version' } });
    expect(unversioned.statusCode).toBe(428);
    expect(unversioned.json().error.code).toBe('PRECONDITION_REQUIRED');

    const mine = await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v1"' }, payload: { description: 'Trasig belysning vid perrongerna' } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.headers.etag).toBe('"v2"');
    expect(mine.json()).toMatchObject({ description: 'Trasig belysning vid perrongerna', version: 2 });

    // A second person who also started from version 1 is stopped and shown the first person's words.
    const theirs = await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v1"' }, payload: { kind: 'risk_factor', description: 'Mörkt' } });
    expect(theirs.statusCode).toBe(412);
    expect(theirs.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { id: cause.id, kind: 'cause', description: 'Trasig belysning vid perrongerna', version: 2 } } } });
    const after = await causeNow();
    expect(after.cause.map((c) => [c.description, c.version])).toEqual([['Trasig belysning vid perrongerna', 2]]);
    expect(after.risk_factor).toEqual([]);
    expect(await auditCount('problem-cause', cause.id)).toBe(auditBefore + 1);

    // Redone from the current version, the change goes through.
    const redone = await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': '"v2"' }, payload: { kind: 'risk_factor' } });
    expect(redone.statusCode).toBe(200);
    expect(redone.json()).toMatchObject({ kind: 'risk_factor', description: 'Trasig belysning vid perrongerna', version: 3 });
    expect((await viewer.request({ method: 'PATCH', url, headers: { 'if-match': '"v3"' }, payload: { description: 'Tittare' } })).statusCode).toBe(403);
    expect((await coordinator.request({ method: 'PATCH', url, headers: { 'if-match': 'v3' }, payload: { description: 'Fel rubrik' } })).statusCode).toBe(400);
    expect((await causeNow()).risk_factor.map((c) => [c.description, c.version])).toEqual([['Trasig belysning vid perrongerna', 3]]);
  });

  it('demo: Norsjö holds the three problems of its lägesbild with their chains, once however often the demo is seeded', async () => {
    const first = await seedDemo(ctx.database.db);
    await seedDemo(ctx.database.db);
    const norsjo = first.collaborations.find((c) => c.name.startsWith('Norsjö'));
    const client = await signIn(ctx.app, 'styrgrupp@norsjo.demo.samverkan.se', 'samverkan-demo');
    const list = (await client.request({ url: `/api/collaborations/${norsjo?.id}/problems?asOf=2025-12-31` })).json() as ProblemWithChainDto[];
    expect(list.map((p) => [p.priority, p.title])).toEqual([
      ['high', 'Unga som börjar med narkotika eller alkohol'],
      ['high', 'Skadegörelse och klotter i centrum'],
      ['medium', 'Otrygghet i centrum efter mörkrets inbrott'],
    ]);
    const [drugs, vandalism, unsafe] = list;
    expect(drugs?.reportId).not.toBeNull();
    expect(drugs?.causes.risk_factor.find((c) => c.description.startsWith('Unga ute sent'))?.activities.map((a) => a.what)).toEqual(['Nattvandring']);
    expect(drugs?.indicators.map((i) => i.name)).toEqual(['Andel elever i åk 9 som känner sig trygga i skolan']);
    expect(vandalism?.causes.risk_factor[0]).toMatchObject({ description: 'Busstationen är samlingsplats kvällstid', activities: [], gap: 'Ingen aktivitet arbetar med detta ännu.' });
    const traffic = unsafe?.causes.risk_factor[0]?.activities[0];
    expect(traffic).toMatchObject({ what: 'Hastighet, alkohol och drograttfylla mm', planTitle: 'Genomförandeplan medborgarlöften Norsjö 2025–2026', status: { kind: 'measured' } });
    expect(unsafe?.indicators.map((i) => i.name).sort()).toEqual(['Andel invånare som känner sig trygga utomhus kvällstid', 'Genomförda trafikkontroller']);
  });
});
