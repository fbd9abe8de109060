import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access, MemberRole } from '#server/http/access.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { addParty } from '#server/modules/collaborations/collaborations.service.js';
import { startSession } from '#server/modules/session/session.service.js';
import { createToken } from '#server/modules/tokens/tokens.service.js';
import type { UserRow } from '#server/modules/users/users.repo.js';
import { addAttachment, createLog, type Viewer } from '#server/modules/activity-log/activity-log.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, TEST_PASSWORD } from '#tests/factories.js';

/**
 * Every route in the app, the rule it must have, and a request that reaches its handler.
 * A new route that is not listed here fails the first test: decide its rule, then add it.
 */
type Expected = 'public' | 'signed-in' | 'system-admin' | MemberRole;

interface Fixture {
  collaborationId: string;
  /** A fresh party, member and token of collaboration A, made per call for routes that remove them. */
  freshPartyId(): Promise<string>;
  freshMemberId(): Promise<string>;
  freshTokenId(): Promise<string>;
  freshFocusAreaId(): Promise<string>;
  freshPlanId(): Promise<string>;
  freshActivityId(): Promise<string>;
  /** A log entry reported by the caller's persona (so contributors may change it). */
  freshLogId(persona: Persona): Promise<string>;
  freshAttachment(persona: Persona): Promise<{ logId: string; attachmentId: string }>;
  planId: string;
  activityId: string;
  signInEmail: string;
}

type Build = (f: Fixture, persona: Persona) => Promise<Omit<InjectOptions, 'method'>> | Omit<InjectOptions, 'method'>;
const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

const table: Record<string, { expected: Expected; build: Build }> = {
  'GET /api/health': { expected: 'public', build: () => ({}) },
  'GET /api/openapi.json': { expected: 'public', build: () => ({}) },
  'GET /api/auth/config': { expected: 'public', build: () => ({}) },
  'POST /api/session': { expected: 'public', build: (f) => ({ payload: { email: f.signInEmail, password: TEST_PASSWORD } }) },
  'GET /api/session': { expected: 'signed-in', build: () => ({}) },
  'DELETE /api/session': { expected: 'signed-in', build: () => ({}) },
  'PUT /api/session/password': { expected: 'signed-in', build: () => ({ payload: { newPassword: 'kort' } }) },
  'GET /api/auth/oidc/login': { expected: 'public', build: () => ({}) },
  'GET /api/auth/oidc/callback': { expected: 'public', build: () => ({}) },
  'GET /api/users': { expected: 'system-admin', build: () => ({}) },
  'POST /api/users': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'PATCH /api/users/me': { expected: 'signed-in', build: () => ({ payload: { locale: 'sv' } }) },
  'GET /api/organisations': { expected: 'signed-in', build: () => ({ query: { q: 'Norsjö' } }) },
  'POST /api/organisations': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'GET /api/collaborations': { expected: 'signed-in', build: () => ({}) },
  'POST /api/collaborations': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'GET /api/collaborations/:collaborationId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}` }) },
  'PATCH /api/collaborations/:collaborationId': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}`, payload: {} }),
  },
  'POST /api/collaborations/:collaborationId/parties': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/parties`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/parties/:organisationId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/parties/${await f.freshPartyId()}` }),
  },
  'GET /api/collaborations/:collaborationId/members': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/members` }),
  },
  'POST /api/collaborations/:collaborationId/members': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/members`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/members/:userId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/members/${await f.freshMemberId()}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/members/:userId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/members/${await f.freshMemberId()}` }),
  },
  'GET /api/collaborations/:collaborationId/tokens': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens` }),
  },
  'POST /api/collaborations/:collaborationId/tokens': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/tokens/:tokenId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens/${await f.freshTokenId()}` }),
  },
  'GET /api/collaborations/:collaborationId/audit': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/audit` }),
  },
  'GET /api/collaborations/:collaborationId/focus-areas': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas` }) },
  'POST /api/collaborations/:collaborationId/focus-areas': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/focus-areas/:focusAreaId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas/${await f.freshFocusAreaId()}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/focus-areas/:focusAreaId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas/${await f.freshFocusAreaId()}` }),
  },
  'GET /api/collaborations/:collaborationId/plans': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans` }) },
  'POST /api/collaborations/:collaborationId/plans': { expected: 'coordinator', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans`, payload: {} }) },
  'GET /api/collaborations/:collaborationId/plans/:planId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}` }) },
  'PATCH /api/collaborations/:collaborationId/plans/:planId': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/plans/:planId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${await f.freshPlanId()}` }),
  },
  'POST /api/collaborations/:collaborationId/plans/:planId/activities': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/activities`, payload: {} }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}` }),
  },
  'PATCH /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${await f.freshActivityId()}` }),
  },
  'GET /api/collaborations/:collaborationId/plans/:planId/dashboard': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/dashboard?asOf=2025-06-30` }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId/timeline': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/timeline` }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId/log': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/log` }),
  },
  'POST /api/collaborations/:collaborationId/activities/:activityId/log': {
    expected: 'contributor',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/log`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/activity-logs/:logId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/activity-logs/:logId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}` }),
  },
  'POST /api/collaborations/:collaborationId/activity-logs/:logId/attachments': {
    expected: 'contributor',
    build: async (f, p) => ({
      url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}/attachments?filename=protokoll.pdf`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf' },
    }),
  },
  'GET /api/collaborations/:collaborationId/activity-logs/:logId/attachments/:attachmentId': {
    expected: 'viewer',
    build: async (f, p) => {
      const a = await f.freshAttachment(p);
      return { url: `/api/collaborations/${f.collaborationId}/activity-logs/${a.logId}/attachments/${a.attachmentId}` };
    },
  },
  'DELETE /api/collaborations/:collaborationId/activity-logs/:logId/attachments/:attachmentId': {
    expected: 'contributor',
    build: async (f, p) => {
      const a = await f.freshAttachment(p);
      return { url: `/api/collaborations/${f.collaborationId}/activity-logs/${a.logId}/attachments/${a.attachmentId}` };
    },
  },
};

function declared(access: Access): Expected {
  return access.kind === 'member' ? access.role : access.kind;
}

type Persona = 'anonymous' | 'viewer' | 'contributor' | 'coordinator' | 'admin' | 'outsider' | 'systemAdmin' | 'readToken' | 'writeToken';
const personas: Persona[] = ['anonymous', 'viewer', 'contributor', 'coordinator', 'admin', 'outsider', 'systemAdmin', 'readToken', 'writeToken'];
const rank: Record<MemberRole, number> = { viewer: 0, contributor: 1, coordinator: 2, admin: 3 };

/** The status a denied caller must get, or 'allowed'. */
function outcome(expected: Expected, persona: Persona): 'allowed' | 401 | 403 | 404 {
  if (expected === 'public') return 'allowed';
  if (persona === 'anonymous') return 401;
  const isToken = persona === 'readToken' || persona === 'writeToken';
  if (expected === 'signed-in') return isToken ? 401 : 'allowed';
  if (expected === 'system-admin') return isToken ? 401 : persona === 'systemAdmin' ? 'allowed' : 403;
  if (persona === 'outsider') return 404;
  if (persona === 'systemAdmin') return 'allowed';
  const role: MemberRole = persona === 'readToken' ? 'viewer' : persona === 'writeToken' ? 'coordinator' : persona;
  return rank[role] >= rank[expected] ? 'allowed' : 403;
}

describe('authorization matrix', () => {
  const ctx = useTestApp();
  let fixture: Fixture;
  const users = {} as Record<'viewer' | 'contributor' | 'coordinator' | 'admin' | 'outsider' | 'systemAdmin', UserRow>;
  const tokens = {} as Record<'readToken' | 'writeToken', string>;

  beforeAll(async () => {
    const db = ctx.database.db;
    const a = await buildCollaboration(db, { name: 'Samverkan A' });
    const b = await buildCollaboration(db, { name: 'Samverkan B', municipalityCode: '0180' });
    for (const role of ['viewer', 'contributor', 'coordinator', 'admin'] as const) {
      users[role] = await buildMember(db, a.collaboration.id, role, a.kommun.id);
    }
    users.outsider = await buildMember(db, b.collaboration.id, 'admin');
    users.systemAdmin = await buildUser(db, { isSystemAdmin: true });
    tokens.readToken = (await createToken(db, systemActor('test'), a.collaboration.id, { name: 'läs', scope: 'read' })).secret;
    tokens.writeToken = (await createToken(db, systemActor('test'), a.collaboration.id, { name: 'skriv', scope: 'write' })).secret;
    const signInUser = await buildUser(db);
    let n = 0;
    const actor = systemActor('test');
    const cid = a.collaboration.id;
    const plan = await createPlan(db, actor, cid, { kind: 'genomforandeplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2026-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const activity = await createActivity(db, actor, cid, plan.id, { what: 'Trafikkontroller', whenText: 'Minst 10 per månad' });
    const reporter = (p: Persona): Viewer => {
      const user = p in users ? users[p as keyof typeof users] : users.admin;
      return { userId: user.id, role: 'admin', organisationId: null };
    };
    const freshLogId = async (p: Persona) =>
      (await createLog(db, actor, reporter(p), cid, activity.id, { occurredOn: '2025-03-01', count: 1, place: '', latitude: null, longitude: null, participants: [], note: '', restricted: false })).id;
    fixture = {
      collaborationId: a.collaboration.id,
      planId: plan.id,
      activityId: activity.id,
      freshFocusAreaId: async () => (await createFocusArea(db, actor, cid, { name: `Fokus ${++n}`, description: '' })).id,
      freshPlanId: async () =>
        (await createPlan(db, actor, cid, { kind: 'handlingsplan', title: `Plan ${++n}`, periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null })).id,
      freshActivityId: async () => (await createActivity(db, actor, cid, plan.id, { what: `Aktivitet ${++n}` })).id,
      freshLogId,
      freshAttachment: async (p) => {
        const logId = await freshLogId(p);
        const att = await addAttachment(db, actor, reporter(p), cid, logId, { filename: 'p.pdf', contentType: 'application/pdf', data: pdf, restricted: false });
        return { logId, attachmentId: att.id };
      },
      signInEmail: signInUser.email,
      freshPartyId: async () =>
        (await addParty(db, systemActor('test'), a.collaboration.id, { newOrganisation: { kind: 'other', name: `Skola ${++n}` } })).id,
      freshMemberId: async () => (await buildMember(db, a.collaboration.id, 'viewer')).id,
      freshTokenId: async () => (await createToken(db, systemActor('test'), a.collaboration.id, { name: `t${++n}`, scope: 'read' })).token.id,
    };
  });

  it('lists every route of the app, each with the rule it declares', () => {
    const actual = Object.fromEntries(ctx.app.routeTable.map((r) => [`${r.method} ${r.url}`, declared(r.access)]));
    const wanted = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.expected]));
    expect(actual).toEqual(wanted);
  });

  async function headersFor(persona: Persona): Promise<Record<string, string>> {
    if (persona === 'anonymous') return {};
    if (persona === 'readToken' || persona === 'writeToken') return { authorization: `Bearer ${tokens[persona]}` };
    // A new session per call: some routes (sign-out) end the session they are called with.
    const s = await startSession(ctx.database.db, users[persona], 1, systemActor('test'), 'test');
    return { cookie: `samverkan_session=${s.cookieValue}`, 'x-csrf-token': s.csrfToken };
  }

  for (const [key, spec] of Object.entries(table)) {
    it(`${key} answers each kind of caller as its rule says`, async () => {
      const [method, path] = key.split(' ') as [InjectOptions['method'], string];
      const results: string[] = [];
      for (const persona of personas) {
        const built = await spec.build(fixture, persona);
        const res = await ctx.app.inject({
          method,
          url: path,
          ...built,
          headers: { ...(built.headers ?? {}), ...(await headersFor(persona)) },
        });
        const want = outcome(spec.expected, persona);
        const ok =
          want === 'allowed'
            ? ![401, 403, 500].includes(res.statusCode) && !(res.statusCode === 404 && spec.expected !== 'public')
            : res.statusCode === want;
        if (!ok) results.push(`${persona}: wanted ${want}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400) {
          const body = res.json() as { error?: { code?: string; message?: string } };
          if (!body.error?.code || !body.error.message) results.push(`${persona}: ${res.statusCode} without the error shape`);
        }
      }
      expect(results).toEqual([]);
    });
  }
});
