import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createPlan, getPlan } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

interface Member {
  id: string;
  groupId: string;
  name: string;
  title: string;
  organisationId: string | null;
  organisationName: string;
  organisationLabel: string;
}

interface Group {
  id: string;
  kind: string;
  name: string;
  mandate: string;
  assignment: string;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  members: Member[];
  version: number;
}

describe('groups and their members', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator')).email);
    return { collaboration, kommun, lpo, coordinator, base: `/api/collaborations/${collaboration.id}` };
  }

  async function auditOf(entityType: string, entityId: string) {
    return ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
      .orderBy(auditEvents.id);
  }

  it('creates groups, computes whether each is in force on a day, and keeps contacts as members', async () => {
    const { kommun, lpo, coordinator, base } = await setup();
    const steering = await coordinator.request({
      method: 'POST',
      url: `${base}/groups`,
      payload: { kind: 'steering', name: 'Styrgrupp', mandate: 'Fastställer mål och åtgärdsplan.', validFrom: '2024-01-16' },
    });
    expect(steering.statusCode).toBe(201);
    expect(steering.headers.etag).toBe('"v1"');
    const working = await coordinator.request({
      method: 'POST',
      url: `${base}/groups`,
      payload: { kind: 'working', name: 'Trygghetsvandringar', assignment: 'Planera trygghetsvandringar två gånger per år.', validFrom: '2025-01-01', validTo: '2026-12-31' },
    });
    expect(working.statusCode).toBe(201);
    const workingGroup = working.json() as Group;
    expect(workingGroup).toMatchObject({ kind: 'working', assignment: 'Planera trygghetsvandringar två gånger per år.', validTo: '2026-12-31', members: [] });

    const in2025 = (await coordinator.request({ method: 'GET', url: `${base}/groups?asOf=2025-06-01` })).json() as Group[];
    expect(in2025.map((g) => [g.name, g.active])).toEqual([
      ['Styrgrupp', true],
      ['Trygghetsvandringar', true],
    ]);
    const in2027 = (await coordinator.request({ method: 'GET', url: `${base}/groups?asOf=2027-01-01` })).json() as Group[];
    expect(in2027.map((g) => [g.name, g.active])).toEqual([
      ['Styrgrupp', true],
      ['Trygghetsvandringar', false],
    ]);
    const before = (await coordinator.request({ method: 'GET', url: `${base}/groups?asOf=2023-12-31` })).json() as Group[];
    expect(before.every((g) => !g.active)).toBe(true);

    // Members: a party of the collaboration, or any organisation as free text; contacts need not be users.
    const polis = await coordinator.request({
      method: 'POST',
      url: `${base}/groups/${workingGroup.id}/members`,
      payload: { name: 'Johan Berg', title: 'Kommunpolis', organisationId: lpo.id },
    });
    expect(polis.statusCode).toBe(201);
    expect(polis.headers.etag).toBe('"v2"');
    const polisMember = polis.json() as Member;
    expect(polisMember).toMatchObject({ name: 'Johan Berg', title: 'Kommunpolis', organisationId: lpo.id, organisationName: '', organisationLabel: lpo.name });
    const region = await coordinator.request({
      method: 'POST',
      url: `${base}/groups/${workingGroup.id}/members`,
      payload: { name: 'Regionens företrädare', organisationName: 'Region Västerbotten' },
    });
    expect(region.statusCode).toBe(201);
    expect(region.json()).toMatchObject({ organisationId: null, organisationLabel: 'Region Västerbotten', title: '' });

    const got = await coordinator.request({ method: 'GET', url: `${base}/groups/${workingGroup.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v3"');
    expect((got.json() as Group).members.map((m) => m.name)).toEqual(['Johan Berg', 'Regionens företrädare']);

    // Editing a member is checked against the group's version; choosing free text clears the party.
    const edited = await coordinator.request({
      method: 'PATCH',
      url: `${base}/groups/${workingGroup.id}/members/${polisMember.id}`,
      headers: { 'if-match': '"v3"' },
      payload: { title: 'Gruppchef', organisationName: 'Polisen Norsjö' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"v4"');
    expect(edited.json()).toMatchObject({ title: 'Gruppchef', organisationId: null, organisationName: 'Polisen Norsjö', organisationLabel: 'Polisen Norsjö' });
    const backToParty = await coordinator.request({
      method: 'PATCH',
      url: `${base}/groups/${workingGroup.id}/members/${polisMember.id}`,
      headers: { 'if-match': '"v4"' },
      payload: { organisationId: kommun.id },
    });
    expect(backToParty.json()).toMatchObject({ organisationId: kommun.id, organisationName: '', organisationLabel: kommun.name });

    const removed = await coordinator.request({ method: 'DELETE', url: `${base}/groups/${workingGroup.id}/members/${polisMember.id}` });
    expect(removed.statusCode).toBe(204);
    const after = (await coordinator.request({ method: 'GET', url: `${base}/groups/${workingGroup.id}` })).json() as Group;
    expect(after.members.map((m) => m.name)).toEqual(['Regionens företrädare']);
    expect(after.version).toBe(6);

    const patched = await coordinator.request({
      method: 'PATCH',
      url: `${base}/groups/${workingGroup.id}`,
      headers: { 'if-match': '"v6"' },
      payload: { validTo: '2027-06-30', mandate: 'Genomför trygghetsvandringar.' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ validTo: '2027-06-30', mandate: 'Genomför trygghetsvandringar.', version: 7 });

    expect((await auditOf('group', workingGroup.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await auditOf('group-member', polisMember.id)).map((e) => e.action)).toEqual(['create', 'update', 'update', 'delete']);
  });

  it('refuses a working group without an end date, dates out of order and foreign organisations, with field errors', async () => {
    const { coordinator, base } = await setup();
    const noEnd = await coordinator.request({ method: 'POST', url: `${base}/groups`, payload: { kind: 'working', name: 'Nattvandring', validFrom: '2025-01-01' } });
    expect(noEnd.statusCode).toBe(400);
    expect(noEnd.json()).toMatchObject({
      error: { code: 'VALIDATION', details: [{ field: 'body.validTo', message: 'Arbetsgrupper är tidsbegränsade – ange slutdatum.' }] },
    });
    const backwards = await coordinator.request({
      method: 'POST',
      url: `${base}/groups`,
      payload: { kind: 'preparation', name: 'Beredningsgrupp', validFrom: '2026-01-01', validTo: '2025-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { details: [{ field: 'body.validTo' }] } });
    const badKind = await coordinator.request({ method: 'POST', url: `${base}/groups`, payload: { kind: 'board', name: 'Styrelse' } });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json()).toMatchObject({ error: { details: [{ field: 'body.kind' }] } });

    // Turning an open-ended group into a working group needs an end date too.
    const council = (await coordinator.request({ method: 'POST', url: `${base}/groups`, payload: { kind: 'council', name: 'Folkhälso- och trygghetsrådet' } })).json() as Group;
    const toWorking = await coordinator.request({ method: 'PATCH', url: `${base}/groups/${council.id}`, headers: { 'if-match': '"v1"' }, payload: { kind: 'working' } });
    expect(toWorking.statusCode).toBe(400);
    expect(toWorking.json()).toMatchObject({ error: { details: [{ field: 'body.validTo', message: 'Arbetsgrupper är tidsbegränsade – ange slutdatum.' }] } });
    const startAfterEnd = await coordinator.request({
      method: 'PATCH',
      url: `${base}/groups/${council.id}`,
      headers: { 'if-match': '"v1"' },
      payload: { validFrom: '2025-06-01', validTo: '2025-05-31' },
    });
    expect(startAfterEnd.json()).toMatchObject({ error: { details: [{ field: 'body.validTo' }] } });
    const fine = await coordinator.request({ method: 'PATCH', url: `${base}/groups/${council.id}`, headers: { 'if-match': '"v1"' }, payload: { kind: 'working', validTo: '2025-12-31' } });
    expect(fine.statusCode).toBe(200);

    // A party of another collaboration is refused, not silently stored.
    const other = await buildCollaboration(ctx.database.db, { municipalityCode: '0180' });
    const foreign = await coordinator.request({ method: 'POST', url: `${base}/groups/${council.id}/members`, payload: { name: 'Någon Annan', organisationId: other.lpo.id } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.organisationId' }] } });
    const both = await coordinator.request({
      method: 'POST',
      url: `${base}/groups/${council.id}/members`,
      payload: { name: 'Två Organisationer', organisationId: other.kommun.id, organisationName: 'Fritext' },
    });
    expect(both.json()).toMatchObject({ error: { details: [{ field: 'body.organisationName' }] } });
    const noName = await coordinator.request({ method: 'POST', url: `${base}/groups/${council.id}/members`, payload: { name: ' ' } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ error: { details: [{ field: 'body.name' }] } });
    const unknownField = await coordinator.request({ method: 'POST', url: `${base}/groups/${council.id}/members`, payload: { name: 'Anna Ek', email: 'anna@example.se' } });
    expect(unknownField.json()).toMatchObject({ error: { details: [{ field: 'body.email' }] } });
    expect(((await coordinator.request({ method: 'GET', url: `${base}/groups/${council.id}` })).json() as Group).members).toEqual([]);
  });

  it('refuses stale and missing versions for groups and their members', async () => {
    const { coordinator, base } = await setup();
    const group = (await coordinator.request({ method: 'POST', url: `${base}/groups`, payload: { kind: 'steering', name: 'Styrgrupp' } })).json() as Group;
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/groups/${group.id}`, payload: { name: 'Ny styrgrupp' } })).statusCode).toBe(428);
    const first = await coordinator.request({ method: 'PATCH', url: `${base}/groups/${group.id}`, headers: { 'if-match': '"v1"' }, payload: { mandate: 'Beslutar om verksamhetsplan.' } });
    expect(first.statusCode).toBe(200);
    const stale = await coordinator.request({ method: 'PATCH', url: `${base}/groups/${group.id}`, headers: { 'if-match': '"v1"' }, payload: { mandate: 'Något annat.' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED', details: { current: { mandate: 'Beslutar om verksamhetsplan.', version: 2 } } } });

    // Adding a member moves the group's version on: an edit made against the old one is stale.
    const member = (await coordinator.request({ method: 'POST', url: `${base}/groups/${group.id}/members`, payload: { name: 'Mikael Lindfors', title: 'Kommunalråd' } })).json() as Member;
    const staleMember = await coordinator.request({
      method: 'PATCH',
      url: `${base}/groups/${group.id}/members/${member.id}`,
      headers: { 'if-match': '"v2"' },
      payload: { title: 'Kommunstyrelsens ordförande' },
    });
    expect(staleMember.statusCode).toBe(412);
    expect(staleMember.json()).toMatchObject({ error: { details: { current: { version: 3, members: [{ title: 'Kommunalråd' }] } } } });
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/groups/${group.id}/members/${member.id}`, payload: { title: 'X' } })).statusCode).toBe(428);
  });

  it('deleting a group unlinks the plans it adopted, and other collaborations see nothing', async () => {
    const { collaboration, coordinator, base } = await setup();
    const group = (await coordinator.request({ method: 'POST', url: `${base}/groups`, payload: { kind: 'steering', name: 'Styrgrupp' } })).json() as Group;
    const plan = await createPlan(ctx.database.db, systemActor('test'), collaboration.id, {
      kind: 'atgardsplan',
      title: 'Åtgärdsplan 2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      adoptedByGroupId: group.id,
      adoptedOn: '2024-12-10',
      shiftsPerWeek: null,
    });
    await coordinator.request({ method: 'POST', url: `${base}/groups/${group.id}/members`, payload: { name: 'Lars Westermark', title: 'Lokalpolisområdeschef' } });

    // Another collaboration's member cannot see or delete it.
    const other = await buildCollaboration(ctx.database.db, { municipalityCode: '0180' });
    const outsider = await signIn(ctx.app, (await buildMember(ctx.database.db, other.collaboration.id, 'admin')).email);
    expect((await outsider.request({ method: 'DELETE', url: `${base}/groups/${group.id}` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'GET', url: `/api/collaborations/${other.collaboration.id}/groups/${group.id}` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'DELETE', url: `/api/collaborations/${other.collaboration.id}/groups/${group.id}` })).statusCode).toBe(404);

    // A contributor reads but does not change groups.
    const contributor = await signIn(ctx.app, (await buildMember(ctx.database.db, collaboration.id, 'contributor')).email);
    expect((await contributor.request({ method: 'GET', url: `${base}/groups` })).statusCode).toBe(200);
    expect((await contributor.request({ method: 'POST', url: `${base}/groups/${group.id}/members`, payload: { name: 'Anna Ek' } })).statusCode).toBe(403);

    const removed = await coordinator.request({ method: 'DELETE', url: `${base}/groups/${group.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await coordinator.request({ method: 'GET', url: `${base}/groups/${group.id}` })).statusCode).toBe(404);
    const after = await getPlan(ctx.database.db, collaboration.id, plan.id);
    expect(after).toMatchObject({ adoptedByGroupId: null, adoptedOn: '2024-12-10', version: 2 });
    expect((await auditOf('plan', plan.id)).map((e) => [e.action, (e.after as { adoptedByGroupId?: unknown } | null)?.adoptedByGroupId])).toEqual([
      ['create', group.id],
      ['update', null],
    ]);
    const deletion = (await auditOf('group', group.id)).at(-1);
    expect(deletion).toMatchObject({ action: 'delete', before: { name: 'Styrgrupp', unlinkedPlanIds: [plan.id], members: [{ name: 'Lars Westermark' }] } });
  });
});
