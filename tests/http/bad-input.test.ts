import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { addAttachment, createLog } from '#server/modules/activity-log/activity-log.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, signIn, type Client } from '#tests/factories.js';

/**
 * Malformed JSON, wrong types, unknown fields, oversize bodies and bad ids on every write route:
 * always 400/404/413/415/428 with the error shape, never a 500, and nothing changes.
 */
describe('bad input on every write route', () => {
  const ctx = useTestApp();
  let admin: Client;
  let ids: Record<'collaborationId' | 'userId' | 'organisationId' | 'planId' | 'activityId' | 'focusAreaId' | 'logId' | 'attachmentId', string>;

  beforeAll(async () => {
    const db = ctx.database.db;
    const { collaboration, lpo } = await buildCollaboration(db);
    const sys = await buildUser(db, { isSystemAdmin: true });
    await buildMember(db, collaboration.id, 'admin');
    const member = await buildMember(db, collaboration.id, 'viewer');
    admin = await signIn(ctx.app, sys.email);
    const actor = systemActor('test');
    const focus = await createFocusArea(db, actor, collaboration.id, { name: 'Fokus', description: '' });
    const plan = await createPlan(db, actor, collaboration.id, { kind: 'handlingsplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const activity = await createActivity(db, actor, collaboration.id, plan.id, { what: 'Aktivitet', whenText: 'Vid behov' });
    const viewer = { userId: sys.id, role: 'admin' as const, organisationId: null };
    const log = await createLog(db, actor, viewer, collaboration.id, activity.id, { occurredOn: '2025-02-01', count: 1, place: '', latitude: null, longitude: null, participants: [], note: '', restricted: false });
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
    const attachment = await addAttachment(db, actor, viewer, collaboration.id, log.id, { filename: 'a.pdf', contentType: 'application/pdf', data: pdf, restricted: false });
    ids = {
      collaborationId: collaboration.id,
      userId: member.id,
      organisationId: lpo.id,
      planId: plan.id,
      activityId: activity.id,
      focusAreaId: focus.id,
      logId: log.id,
      attachmentId: attachment.id,
    };
  });

  const writeRoutes = () =>
    ctx.app.routeTable
      .filter((r) => r.method !== 'GET')
      // Signing out and rate-limited sign-in are exercised in the session tests.
      .filter((r) => !(r.url === '/api/session' && r.method === 'DELETE'));

  /** Routes that take a body (DELETE takes none, and is covered by the bad-id test). */
  const bodyRoutes = () => writeRoutes().filter((r) => r.method !== 'DELETE');

  function fill(url: string, bad?: string): string {
    return url
      .replace(/:(\w+)/g, (_m, name: string) => bad ?? (ids as Record<string, string>)[name] ?? '00000000-0000-4000-8000-000000000000');
  }

  async function fingerprint(): Promise<string> {
    const rows = await queryRows(ctx.database.db, sql`
      select (select count(*) from audit_events) as audit, (select count(*) from users) as users,
             (select count(*) from memberships) as members, (select count(*) from organisations) as orgs,
             (select count(*) from collaborations) as collabs, (select count(*) from collaboration_parties) as parties,
             (select count(*) from api_tokens) as tokens, (select count(*) from focus_areas) as focus,
             (select string_agg(id || ':' || version, ',' order by id) from plans) as plans,
             (select string_agg(id || ':' || version, ',' order by id) from activities) as activities,
             (select string_agg(id || ':' || version, ',' order by id) from activity_logs) as logs,
             (select count(*) from attachments) as attachments,
             (select string_agg(name || ':' || version, ',' order by id) from collaborations) as collab_versions,
             (select string_agg(role || ':' || version, ',' order by user_id) from memberships) as member_versions`);
    return JSON.stringify(rows);
  }

  async function send(opts: InjectOptions) {
    const res = await admin.request({ ...opts, headers: { ...(opts.headers ?? {}), 'if-match': '"v1"' } });
    return res;
  }

  function expectClientError(res: Awaited<ReturnType<typeof send>>, allowed: number[]) {
    expect(allowed, `${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
    const body = res.json() as { error?: { code?: string; message?: string } };
    expect(typeof body.error?.code).toBe('string');
    expect(body.error?.message?.length).toBeGreaterThan(0);
  }

  // Bodies that are valid JSON but can never be a valid input: wrong types everywhere, and an unknown field.
  const wrongBody = fc.oneof(
    fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((d) => ({ ...d, ['okänt_fält_' + Object.keys(d).length]: 1 })),
  );

  // Every write route × many generated inputs: minutes on a busy two-core machine, so these get their own limit.
  const SLOW = { timeout: 300_000 };

  it('wrong types and unknown fields → 400 with field details, nothing changed', SLOW, async () => {
    const before = await fingerprint();
    for (const route of bodyRoutes()) {
      await fc.assert(
        fc.asyncProperty(wrongBody, async (body) => {
          const res = await send({
            method: route.method as InjectOptions['method'],
            url: fill(route.url),
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          // Uploads (attachments, plan import) take a raw file: a JSON body there is refused too.
          expectClientError(res, /\/(attachments|import)$/.test(route.url) ? [400, 415] : [400]);
        }),
        { numRuns: 25 },
      );
    }
    expect(await fingerprint()).toBe(before);
  });

  it('malformed JSON and wrong content types → 400/415, nothing changed', SLOW, async () => {
    const before = await fingerprint();
    const garbage = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    });
    for (const route of bodyRoutes()) {
      await fc.assert(
        fc.asyncProperty(garbage, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (raw, type) => {
          const res = await send({ method: route.method as InjectOptions['method'], url: fill(route.url), payload: raw, headers: { 'content-type': type } });
          expectClientError(res, [400, 415]);
        }),
        { numRuns: 15 },
      );
    }
    expect(await fingerprint()).toBe(before);
  });

  /** Uploads with larger limits (documents 20 MB, streamed data files 512 MB), tested in their own modules; here they must still refuse. */
  const largeUploads = new Set(['/api/collaborations/:collaborationId/document-imports', '/api/collaborations/:collaborationId/data-imports']);

  it('oversize bodies → 413', SLOW, async () => {
    const before = await fingerprint();
    // Larger than every other route's limit (1 MB for JSON, 10 MB for attachments).
    const huge = JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024 + 10) });
    for (const route of writeRoutes()) {
      const res = await send({ method: route.method as InjectOptions['method'], url: fill(route.url), payload: huge, headers: { 'content-type': 'application/json' } });
      expectClientError(res, largeUploads.has(route.url) ? [400, 413] : [413]);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('bad ids in the path → 404 (or 400 for a malformed id in a body-less check), never 500', SLOW, async () => {
    const before = await fingerprint();
    const badId = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-zA-Z0-9%._~-]{1,40}$/));
    const scoped = writeRoutes().filter((r) => r.url.includes(':'));
    for (const route of scoped) {
      await fc.assert(
        fc.asyncProperty(badId, async (id) => {
          const res = await send({ method: route.method as InjectOptions['method'], url: fill(route.url, encodeURIComponent(id)), payload: {} });
          expectClientError(res, [400, 404]);
        }),
        { numRuns: 20 },
      );
    }
    expect(await fingerprint()).toBe(before);
  });
});
