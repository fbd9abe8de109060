import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '#server/db/seed/demo.js';
import { auditEvents } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan, removeActivity } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

interface Item {
  id: string;
  promiseId: string;
  text: string;
  partyIds: string[];
  focusAreaId: string | null;
  sortOrder: number;
  activities: { id: string; what: string; planId: string }[];
  version: number;
}

interface CitizenPromise {
  id: string;
  municipalityId: string;
  municipalityName: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  itemCount: number;
  version: number;
  items?: Item[];
}

describe('medborgarlöften', () => {
  const ctx = useTestApp();
  const actor = systemActor('test');

  /** A collaboration with a plan of three activities (made through the plan service), and a signed-in coordinator. */
  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const cid = collaboration.id;
    const coordinator = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator')).email);
    const focus = await createFocusArea(db, actor, cid, { name: 'Tillgreppsbrott', description: '' });
    const plan = await createPlan(db, actor, cid, { kind: 'genomforandeplan', title: 'Genomförandeplan', periodStart: '2025-01-01', periodEnd: '2026-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const info = await createActivity(db, actor, cid, plan.id, { what: 'Information om skalskydd och grannsamverkan', whenText: '2 ggr/år', focusAreaId: focus.id });
    const patrol = await createActivity(db, actor, cid, plan.id, { what: 'Riktad patrullering i valda områden', whenText: 'Varje arbetspass', focusAreaId: focus.id });
    const traffic = await createActivity(db, actor, cid, plan.id, { what: 'Trafikkontroller', whenText: 'Minst 10 kontroller per månad' });
    return { collaboration, kommun, lpo, coordinator, base: `/api/collaborations/${cid}`, focus, plan, info, patrol, traffic };
  }

  async function auditOf(entityType: string, entityId: string) {
    return ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId))).orderBy(auditEvents.id);
  }

  it('holds promises per kommun and period, each linked to the activities that deliver it', async () => {
    const { collaboration, kommun, lpo, coordinator, base, focus, plan, info, patrol, traffic } = await setup();
    const created = await coordinator.request({
      method: 'POST',
      url: `${base}/promises`,
      payload: { municipalityId: kommun.id, title: 'Medborgarlöften 2025–2026', periodStart: '2025-01-01', periodEnd: '2026-12-31', effects: 'Ökad upplevd trygghet.\nMinskad brottslighet.' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const promise = created.json() as CitizenPromise;
    expect(promise).toMatchObject({ municipalityId: kommun.id, municipalityName: kommun.name, itemCount: 0, effects: 'Ökad upplevd trygghet.\nMinskad brottslighet.' });

    const itemRes = await coordinator.request({
      method: 'POST',
      url: `${base}/promises/${promise.id}/items`,
      payload: { text: 'Insatser mot tillgreppsbrott såsom inbrott i bostäder och sommarstugor.', partyIds: [kommun.id, lpo.id, lpo.id], focusAreaId: focus.id },
    });
    expect(itemRes.statusCode).toBe(201);
    const item = itemRes.json() as Item;
    expect(item).toMatchObject({ partyIds: [kommun.id, lpo.id], focusAreaId: focus.id, sortOrder: 0, activities: [], version: 1 });
    const second = (await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Trygghet genom polisiär närvaro.', partyIds: [lpo.id] } })).json() as Item;
    expect(second.sortOrder).toBe(1);

    const linked = await coordinator.request({
      method: 'PUT',
      url: `${base}/promise-items/${item.id}/activities`,
      headers: { 'if-match': '"v1"' },
      payload: { activityIds: [patrol.id, info.id, info.id] },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.headers.etag).toBe('"v2"');
    expect((linked.json() as Item).activities).toEqual([
      { id: info.id, what: info.what, planId: plan.id },
      { id: patrol.id, what: patrol.what, planId: plan.id },
    ]);

    const got = await coordinator.request({ method: 'GET', url: `${base}/promises/${promise.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    const full = got.json() as CitizenPromise;
    expect(full.itemCount).toBe(2);
    expect(full.items?.map((i) => [i.text, i.activities.map((a) => a.what)])).toEqual([
      ['Insatser mot tillgreppsbrott såsom inbrott i bostäder och sommarstugor.', [info.what, patrol.what]],
      ['Trygghet genom polisiär närvaro.', []],
    ]);
    expect(((await coordinator.request({ method: 'GET', url: `${base}/promises` })).json() as CitizenPromise[]).map((p) => [p.title, p.itemCount])).toEqual([
      ['Medborgarlöften 2025–2026', 2],
    ]);

    // From the activity's side: which promises does it deliver?
    const ofPatrol = await coordinator.request({ method: 'GET', url: `${base}/activities/${patrol.id}/promises` });
    expect(ofPatrol.statusCode).toBe(200);
    expect(ofPatrol.json()).toMatchObject([{ id: item.id, promise: { id: promise.id, title: 'Medborgarlöften 2025–2026', municipalityName: kommun.name } }]);
    expect((await coordinator.request({ method: 'GET', url: `${base}/activities/${traffic.id}/promises` })).json()).toEqual([]);

    // Replacing the set: traffic in, info and patrol out.
    const replaced = await coordinator.request({ method: 'PUT', url: `${base}/promise-items/${item.id}/activities`, headers: { 'if-match': '"v2"' }, payload: { activityIds: [traffic.id] } });
    expect((replaced.json() as Item).activities.map((a) => a.id)).toEqual([traffic.id]);
    expect((await coordinator.request({ method: 'GET', url: `${base}/activities/${patrol.id}/promises` })).json()).toEqual([]);

    // An activity removed from the plan no longer delivers anything.
    await removeActivity(ctx.database.db, actor, collaboration.id, traffic.id);
    const afterRemoval = (await coordinator.request({ method: 'GET', url: `${base}/promises/${promise.id}` })).json() as CitizenPromise;
    expect(afterRemoval.items?.[0]?.activities).toEqual([]);

    const patched = await coordinator.request({ method: 'PATCH', url: `${base}/promise-items/${second.id}`, headers: { 'if-match': '"v1"' }, payload: { text: 'Trygghetsskapande arbete i form av ökad polisiär närvaro och tillgänglighet.', sortOrder: 0 } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ sortOrder: 0, version: 2 });
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/promise-items/${second.id}` })).statusCode).toBe(204);
    const renamed = await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Medborgarlöften Norsjö 2025–2026' } });
    expect(renamed.json()).toMatchObject({ title: 'Medborgarlöften Norsjö 2025–2026', itemCount: 1, version: 2 });
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/promises/${promise.id}` })).statusCode).toBe(204);
    expect((await coordinator.request({ method: 'GET', url: `${base}/promises/${promise.id}` })).statusCode).toBe(404);

    expect((await auditOf('citizen-promise', promise.id)).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    const itemAudit = await auditOf('promise-item', item.id);
    expect(itemAudit.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(itemAudit[1]).toMatchObject({ before: { activities: [] }, after: { activities: [{ id: info.id }, { id: patrol.id }] } });
    expect((await auditOf('promise-item', second.id)).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it("refuses another collaboration's kommun, parties, focus areas and activities with field errors, never linking them", async () => {
    const { kommun, lpo, coordinator, base, info } = await setup();
    const db = ctx.database.db;
    const other = await buildCollaboration(db, { municipalityCode: '0180' });
    const otherFocus = await createFocusArea(db, actor, other.collaboration.id, { name: 'Främmande', description: '' });
    const otherPlan = await createPlan(db, actor, other.collaboration.id, { kind: 'handlingsplan', title: 'Annan plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const otherActivity = await createActivity(db, actor, other.collaboration.id, otherPlan.id, { what: 'Främmande aktivitet' });

    const policeAsKommun = await coordinator.request({ method: 'POST', url: `${base}/promises`, payload: { municipalityId: lpo.id, title: 'Löften', periodStart: '2025-01-01', periodEnd: '2025-12-31' } });
    expect(policeAsKommun.statusCode).toBe(400);
    expect(policeAsKommun.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.municipalityId', message: 'Välj en kommun som är part i samverkan.' }] } });
    const foreignKommun = await coordinator.request({ method: 'POST', url: `${base}/promises`, payload: { municipalityId: other.kommun.id, title: 'Löften', periodStart: '2025-01-01', periodEnd: '2025-12-31' } });
    expect(foreignKommun.json()).toMatchObject({ error: { details: [{ field: 'body.municipalityId' }] } });
    const backwards = await coordinator.request({ method: 'POST', url: `${base}/promises`, payload: { municipalityId: kommun.id, title: 'Löften', periodStart: '2026-01-01', periodEnd: '2025-01-01' } });
    expect(backwards.json()).toMatchObject({ error: { details: [{ field: 'body.periodEnd' }] } });

    const promise = (await coordinator.request({ method: 'POST', url: `${base}/promises`, payload: { municipalityId: kommun.id, title: 'Löften', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as CitizenPromise;
    const backwardsPatch = await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, headers: { 'if-match': '"v1"' }, payload: { periodEnd: '2024-12-31' } });
    expect(backwardsPatch.json()).toMatchObject({ error: { details: [{ field: 'body.periodEnd' }] } });
    const foreignKommunPatch = await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, headers: { 'if-match': '"v1"' }, payload: { municipalityId: other.kommun.id } });
    expect(foreignKommunPatch.json()).toMatchObject({ error: { details: [{ field: 'body.municipalityId' }] } });

    const foreignParty = await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Vi lovar', partyIds: [kommun.id, other.lpo.id] } });
    expect(foreignParty.statusCode).toBe(400);
    expect(foreignParty.json()).toMatchObject({ error: { details: [{ field: 'body.partyIds.1' }] } });
    const noParty = await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Vi lovar', partyIds: [] } });
    expect(noParty.json()).toMatchObject({ error: { details: [{ field: 'body.partyIds', message: 'Ange minst en part som lovar.' }] } });
    const foreignFocus = await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Vi lovar', partyIds: [kommun.id], focusAreaId: otherFocus.id } });
    expect(foreignFocus.json()).toMatchObject({ error: { details: [{ field: 'body.focusAreaId' }] } });
    const shortText = await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'x', partyIds: [kommun.id] } });
    expect(shortText.json()).toMatchObject({ error: { details: [{ field: 'body.text' }] } });

    const item = (await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Vi lovar', partyIds: [kommun.id] } })).json() as Item;
    const foreignFocusPatch = await coordinator.request({ method: 'PATCH', url: `${base}/promise-items/${item.id}`, headers: { 'if-match': '"v1"' }, payload: { focusAreaId: otherFocus.id } });
    expect(foreignFocusPatch.json()).toMatchObject({ error: { details: [{ field: 'body.focusAreaId' }] } });
    const foreignPartyPatch = await coordinator.request({ method: 'PATCH', url: `${base}/promise-items/${item.id}`, headers: { 'if-match': '"v1"' }, payload: { partyIds: [other.kommun.id] } });
    expect(foreignPartyPatch.json()).toMatchObject({ error: { details: [{ field: 'body.partyIds.0' }] } });

    const foreignActivity = await coordinator.request({
      method: 'PUT',
      url: `${base}/promise-items/${item.id}/activities`,
      headers: { 'if-match': '"v1"' },
      payload: { activityIds: [info.id, otherActivity.id] },
    });
    expect(foreignActivity.statusCode).toBe(400);
    expect(foreignActivity.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.activityIds.1' }] } });
    const unchanged = (await coordinator.request({ method: 'GET', url: `${base}/promises/${promise.id}` })).json() as CitizenPromise;
    expect(unchanged.items).toMatchObject([{ id: item.id, partyIds: [kommun.id], focusAreaId: null, activities: [], version: 1 }]);

    // Another collaboration's activity is not found through this one.
    expect((await coordinator.request({ method: 'GET', url: `${base}/activities/${otherActivity.id}/promises` })).statusCode).toBe(404);
    expect((await auditOf('promise-item', item.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses stale and missing versions with 412 and 428', async () => {
    const { kommun, coordinator, base, info, patrol } = await setup();
    const promise = (await coordinator.request({ method: 'POST', url: `${base}/promises`, payload: { municipalityId: kommun.id, title: 'Löften', periodStart: '2025-01-01', periodEnd: '2025-12-31' } })).json() as CitizenPromise;
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Löften 2025' } })).statusCode).toBe(200);
    const stalePromise = await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Andra löften' } });
    expect(stalePromise.statusCode).toBe(412);
    expect(stalePromise.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { title: 'Löften 2025', version: 2 } } } });
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/promises/${promise.id}`, payload: { title: 'Utan version' } })).statusCode).toBe(428);

    const item = (await coordinator.request({ method: 'POST', url: `${base}/promises/${promise.id}/items`, payload: { text: 'Vi lovar', partyIds: [kommun.id] } })).json() as Item;
    expect((await coordinator.request({ method: 'PUT', url: `${base}/promise-items/${item.id}/activities`, payload: { activityIds: [info.id] } })).statusCode).toBe(428);
    expect((await coordinator.request({ method: 'PUT', url: `${base}/promise-items/${item.id}/activities`, headers: { 'if-match': '"v1"' }, payload: { activityIds: [info.id] } })).statusCode).toBe(200);
    // Linking moved the item's version on: a text edit made against the old one is stale, and so is a second link.
    const staleItem = await coordinator.request({ method: 'PATCH', url: `${base}/promise-items/${item.id}`, headers: { 'if-match': '"v1"' }, payload: { text: 'Vi lovar mer' } });
    expect(staleItem.statusCode).toBe(412);
    expect(staleItem.json()).toMatchObject({ error: { details: { current: { text: 'Vi lovar', version: 2, activities: [{ id: info.id }] } } } });
    const staleLinks = await coordinator.request({ method: 'PUT', url: `${base}/promise-items/${item.id}/activities`, headers: { 'if-match': '"v1"' }, payload: { activityIds: [patrol.id] } });
    expect(staleLinks.statusCode).toBe(412);
    const current = (await coordinator.request({ method: 'GET', url: `${base}/promises/${promise.id}` })).json() as CitizenPromise;
    expect(current.items?.[0]?.activities.map((a) => a.id)).toEqual([info.id]);
  });
  it('the Norsjö demo holds its groups and the four medborgarlöften of 2019–2023, linked to the plan, and seeds once', async () => {
    const first = await seedDemo(ctx.database.db);
    await seedDemo(ctx.database.db);
    const norsjo = first.collaborations.find((c) => c.name.startsWith('Norsjö'))!;
    const base = `/api/collaborations/${norsjo.id}`;
    const client = await signIn(ctx.app, 'styrgrupp@norsjo.demo.samverkan.se', 'samverkan-demo');

    const groups = (await client.request({ method: 'GET', url: `${base}/groups?asOf=2027-01-01` })).json() as { kind: string; name: string; validTo: string | null; active: boolean; members: { name: string; organisationLabel: string }[] }[];
    expect(groups.map((g) => [g.kind, g.name, g.active])).toEqual([
      ['steering', 'Styrgrupp brottsförebyggande samverkan Norsjö', true],
      ['working', 'Trygghetsvandringar', false],
      ['council', 'Folkhälso- och trygghetsrådet', true],
    ]);
    expect(groups.find((g) => g.kind === 'working')?.validTo).toBe('2026-12-31');
    expect(groups.find((g) => g.kind === 'council')?.members.map((m) => m.name)).toEqual(['Politiker', 'Verksamhetschefer', 'Räddningstjänsten', 'Beredskapssamordnare', 'Regionen', 'Polis']);

    const promises = (await client.request({ method: 'GET', url: `${base}/promises` })).json() as CitizenPromise[];
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({ municipalityName: 'Norsjö', periodStart: '2019-01-01', itemCount: 4 });
    const full = (await client.request({ method: 'GET', url: `${base}/promises/${promises[0]!.id}` })).json() as CitizenPromise;
    const delivered = Object.fromEntries((full.items ?? []).map((i) => [i.text.split(' ').slice(0, 3).join(' '), i.activities.map((a) => a.what.split(/[.,]/)[0])]));
    expect(delivered).toEqual({
      'Insatser mot narkotika': [
        'Aktivt användande av rättegångsbalken',
        'Besöka miljöer där ungdomar vistas',
        'Informationsinsatser inom narkotikaområdet och trafik till föräldrar och personal inom barn- och ungdomsverksamhet',
      ],
      'Insatser mot brott': ['Hastighet'],
      'Insatser mot tillgreppsbrott': ['Information till allmänhet', 'Riktad patrullering i valda områden'],
      'Trygghetsskapande arbete i': ['Trygghetsvandring', 'Ökad polisnärvaro i kommunen under kvällar och helger', 'Nattvandring'],
    });
    expect(full.items?.every((i) => i.partyIds.length === 2 && i.focusAreaId !== null)).toBe(true);
  });
});
