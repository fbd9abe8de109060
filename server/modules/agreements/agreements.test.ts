import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, signIn, type Client } from '#tests/factories.js';

interface Status {
  status: string;
  label: { sv: string; en: string };
  text: { sv: string; en: string };
  asOf: string;
  validFrom: string | null;
  validTo: string | null;
  daysLeft: number | null;
  started: boolean;
  renews: boolean;
}

interface Agreement {
  id: string;
  kind: string;
  title: string;
  currentVersion: number;
  adopted: boolean;
  terminatedOn: string | null;
  adoptedVersion: { number: number; adoptedOn: string } | null;
  validity: Record<string, unknown> | null;
  validityText: { sv: string; en: string } | null;
  status: Status;
  content: {
    metadata: Record<string, string | null>;
    parties: string[];
    sections: Record<string, string>;
    commitments: { partyId: string | null; text: string }[];
    focusAreaIds: string[];
    signatories: { name: string; title: string; organisation: string; organisationId: string | null; place: string; date: string | null }[];
    validity: Record<string, unknown> | null;
    noticeMonths: number;
  };
  version: number;
}

interface Change {
  kind: string;
  field: string;
  before?: unknown;
  after?: unknown;
  added?: string[];
  removed?: string[];
  lines?: { op: string; text: string }[];
  items?: { op: string; commitment?: { partyId: string | null; text: string } }[];
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const etag = (a: { version: number }) => `"v${a.version}"`;

// From seed 000 (Norsjö 2024).
const norsjoSections = {
  inledning:
    'Norsjö kommun och lokalpolisområde Skellefteå (Lpo Skellefteå) är överens om att samverka i det brottsförebyggande och trygghetsskapande arbetet.',
  syfte: 'Samverkansmodellen bygger således på:\n\n- Skapande av gemensam lägesbild\n- Framtagande av medborgarlöfte\n- Uppföljning av resultaten',
  kommunikation: 'En gemensam kommunikationsplan kommer att tas fram till den årliga aktivitetsplanen.',
  uppfoljning:
    'Kommunpolis och kommunens Folkhälsostrateg presenterar årligen en åtgärdsplan.\n\nI början på varje år redovisas en uppföljning av åtgärdsplanen för Folkhälso- och trygghetsrådet.',
};

describe('agreements', () => {
  const ctx = useTestApp();

  async function setup() {
    const db = ctx.database.db;
    const { collaboration, kommun, lpo } = await buildCollaboration(db);
    const coordinator = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'coordinator', kommun.id)).email);
    const admin = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'admin')).email);
    const viewer = await signIn(ctx.app, (await buildMember(db, collaboration.id, 'viewer')).email);
    const base = `/api/collaborations/${collaboration.id}`;
    const focus = async (name: string) => ((await coordinator.request({ method: 'POST', url: `${base}/focus-areas`, payload: { name } })).json() as { id: string }).id;
    return { collaboration, kommun, lpo, coordinator, admin, viewer, base, focus };
  }

  async function create(client: Client, base: string, payload: object): Promise<Agreement> {
    const res = await client.request({ method: 'POST', url: `${base}/agreements`, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Agreement;
  }

  async function adopt(client: Client, base: string, a: Agreement, adoptedOn: string): Promise<Agreement> {
    const res = await client.request({ method: 'POST', url: `${base}/agreements/${a.id}/adopt`, headers: { 'if-match': etag(a) }, payload: { adoptedOn } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Agreement;
  }

  async function statusOn(client: Client, base: string, id: string, asOf: string): Promise<Status> {
    const res = await client.request({ method: 'GET', url: `${base}/agreements/${id}?asOf=${asOf}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as Agreement).status;
  }

  it('create → edit the draft → adopt → revise → adopt v2, keeping every version and showing the differences', async () => {
    const { kommun, lpo, coordinator, admin, viewer, base, focus } = await setup();
    const narkotika = await focus('Insatser mot narkotika');
    const trafik = await focus('Trafik');

    // Create a draft.
    const created = await create(coordinator, base, {
      kind: 'samverkansavtal',
      title: 'Samverkansavtal Norsjö kommun och Lokalpolisområde Skellefteå',
      content: {
        metadata: { documentType: 'Samverkansavtal', preparedBy: 'Mari-Louise Skogh', adoptedOn: '2024-01-16', diarienummer: 'KS-00080' },
        parties: [kommun.id, lpo.id],
        sections: norsjoSections,
        commitments: [
          { partyId: lpo.id, text: 'Polisen i Lpo Skellefteå bidrar med resurser i form av avsatt tid och personal.' },
          { partyId: kommun.id, text: 'Norsjö kommun ska tillse att det finns en tjänsteperson som ansvarar för det lokala brottsförebyggande arbetet.' },
          { text: 'Bägge parter ska följa samverkansprocessen' },
        ],
        focusAreaIds: [narkotika, trafik],
        signatories: [
          { name: 'Mikael Lindfors', title: 'Kommunalråd', organisation: 'Norsjö kommun', organisationId: kommun.id },
          { name: 'Lars Westermark', title: 'Lokalpolisområdeschef', organisation: 'Lokalpolisområde Skellefteå', organisationId: lpo.id },
        ],
        validity: { kind: 'open-ended', from: '2024-01-16' },
      },
    });
    expect(created).toMatchObject({ kind: 'samverkansavtal', currentVersion: 1, adopted: false, terminatedOn: null, adoptedVersion: null, version: 1 });
    expect(created.status).toMatchObject({ status: 'utkast', label: { sv: 'Utkast', en: 'Draft' }, validTo: null });
    expect(created.validityText?.sv).toBe('Tillsvidare från 2024-01-16');
    expect(created.content.metadata).toMatchObject({ documentType: 'Samverkansavtal', diarienummer: 'KS-00080', documentOwner: '', lastRevisedOn: null });
    expect(created.content.sections).toMatchObject({ ...norsjoSections, mal: '', organisation: '' });
    expect(created.content.commitments[2]).toEqual({ partyId: null, text: 'Bägge parter ska följa samverkansprocessen' });
    expect(created.content.signatories[0]).toEqual({ name: 'Mikael Lindfors', title: 'Kommunalråd', organisation: 'Norsjö kommun', organisationId: kommun.id, place: '', date: null });

    const got = await viewer.request({ method: 'GET', url: `${base}/agreements/${created.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v1"');

    // Edit the draft: only the keys given change.
    const edited = await coordinator.request({
      method: 'PATCH',
      url: `${base}/agreements/${created.id}`,
      headers: { 'if-match': etag(created) },
      payload: { content: { metadata: { documentOwner: 'Kommunledningskontoret' }, sections: { organisation: 'Folkhälso- och trygghetsrådet följer arbetet.' } } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const draft = edited.json() as Agreement;
    expect(draft.version).toBe(2);
    expect(draft.content.metadata).toMatchObject({ documentOwner: 'Kommunledningskontoret', diarienummer: 'KS-00080' });
    expect(draft.content.sections).toMatchObject({ inledning: norsjoSections.inledning, organisation: 'Folkhälso- och trygghetsrådet följer arbetet.' });

    // Adopt version 1.
    const v1 = await adopt(coordinator, base, draft, '2024-01-16');
    expect(v1).toMatchObject({ adopted: true, currentVersion: 1, adoptedVersion: { number: 1, adoptedOn: '2024-01-16' } });
    expect(v1.status).toMatchObject({ status: 'gallande', validFrom: '2024-01-16', validTo: null, daysLeft: null });

    // An adopted version cannot be edited or adopted again.
    const refused = await coordinator.request({ method: 'PATCH', url: `${base}/agreements/${v1.id}`, headers: { 'if-match': etag(v1) }, payload: { title: 'Nytt namn' } });
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as ErrorBody).error.message).toBe('Revidera för att ändra ett fastställt avtal.');
    expect((await coordinator.request({ method: 'POST', url: `${base}/agreements/${v1.id}/adopt`, headers: { 'if-match': etag(v1) }, payload: { adoptedOn: '2024-02-01' } })).statusCode).toBe(409);

    // Revise: a new draft, version 2, with the adopted text; the agreement stays in force meanwhile.
    const revisedRes = await coordinator.request({ method: 'POST', url: `${base}/agreements/${v1.id}/revise`, headers: { 'if-match': etag(v1) }, payload: {} });
    expect(revisedRes.statusCode, revisedRes.body).toBe(200);
    const revised = revisedRes.json() as Agreement;
    expect(revised).toMatchObject({ currentVersion: 2, adopted: false, adoptedVersion: { number: 1 } });
    expect(revised.status.status).toBe('gallande');
    expect(revised.content).toEqual(v1.content);
    expect((await coordinator.request({ method: 'POST', url: `${base}/agreements/${v1.id}/revise`, headers: { 'if-match': etag(revised) }, payload: {} })).statusCode).toBe(409);

    // Edit the revision.
    const v2draftRes = await coordinator.request({
      method: 'PATCH',
      url: `${base}/agreements/${v1.id}`,
      headers: { 'if-match': etag(revised) },
      payload: {
        content: {
          metadata: { revisedBy: 'Folkhälsostrategen', lastRevisedOn: '2025-02-01' },
          sections: { syfte: 'Samverkansmodellen bygger således på:\n\n- Skapande av gemensam lägesbild\n- Framtagande av medborgarlöfte varje år\n- Uppföljning av resultaten\n- Trygghetsvandringar' },
          commitments: [...v1.content.commitments, { partyId: kommun.id, text: 'Norsjö kommun genomför trygghetsvandringar.' }],
          focusAreaIds: [narkotika],
        },
      },
    });
    expect(v2draftRes.statusCode, v2draftRes.body).toBe(200);
    const v2draft = v2draftRes.json() as Agreement;

    // The draft against the adopted version.
    const draftDiff = await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=1&to=draft` });
    expect(draftDiff.statusCode, draftDiff.body).toBe(200);
    expect(draftDiff.json()).toMatchObject({ from: { number: 1, draft: false, adoptedOn: '2024-01-16' }, to: { number: 2, draft: true, adoptedOn: null } });

    // A revision cannot be dated before the version it replaces.
    const early = await coordinator.request({ method: 'POST', url: `${base}/agreements/${v1.id}/adopt`, headers: { 'if-match': etag(v2draft) }, payload: { adoptedOn: '2023-12-31' } });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'body.adoptedOn' }] } });

    const v2 = await adopt(coordinator, base, v2draft, '2025-02-01');
    expect(v2).toMatchObject({ currentVersion: 2, adopted: true, adoptedVersion: { number: 2, adoptedOn: '2025-02-01' } });

    // Every adopted version is kept.
    const versions = await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/versions` });
    expect(versions.statusCode).toBe(200);
    const list = versions.json() as { number: number; adoptedOn: string; adoptedBy: { displayName: string } | null; title: string }[];
    expect(list.map((v) => [v.number, v.adoptedOn])).toEqual([
      [1, '2024-01-16'],
      [2, '2025-02-01'],
    ]);
    expect(list[0]?.adoptedBy?.displayName).toMatch(/^Testperson/);
    const first = (await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/versions/1` })).json() as Agreement;
    expect(first.content.sections.syfte).toBe(norsjoSections.syfte);
    expect(first.content.focusAreaIds).toEqual([narkotika, trafik]);
    const second = (await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/versions/2` })).json() as Agreement;
    expect(second.content.sections.syfte).toMatch(/Trygghetsvandringar/);
    expect((await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/versions/3` })).statusCode).toBe(404);

    // The differences between v1 and v2: metadata, the section's lines, the commitment added, the focus area removed.
    const diffRes = await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=1&to=2` });
    expect(diffRes.statusCode, diffRes.body).toBe(200);
    const diff = diffRes.json() as { from: { number: number }; to: { number: number; adoptedOn: string }; changes: Change[] };
    expect(diff.to).toMatchObject({ number: 2, draft: false, adoptedOn: '2025-02-01' });
    const byField = new Map(diff.changes.map((c) => [c.field, c]));
    expect([...byField.keys()]).toEqual(['metadata.revisedBy', 'metadata.lastRevisedOn', 'sections.syfte', 'commitments', 'focusAreaIds']);
    expect(byField.get('metadata.revisedBy')).toEqual({ kind: 'value', field: 'metadata.revisedBy', before: '', after: 'Folkhälsostrategen' });
    expect(byField.get('metadata.lastRevisedOn')).toEqual({ kind: 'value', field: 'metadata.lastRevisedOn', before: null, after: '2025-02-01' });
    expect(byField.get('sections.syfte')?.lines).toEqual([
      { op: 'equal', text: 'Samverkansmodellen bygger således på:' },
      { op: 'equal', text: '' },
      { op: 'equal', text: '- Skapande av gemensam lägesbild' },
      { op: 'removed', text: '- Framtagande av medborgarlöfte' },
      { op: 'added', text: '- Framtagande av medborgarlöfte varje år' },
      { op: 'equal', text: '- Uppföljning av resultaten' },
      { op: 'added', text: '- Trygghetsvandringar' },
    ]);
    const commitments = byField.get('commitments')?.items ?? [];
    expect(commitments.filter((i) => i.op !== 'equal')).toEqual([{ op: 'added', commitment: { partyId: kommun.id, text: 'Norsjö kommun genomför trygghetsvandringar.' } }]);
    expect(byField.get('focusAreaIds')).toMatchObject({ kind: 'ids', added: [], removed: [trafik] });

    // The other way round, and a version against itself.
    const back = (await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=2&to=1` })).json() as { changes: Change[] };
    expect(back.changes.find((c) => c.field === 'metadata.revisedBy')).toMatchObject({ before: 'Folkhälsostrategen', after: '' });
    expect(((await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=2&to=2` })).json() as { changes: Change[] }).changes).toEqual([]);
    // No draft now, and unknown versions.
    expect((await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=1&to=draft` })).statusCode).toBe(404);
    expect((await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=1&to=9` })).statusCode).toBe(404);
    const badRef = await viewer.request({ method: 'GET', url: `${base}/agreements/${v1.id}/diff?from=ett&to=2` });
    expect(badRef.statusCode).toBe(400);
    expect(badRef.json()).toMatchObject({ error: { details: [{ field: 'querystring.from' }] } });

    // A viewer may read but not write.
    expect((await viewer.request({ method: 'POST', url: `${base}/agreements/${v1.id}/revise`, headers: { 'if-match': etag(v2) }, payload: {} })).statusCode).toBe(403);

    // Every write is in the audit trail.
    const audit = (await admin.request({ method: 'GET', url: `${base}/audit?entityType=agreement&entityId=${v1.id}` })).json() as { events: { action: string }[] };
    expect(audit.events.map((e) => e.action).reverse()).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
    const adoptions = (await admin.request({ method: 'GET', url: `${base}/audit?entityType=agreement-version` })).json() as { events: { after: { number: number } }[] };
    expect(adoptions.events.map((e) => e.after.number).sort()).toEqual([1, 2]);
  });

  it('computes the status on any date for each kind of validity', async () => {
    const { coordinator, admin, base } = await setup();
    const make = async (title: string, validity: object, adoptedOn: string, noticeMonths = 0) =>
      adopt(coordinator, base, await create(coordinator, base, { kind: 'samverkansoverenskommelse', title, content: { validity, noticeMonths } }), adoptedOn);

    const norsjo2024 = await make('Norsjö 2024', { kind: 'open-ended', from: '2024-01-16' }, '2024-01-16');
    const lulea = await make('Luleå 2020–2023', { kind: 'fixed', from: '2020-01-01', to: '2023-12-31' }, '2020-01-01');
    const norsjo2019 = await make('Norsjö 2019', { kind: 'length', from: '2019-01-01', years: 4 }, '2019-01-01');
    const sandviken = await make('Sandviken', { kind: 'renewing', from: '2015-01-15', firstEnd: '2015-12-31', renewal: 'calendar-year' }, '2015-01-15');
    const draft = await create(coordinator, base, { kind: 'samverkansavtal', title: 'Utkast', content: { validity: { kind: 'open-ended', from: '2026-01-01' } } });

    // Tillsvidare: in force.
    expect(await statusOn(coordinator, base, norsjo2024.id, '2030-06-01')).toMatchObject({ status: 'gallande', validTo: null, text: { sv: 'Gällande tillsvidare' } });
    expect(await statusOn(coordinator, base, norsjo2024.id, '2024-01-15')).toMatchObject({ status: 'gallande', started: false });
    // Fixed 2020–2023: in force, running out, expired in 2024.
    expect(await statusOn(coordinator, base, lulea.id, '2021-01-01')).toMatchObject({ status: 'gallande', validTo: '2023-12-31' });
    expect(await statusOn(coordinator, base, lulea.id, '2023-11-15')).toMatchObject({ status: 'loper-snart-ut', daysLeft: 46, label: { sv: 'Löper snart ut' } });
    expect(await statusOn(coordinator, base, lulea.id, '2024-03-01')).toMatchObject({ status: 'utgangen', validTo: '2023-12-31', daysLeft: null });
    // Four years from 1/1 2019.
    expect(await statusOn(coordinator, base, norsjo2019.id, '2022-12-31')).toMatchObject({ status: 'loper-snart-ut', validTo: '2022-12-31', daysLeft: 0 });
    expect(await statusOn(coordinator, base, norsjo2019.id, '2023-01-01')).toMatchObject({ status: 'utgangen', validTo: '2022-12-31' });
    // Renewed per calendar year across the year end.
    expect(await statusOn(coordinator, base, sandviken.id, '2015-12-31')).toMatchObject({ status: 'gallande', validTo: '2015-12-31', renews: true });
    expect(await statusOn(coordinator, base, sandviken.id, '2016-01-01')).toMatchObject({ status: 'gallande', validTo: '2016-12-31', daysLeft: 365 });

    // The list, as of a day.
    const listed = (await coordinator.request({ method: 'GET', url: `${base}/agreements?asOf=2024-03-01` })).json() as Agreement[];
    expect(Object.fromEntries(listed.map((a) => [a.title, a.status.status]))).toEqual({
      'Luleå 2020–2023': 'utgangen',
      'Norsjö 2019': 'utgangen',
      'Norsjö 2024': 'gallande',
      Sandviken: 'gallande',
      Utkast: 'utkast',
    });
    expect(listed[0]).not.toHaveProperty('content');
    expect(listed.find((a) => a.id === draft.id)?.validity).toEqual({ kind: 'open-ended', from: '2026-01-01' });
    expect((await coordinator.request({ method: 'GET', url: `${base}/agreements?asOf=2024-02-30` })).statusCode).toBe(400);

    // Termination: admins only; a notice during 2018 ends the renewing agreement at that year's end.
    const terminate = (client: Client, a: Agreement, terminatedOn: string) =>
      client.request({ method: 'POST', url: `${base}/agreements/${a.id}/terminate`, headers: { 'if-match': etag(a) }, payload: { terminatedOn } });
    expect((await terminate(coordinator, sandviken, '2018-03-10')).statusCode).toBe(403);
    const ended = await terminate(admin, sandviken, '2018-03-10');
    expect(ended.statusCode, ended.body).toBe(200);
    const terminated = ended.json() as Agreement;
    expect(terminated.terminatedOn).toBe('2018-03-10');
    expect(await statusOn(coordinator, base, sandviken.id, '2018-03-09')).toMatchObject({ status: 'gallande', validTo: '2018-12-31' });
    expect(await statusOn(coordinator, base, sandviken.id, '2018-06-01')).toMatchObject({ status: 'uppsagd', validTo: '2018-12-31', daysLeft: 213, text: { sv: 'Uppsagd, gäller till och med 2018-12-31' } });
    expect(await statusOn(coordinator, base, sandviken.id, '2019-01-01')).toMatchObject({ status: 'uppsagd', validTo: '2018-12-31', daysLeft: null });
    expect((await terminate(admin, terminated, '2018-04-01')).statusCode).toBe(409);
    // A terminated agreement is not revised.
    expect((await coordinator.request({ method: 'POST', url: `${base}/agreements/${sandviken.id}/revise`, headers: { 'if-match': etag(terminated) }, payload: {} })).statusCode).toBe(409);

    // Terminated with a notice period: open-ended with three months' notice.
    const withNotice = await make('Med uppsägningstid', { kind: 'open-ended', from: '2024-01-01' }, '2024-01-01', 3);
    expect((await terminate(admin, withNotice, '2025-03-01')).statusCode).toBe(200);
    expect(await statusOn(coordinator, base, withNotice.id, '2025-03-01')).toMatchObject({ status: 'uppsagd', validTo: '2025-05-31', daysLeft: 91 });

    // A fixed agreement that has run out needs no termination; a draft cannot be terminated.
    const late = await terminate(admin, lulea, '2024-02-01');
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ error: { details: [{ field: 'body.terminatedOn' }] } });
    expect((await terminate(admin, draft, '2026-02-01')).statusCode).toBe(409);
    const luleaEarly = await terminate(admin, lulea, '2022-05-10');
    expect(luleaEarly.statusCode).toBe(200);
    expect(await statusOn(coordinator, base, lulea.id, '2022-05-10')).toMatchObject({ status: 'uppsagd', validTo: '2022-05-10', daysLeft: 0 });

    // While a revision is drafted, the status follows the adopted version in force.
    const revising = await coordinator.request({ method: 'POST', url: `${base}/agreements/${norsjo2019.id}/revise`, headers: { 'if-match': etag(norsjo2019) }, payload: {} });
    expect(revising.statusCode).toBe(200);
    const draftOfRevision = revising.json() as Agreement;
    const patched = await coordinator.request({
      method: 'PATCH',
      url: `${base}/agreements/${norsjo2019.id}`,
      headers: { 'if-match': etag(draftOfRevision) },
      payload: { content: { validity: { kind: 'open-ended', from: '2019-01-01' } } },
    });
    expect(patched.statusCode).toBe(200);
    expect(await statusOn(coordinator, base, norsjo2019.id, '2023-06-01')).toMatchObject({ status: 'utgangen', validTo: '2022-12-31' });
  });

  it('refuses bad input with field errors, stale saves with 412, and deletes only drafts never adopted', async () => {
    const { coordinator, admin, base, kommun, lpo, focus } = await setup();
    const other = await buildCollaboration(ctx.database.db, { municipalityCode: '0180' });
    const otherFocus = (
      (await (await signIn(ctx.app, (await buildMember(ctx.database.db, other.collaboration.id, 'coordinator')).email)).request({
        method: 'POST',
        url: `/api/collaborations/${other.collaboration.id}/focus-areas`,
        payload: { name: 'Annan' },
      })).json() as { id: string }
    ).id;
    const post = (payload: object) => coordinator.request({ method: 'POST', url: `${base}/agreements`, payload });
    const fields = async (res: Awaited<ReturnType<typeof post>>) => {
      expect(res.statusCode, res.body).toBe(400);
      const body = res.json() as ErrorBody;
      expect(body.error.code).toBe('VALIDATION');
      return (body.error.details as { field: string; message: string }[]).map((d) => d.field);
    };

    expect(await fields(await post({ kind: 'samverkansavtal', title: 'A', content: { parties: [other.lpo.id] } }))).toEqual(['body.title']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { parties: [kommun.id, other.lpo.id] } }))).toEqual(['body.content.parties.1']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { parties: [kommun.id, kommun.id] } }))).toEqual(['body.content.parties']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { focusAreaIds: [await focus('Egen'), otherFocus] } }))).toEqual(['body.content.focusAreaIds.1']);
    expect(
      await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { parties: [kommun.id], commitments: [{ partyId: lpo.id, text: 'Polisen bidrar.' }] } })),
    ).toEqual(['body.content.commitments.0.partyId']);
    expect(
      await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { parties: [kommun.id], signatories: [{ name: 'Lars Westermark', organisationId: lpo.id }] } })),
    ).toEqual(['body.content.signatories.0.organisationId']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { validity: { kind: 'fixed', from: '2024-01-01', to: '2023-01-01' } } }))).toEqual([
      'body.content.validity.to',
    ]);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { validity: { kind: 'length', from: '2019-01-01' } } }))).toEqual([
      'body.content.validity.years',
    ]);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { sections: { bakgrund: 'Okänt avsnitt' } } }))).toEqual(['body.content.sections.bakgrund']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { sections: { syfte: 'x'.repeat(20_001) } } }))).toEqual(['body.content.sections.syfte']);
    expect(await fields(await post({ kind: 'avtal', title: 'Avtal' }))).toEqual(['body.kind']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { metadata: { adoptedOn: '16/1 2024' } } }))).toEqual(['body.content.metadata.adoptedOn']);
    expect(await fields(await post({ kind: 'samverkansavtal', title: 'Avtal', content: { commitments: [{ partyId: null, text: '' }] } }))).toEqual(['body.content.commitments.0.text']);

    // A draft without validity cannot be adopted: a conflict naming what is missing.
    const bare = await create(coordinator, base, { kind: 'samverkansavtal', title: 'Utan giltighet', content: { parties: [kommun.id, lpo.id] } });
    const noValidity = await coordinator.request({ method: 'POST', url: `${base}/agreements/${bare.id}/adopt`, headers: { 'if-match': etag(bare) }, payload: { adoptedOn: '2025-01-01' } });
    expect(noValidity.statusCode).toBe(409);
    expect(noValidity.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ field: 'content.validity', message: 'Ange avtalets giltighet innan det fastställs.' }] } });
    const badDay = await coordinator.request({ method: 'POST', url: `${base}/agreements/${bare.id}/adopt`, headers: { 'if-match': etag(bare) }, payload: { adoptedOn: '2025-13-01' } });
    expect(await fields(badDay)).toEqual(['body.adoptedOn']);

    // A patch that leaves the parties changes nothing else; refs are judged by what the patch changes.
    const noLpo = await coordinator.request({ method: 'PATCH', url: `${base}/agreements/${bare.id}`, headers: { 'if-match': etag(bare) }, payload: { content: { commitments: [{ partyId: lpo.id, text: 'Polisen bidrar.' }] } } });
    expect(noLpo.statusCode, noLpo.body).toBe(200);
    const dropParty = await coordinator.request({ method: 'PATCH', url: `${base}/agreements/${bare.id}`, headers: { 'if-match': '"v2"' }, payload: { content: { parties: [kommun.id] } } });
    expect(await fields(dropParty)).toEqual(['body.content.commitments.0.partyId']);

    // If-Match.
    expect((await coordinator.request({ method: 'PATCH', url: `${base}/agreements/${bare.id}`, payload: { title: 'Nytt namn' } })).statusCode).toBe(428);
    const stale = await coordinator.request({ method: 'PATCH', url: `${base}/agreements/${bare.id}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Nytt namn' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { details: { current: { id: bare.id, version: 2, title: 'Utan giltighet' } } } });
    expect((await coordinator.request({ method: 'POST', url: `${base}/agreements/${bare.id}/adopt`, payload: { adoptedOn: '2025-01-01' } })).statusCode).toBe(428);

    // Delete: admins, drafts never adopted.
    expect((await coordinator.request({ method: 'DELETE', url: `${base}/agreements/${bare.id}` })).statusCode).toBe(403);
    expect((await admin.request({ method: 'DELETE', url: `${base}/agreements/${bare.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: 'GET', url: `${base}/agreements/${bare.id}` })).statusCode).toBe(404);
    const kept = await adopt(coordinator, base, await create(coordinator, base, { kind: 'samverkansavtal', title: 'Fastställt', content: { validity: { kind: 'open-ended', from: '2025-01-01' } } }), '2025-01-01');
    const notDeleted = await admin.request({ method: 'DELETE', url: `${base}/agreements/${kept.id}` });
    expect(notDeleted.statusCode).toBe(409);
    // Also not while a revision of it is drafted.
    const rev = (await coordinator.request({ method: 'POST', url: `${base}/agreements/${kept.id}/revise`, headers: { 'if-match': etag(kept) }, payload: {} })).json() as Agreement;
    expect(rev.adopted).toBe(false);
    expect((await admin.request({ method: 'DELETE', url: `${base}/agreements/${kept.id}` })).statusCode).toBe(409);

    // Another collaboration's agreement looks like a missing one.
    const foreign = `/api/collaborations/${other.collaboration.id}/agreements/${kept.id}`;
    expect((await coordinator.request({ method: 'GET', url: foreign })).statusCode).toBe(404);
    expect((await coordinator.request({ method: 'GET', url: `/api/collaborations/${other.collaboration.id}/agreements` })).statusCode).toBe(404);
  });
});
