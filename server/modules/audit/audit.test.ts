import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn } from '#tests/factories.js';

interface AuditPage {
  events: { id: number; action: string; entityType: string; before: unknown; after: unknown }[];
  nextBefore: number | null;
}

describe('audit trail', () => {
  const ctx = useTestApp();

  it('records before and after of every write, filters and pages', async () => {
    const db = ctx.database.db;
    const { collaboration } = await buildCollaboration(db, { name: 'Före' });
    const admin = await buildMember(db, collaboration.id, 'admin');
    const client = await signIn(ctx.app, admin.email);
    const base = `/api/collaborations/${collaboration.id}`;
    await client.request({ method: 'PATCH', url: base, headers: { 'if-match': '"v1"' }, payload: { name: 'Efter' } });
    for (let i = 0; i < 3; i++) await client.request({ method: 'POST', url: `${base}/members`, payload: { email: `m${i}@test.se`, role: 'viewer' } });

    const updates = (await client.request({ method: 'GET', url: `${base}/audit`, query: { entityType: 'collaboration', action: 'update' } })).json() as AuditPage;
    expect(updates.events).toHaveLength(1);
    expect(updates.events[0]).toMatchObject({ before: { name: 'Före' }, after: { name: 'Efter' } });

    const page1 = (await client.request({ method: 'GET', url: `${base}/audit`, query: { entityType: 'member', limit: '2' } })).json() as AuditPage;
    expect(page1.events).toHaveLength(2);
    expect(page1.nextBefore).not.toBeNull();
    const page2 = (await client.request({ method: 'GET', url: `${base}/audit`, query: { entityType: 'member', limit: '2', before: String(page1.nextBefore) } })).json() as AuditPage;
    const ids = [...page1.events, ...page2.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(4); // the admin's own membership and the three added

    const future = (await client.request({ method: 'GET', url: `${base}/audit`, query: { from: '2999-01-01' } })).json() as AuditPage;
    expect(future.events).toEqual([]);
  });

  it('is append-only, even for SQL that bypasses the API', async () => {
    const db = ctx.database.db;
    await buildCollaboration(db);
    await expect(db.execute(sql`update audit_events set actor_label = 'någon annan'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where actor_label = 'någon annan'`);
    expect(row?.n).toBe(0);
  });
});
