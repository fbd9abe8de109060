import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptAgreement, createAgreement } from '#server/modules/agreements/agreements.service.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { removeMember } from '#server/modules/members/members.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { createToken } from '#server/modules/tokens/tokens.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';
import { feedEvents, followUpDates, isOwnActivity, MAX_EVENTS, swedishDateRange } from './calendar.content.js';
import type { ActivityRow, PlanRow } from '#server/modules/plans/plans.repo.js';

const PUBLIC_URL = 'https://samverkan.example.se';
/** "Today" for every test: 10 March 2025 in Sweden. The feed then covers 2025-03-03 … 2026-04-14. */
const NOW = new Date('2025-03-10T09:00:00Z');

interface CreatedFeed {
  feed: { id: string; name: string; personal: boolean; owner: { id: string } | null; lastUsedAt: string | null; revokedAt: string | null };
  url: string;
}

interface Parsed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
}

function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const prop = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name);
const text = (c: ICAL.Component, name: string) => String(prop(c, name));
const date = (c: ICAL.Component, name: string) => (prop(c, name) as ICAL.Time).toString();
const summaries = (p: Parsed) => p.events.map((e) => text(e, 'summary'));

describe('calendar feeds', () => {
  const ctx = useTestApp({ PUBLIC_URL });
  const actor = systemActor('test');
  let cid: string;
  let otherCid: string;
  let kommunName: string;
  let admin: Client;
  let police: Client;
  let policeUserId: string;
  let kommunMember: Client;
  let unaffiliated: Client;
  let trafficId: string;
  let walkId: string;
  let agreementId: string;
  let planId: string;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const db = ctx.database.db;
    const a = await buildCollaboration(db, { name: 'Norsjö' });
    const b = await buildCollaboration(db, { name: 'Annan', municipalityCode: '0180' });
    cid = a.collaboration.id;
    otherCid = b.collaboration.id;
    kommunName = a.kommun.name;
    admin = await signIn(ctx.app, (await buildMember(db, cid, 'admin')).email);
    const policeUser = await buildMember(db, cid, 'viewer', a.lpo.id);
    policeUserId = policeUser.id;
    police = await signIn(ctx.app, policeUser.email);
    kommunMember = await signIn(ctx.app, (await buildMember(db, cid, 'contributor', a.kommun.id)).email);
    unaffiliated = await signIn(ctx.app, (await buildMember(db, cid, 'coordinator')).email);

    const plan = await createPlan(db, actor, cid, {
      kind: 'genomforandeplan',
      title: 'Åtgärdsplan 2025–2026',
      periodStart: '2025-01-01',
      periodEnd: '2026-12-31',
      adoptedByGroupId: null,
      adoptedOn: null,
      shiftsPerWeek: null,
    });
    planId = plan.id;
    trafficId = (
      await createActivity(db, actor, cid, plan.id, { what: 'Trafikkontroller', whenText: 'Minst 10 per månad', responsible: 'Polisen', responsibleOrganisationId: a.lpo.id })
    ).id;
    // Named in the "Ansvarig" text only, in other letter case.
    walkId = (
      await createActivity(db, actor, cid, plan.id, { what: 'Trygghetsvandring', whenText: '1 gång per kvartal', responsible: `${kommunName.toUpperCase()}, fritidsgården` })
    ).id;
    await createActivity(db, actor, cid, plan.id, { what: 'Orossamtal', whenText: 'Vid behov', responsible: 'Polisen', responsibleOrganisationId: a.lpo.id });
    const summer = { kind: 'handlingsplan' as const, title: 'Sommarplan', periodStart: '2025-01-01', periodEnd: '2025-06-30', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null };
    await createPlan(db, actor, cid, summer);
    const old = await createPlan(db, actor, cid, { ...summer, title: 'Gammal plan', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    await createActivity(db, actor, cid, old.id, { what: 'Gammal aktivitet', whenText: '1 gång per månad' });

    const asOf = '2025-03-10';
    const fixed = await createAgreement(db, actor, cid, { kind: 'samverkansavtal', title: 'Samverkansavtal Norsjö', content: { validity: { kind: 'fixed', from: '2023-01-01', to: '2025-12-31' } } }, asOf);
    agreementId = fixed.id;
    await adoptAgreement(db, actor, cid, fixed.id, fixed.version, { adoptedOn: '2023-01-01' }, asOf);
    const open = await createAgreement(db, actor, cid, { kind: 'samverkansoverenskommelse', title: 'Tillsvidareavtal', content: { validity: { kind: 'open-ended', from: '2024-01-01' } } }, asOf);
    await adoptAgreement(db, actor, cid, open.id, open.version, { adoptedOn: '2024-01-01' }, asOf);
    await createAgreement(db, actor, cid, { kind: 'samverkansavtal', title: 'Utkastet', content: { validity: { kind: 'fixed', from: '2025-01-01', to: '2025-09-30' } } }, asOf);

    // Another collaboration with its own plan and agreement: none of it may show in A's feeds.
    const otherPlan = await createPlan(db, actor, otherCid, { ...summer, title: 'Hemlig plan B', periodEnd: '2026-12-31' });
    await createActivity(db, actor, otherCid, otherPlan.id, { what: 'Hemlig aktivitet B', whenText: '1 gång per månad' });
    const otherAgreement = await createAgreement(db, actor, otherCid, { kind: 'samverkansavtal', title: 'Hemligt avtal B', content: { validity: { kind: 'fixed', from: '2024-01-01', to: '2025-10-31' } } }, asOf);
    await adoptAgreement(db, actor, otherCid, otherAgreement.id, otherAgreement.version, { adoptedOn: '2024-01-01' }, asOf);
  });

  beforeEach(() => {
    vi.setSystemTime(NOW);
  });

  afterAll(() => {
    vi.useRealTimers();
  });

  const base = () => `/api/collaborations/${cid}/calendar-feeds`;

  async function create(client: Client, body: { name: string; personal: boolean }): Promise<CreatedFeed> {
    const res = await client.request({ method: 'POST', url: base(), payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CreatedFeed;
  }

  /** Fetches a feed anonymously, as a calendar client does. */
  const fetchFeed = (url: string) => ctx.app.inject({ method: 'GET', url: new URL(url).pathname });

  async function fetchParsed(url: string): Promise<Parsed> {
    const res = await fetchFeed(url);
    expect(res.statusCode, res.body).toBe(200);
    return parse(res.body);
  }

  it('serves the collaboration feed as iCalendar that a real parser reads, with stable UIDs', async () => {
    const { feed, url } = await create(admin, { name: 'Samverkans kalender', personal: false });
    expect(feed).toMatchObject({ name: 'Samverkans kalender', personal: false, owner: null, lastUsedAt: null, revokedAt: null });
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/api/calendar/[\\w-]{43}\\.ics$`));

    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=900');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Lines end in CRLF and are folded at 75 octets (RFC 5545 3.1).
    for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const first = parse(res.body);
    const cal = first.calendar;
    expect(cal.name).toBe('vcalendar');
    expect(text(cal, 'version')).toBe('2.0');
    expect(text(cal, 'prodid')).toBe('-//Samverkan//Kalender//SV');
    expect(text(cal, 'calscale')).toBe('GREGORIAN');
    expect(text(cal, 'method')).toBe('PUBLISH');
    expect(text(cal, 'x-wr-calname')).toBe('Norsjö: Samverkans kalender');
    expect(text(cal, 'x-wr-timezone')).toBe('Europe/Stockholm');
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz).not.toBeNull();
    expect(text(tz as ICAL.Component, 'tzid')).toBe('Europe/Stockholm');
    // The VTIMEZONE is a working zone: 1 July is summer time (+02:00), 1 January winter time (+01:00).
    const zone = new ICAL.Timezone(tz as ICAL.Component);
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2025-07-01T12:00:00'))).toBe(7200);
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2025-01-01T12:00:00'))).toBe(3600);

    // 13 month windows (March 2025 – March 2026), 5 quarters, follow-ups on 2025-06-30 and 2026-01-31, one agreement end.
    expect(first.events).toHaveLength(13 + 5 + 2 + 1);
    for (const e of first.events) {
      const stamp = prop(e, 'dtstamp') as ICAL.Time;
      expect(stamp.zone?.tzid).toBe('UTC');
      expect((prop(e, 'dtstart') as ICAL.Time).isDate).toBe(true);
      expect((prop(e, 'dtend') as ICAL.Time).isDate).toBe(true);
      expect(text(e, 'uid')).toMatch(/@samverkan$/);
      expect(text(e, 'summary')).not.toBe('');
      expect(text(e, 'description')).not.toBe('');
      expect(text(e, 'url')).toMatch(new RegExp(`^${PUBLIC_URL}/samverkan/${cid}`));
      expect(text(e, 'transp')).toBe('TRANSPARENT');
    }
    const uids = first.events.map((e) => text(e, 'uid'));
    expect(new Set(uids).size).toBe(uids.length);

    const march = first.events.find((e) => text(e, 'uid') === `${trafficId}-2025-03-31@samverkan`);
    expect(march).toBeDefined();
    const m = march as ICAL.Component;
    expect(text(m, 'summary')).toBe('Trafikkontroller: minst 10 per månad — mål för perioden 1–31 mars');
    expect(date(m, 'dtstart')).toBe('2025-03-31');
    expect(date(m, 'dtend')).toBe('2025-04-01');
    expect(text(m, 'url')).toBe(`${PUBLIC_URL}/samverkan/${cid}/aktiviteter/${trafficId}`);
    const description = text(m, 'description');
    expect(description).toContain('Mål för perioden 1–31 mars: 10 (minst 10 per månad).');
    expect(description).toContain('Plan: Åtgärdsplan 2025–2026');
    expect(description).toContain('Ansvarig: Polisen');
    expect(description).toContain(`${PUBLIC_URL}/samverkan/${cid}/aktiviteter/${trafficId}`);
    expect(first.events.some((e) => text(e, 'uid') === `${trafficId}-2025-02-28@samverkan`)).toBe(false); // before the range
    expect(first.events.some((e) => text(e, 'uid') === `${trafficId}-2026-04-30@samverkan`)).toBe(false); // after it

    const quarter = first.events.find((e) => text(e, 'uid') === `${walkId}-2025-06-30@samverkan`) as ICAL.Component;
    expect(text(quarter, 'summary')).toBe('Trygghetsvandring: 1 gång per kvartal — mål för perioden 1 april – 30 juni');
    expect(date(quarter, 'dtstart')).toBe('2025-06-30');

    const followUps = first.events.filter((e) => text(e, 'summary').startsWith('Årlig uppföljning till styrgruppen: '));
    expect(followUps.map((e) => [text(e, 'summary'), date(e, 'dtstart')])).toEqual([
      ['Årlig uppföljning till styrgruppen: Sommarplan', '2025-06-30'],
      ['Årlig uppföljning till styrgruppen: Åtgärdsplan 2025–2026', '2026-01-31'],
    ]);
    expect(text(followUps[1] as ICAL.Component, 'url')).toBe(`${PUBLIC_URL}/samverkan/${cid}/planer/${planId}/uppfoljning`);

    const ending = first.events.find((e) => text(e, 'summary') === 'Avtalet Samverkansavtal Norsjö löper ut') as ICAL.Component;
    expect(text(ending, 'uid')).toBe(`avtal-${agreementId}-2025-12-31@samverkan`);
    expect(date(ending, 'dtstart')).toBe('2025-12-31');
    expect(text(ending, 'url')).toBe(`${PUBLIC_URL}/samverkan/${cid}/avtal/${agreementId}`);
    const alarm = ending.getFirstSubcomponent('valarm') as ICAL.Component;
    expect(text(alarm, 'action')).toBe('DISPLAY');
    expect((prop(alarm, 'trigger') as ICAL.Duration).toSeconds()).toBe(-30 * 24 * 60 * 60);

    // Nothing without windows, nothing outside the range, no drafts, nothing of the other collaboration.
    const all = res.body;
    for (const absent of ['Orossamtal', 'Gammal', 'Tillsvidareavtal', 'Utkastet', 'Hemlig', otherCid]) expect(all).not.toContain(absent);

    // A second fetch, later the same day: the same events under the same UIDs.
    vi.setSystemTime(new Date(NOW.getTime() + 60 * 60 * 1000));
    const second = await fetchParsed(url);
    expect(second.events.map((e) => text(e, 'uid'))).toEqual(uids);
    expect(summaries(second)).toEqual(summaries(first));

    const listed = (await admin.request({ method: 'GET', url: base() })).json() as CreatedFeed['feed'][];
    const stored = listed.find((f) => f.id === feed.id);
    expect(stored?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(new URL(url).pathname.split('/').pop()?.replace('.ics', ''));
  });

  it('gives a personal feed only the activities of the member’s organisation, and every deadline', async () => {
    const deadlines = ['Årlig uppföljning till styrgruppen: Sommarplan', 'Årlig uppföljning till styrgruppen: Åtgärdsplan 2025–2026', 'Avtalet Samverkansavtal Norsjö löper ut'];

    const policeFeed = await create(police, { name: 'Mina aktiviteter', personal: true });
    expect(policeFeed.feed).toMatchObject({ personal: true, owner: { id: policeUserId } });
    const p = await fetchParsed(policeFeed.url);
    expect(p.events).toHaveLength(13 + 3);
    expect(summaries(p).filter((s) => s.startsWith('Trafikkontroller'))).toHaveLength(13);
    expect(summaries(p).some((s) => s.startsWith('Trygghetsvandring'))).toBe(false);
    for (const d of deadlines) expect(summaries(p)).toContain(d);

    const k = await fetchParsed((await create(kommunMember, { name: 'Kommunens', personal: true })).url);
    expect(k.events).toHaveLength(5 + 3);
    expect(summaries(k).filter((s) => s.startsWith('Trygghetsvandring'))).toHaveLength(5);
    expect(summaries(k).some((s) => s.startsWith('Trafikkontroller'))).toBe(false);

    const none = await fetchParsed((await create(unaffiliated, { name: 'Utan organisation', personal: true })).url);
    expect(summaries(none).sort()).toEqual([...deadlines].sort());
  });

  it('lets members manage only their own personal feeds; the collaboration feed is for admins', async () => {
    const own = await create(police, { name: 'Polisens flöde', personal: true });
    const shared = await create(admin, { name: 'Gemensamt', personal: false });

    const denied = await police.request({ method: 'POST', url: base(), payload: { name: 'Gemensamt 2', personal: false } });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });

    const seenByPolice = (await police.request({ method: 'GET', url: base() })).json() as CreatedFeed['feed'][];
    expect(seenByPolice.length).toBeGreaterThan(0);
    expect(seenByPolice.every((f) => f.personal && f.owner?.id === policeUserId)).toBe(true);
    const seenByAdmin = (await admin.request({ method: 'GET', url: base() })).json() as CreatedFeed['feed'][];
    expect(seenByAdmin.map((f) => f.id)).toEqual(expect.arrayContaining([own.feed.id, shared.feed.id]));

    // Someone else's feed looks like no feed at all.
    expect((await kommunMember.request({ method: 'DELETE', url: `${base()}/${own.feed.id}` })).statusCode).toBe(404);
    expect((await police.request({ method: 'DELETE', url: `${base()}/${shared.feed.id}` })).statusCode).toBe(404);

    expect((await police.request({ method: 'DELETE', url: `${base()}/${own.feed.id}` })).statusCode).toBe(204);
    expect((await police.request({ method: 'DELETE', url: `${base()}/${own.feed.id}` })).statusCode).toBe(409);
    expect((await admin.request({ method: 'DELETE', url: `${base()}/${shared.feed.id}` })).statusCode).toBe(204);

    // An API token is no person: it may list (nothing of its own) but not create.
    const { secret } = await createToken(ctx.database.db, actor, cid, { name: 'Integration', scope: 'write' });
    const bearer = { authorization: `Bearer ${secret}` };
    const listed = await ctx.app.inject({ method: 'GET', url: base(), headers: bearer });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([]);
    expect((await ctx.app.inject({ method: 'POST', url: base(), headers: bearer, payload: { name: 'Flöde', personal: true } })).statusCode).toBe(403);

    const audit = (await admin.request({ method: 'GET', url: `/api/collaborations/${cid}/audit`, query: { entityType: 'calendar-feed' } })).json() as {
      events: { action: string; entityId: string; after: Record<string, unknown> | null }[];
    };
    const actions = audit.events.filter((e) => e.entityId === own.feed.id || e.entityId === shared.feed.id).map((e) => e.action);
    expect(actions.sort()).toEqual(['create', 'create', 'revoke', 'revoke']);
    expect(JSON.stringify(audit.events)).not.toMatch(/tokenHash|\/api\/calendar\//);
  });

  it('answers 404 with the error shape for revoked, unknown and orphaned feeds, never saying which', async () => {
    const feed = await create(admin, { name: 'Att återkalla', personal: false });
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);
    expect((await admin.request({ method: 'DELETE', url: `${base()}/${feed.feed.id}` })).statusCode).toBe(204);
    const revoked = await fetchFeed(feed.url);
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/calendar/finns-inte-alls.ics' });
    const tampered = await ctx.app.inject({ method: 'GET', url: new URL(feed.url).pathname.replace(/.\.ics$/, 'x.ics') });

    const leaver = await buildMember(ctx.database.db, cid, 'viewer');
    const leaverFeed = await create(await signIn(ctx.app, leaver.email), { name: 'Min kalender', personal: true });
    expect((await fetchFeed(leaverFeed.url)).statusCode).toBe(200);
    await removeMember(ctx.database.db, actor, cid, leaver.id);
    const orphaned = await fetchFeed(leaverFeed.url);

    const bodies = [revoked, unknown, tampered, orphaned].map((res) => {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBe('no-store');
      return res.json() as { error: { code: string; message: string } };
    });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]).toEqual({ error: { code: 'NOT_FOUND', message: 'Kalenderflödet finns inte eller så saknar du behörighet.' } });
  });

  it('keeps a feed of another collaboration out of reach of outsiders', async () => {
    const outsider = await signIn(ctx.app, (await buildMember(ctx.database.db, otherCid, 'admin')).email);
    expect((await outsider.request({ method: 'GET', url: base() })).statusCode).toBe(404);
    const theirs = await outsider.request({ method: 'POST', url: `/api/collaborations/${otherCid}/calendar-feeds`, payload: { name: 'B:s kalender', personal: false } });
    const b = await fetchParsed((theirs.json() as CreatedFeed).url);
    expect(summaries(b).some((s) => s.startsWith('Hemlig aktivitet B'))).toBe(true);
    expect(summaries(b).some((s) => /Trafikkontroller|Trygghetsvandring|Norsjö|Åtgärdsplan/.test(s))).toBe(false);
  });
});

describe('calendar content rules', () => {
  const plan = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd });
  const range = { start: '2000-01-01', end: '2100-12-31' };

  it('places the yearly follow-up on 31 January after a year of the plan, and on the period end', () => {
    expect(followUpDates(plan('2025-01-01', '2026-12-31'), range)).toEqual(['2026-01-31', '2026-12-31']);
    expect(followUpDates(plan('2024-03-01', '2026-01-31'), range)).toEqual(['2025-01-31', '2026-01-31']);
    expect(followUpDates(plan('2025-01-01', '2025-12-31'), range)).toEqual(['2025-12-31']);
    expect(followUpDates(plan('2025-01-01', '2027-12-31'), { start: '2026-02-01', end: '2027-06-30' })).toEqual(['2027-01-31']);
  });

  it('matches a personal feed by organisation id or by the organisation’s name in "Ansvarig"', () => {
    const scope = { organisationId: 'org-1', organisationName: 'Norsjö kommun' };
    expect(isOwnActivity({ responsible: '', responsibleOrganisationId: 'org-1' }, scope)).toBe(true);
    expect(isOwnActivity({ responsible: 'NORSJÖ KOMMUN – fritid', responsibleOrganisationId: null }, scope)).toBe(true);
    expect(isOwnActivity({ responsible: 'Kommunen', responsibleOrganisationId: 'org-2' }, scope)).toBe(false);
    expect(isOwnActivity({ responsible: 'Norsjö kommun', responsibleOrganisationId: null }, { organisationId: null, organisationName: null })).toBe(false);
  });

  it('writes Swedish date ranges', () => {
    expect(swedishDateRange('2025-03-01', '2025-03-31')).toBe('1–31 mars');
    expect(swedishDateRange('2025-04-01', '2025-06-30')).toBe('1 april – 30 juni');
    expect(swedishDateRange('2025-12-29', '2026-01-04')).toBe('29 december 2025 – 4 januari 2026');
    expect(swedishDateRange('2025-05-05', '2025-05-05')).toBe('5 maj');
  });

  it('keeps every deadline and the nearest windows when a feed would exceed the bound', () => {
    const p = { id: 'p1', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2026-12-31', shiftsPerWeek: null } as PlanRow;
    const daily = (id: string) =>
      ({ id, planId: 'p1', what: `Daglig ${id}`, whenText: '1 gång per dag', frequency: null, responsible: '', responsibleOrganisationId: null, startDate: null, endDate: null }) as unknown as ActivityRow;
    const events = feedEvents({
      collaborationId: 'c1',
      origin: 'https://x.se',
      today: '2025-03-10',
      plans: [p],
      activities: [daily('a1'), daily('a2')],
      organisationNames: new Map(),
      agreements: [{ id: 'ag', title: 'Avtal', validTo: '2026-04-01', renews: false, statusText: 'Gällande' }],
      personal: null,
    });
    expect(events).toHaveLength(MAX_EVENTS);
    expect(events.filter((e) => e.kind === 'deadline').map((e) => e.date)).toEqual(['2026-01-31', '2026-04-01']);
    const windows = events.filter((e) => e.kind === 'activity');
    expect(windows[0]?.date).toBe('2025-03-03');
    expect(windows.at(-1)?.date).toBe(addDaysText('2025-03-03', Math.ceil(windows.length / 2) - 1));
  });
});

function addDaysText(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
