import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage as api, demoCollaborationId, expectAccessible, heading1, isFocused, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const samordnare = 'samordnare@norsjo.demo.samverkan.se';
const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const fritid = 'fritid@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';

// The plan runs over this calendar year (in Sweden), so a report made "today" falls inside it.
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const year = today.slice(0, 4);
// A title of our own: the demo data may hold plans of its own.
const planTitle = `Genomförandeplan e2e ${year}`;
const restrictedNote = 'Riktad kontroll efter tips från underrättelse';

let page: Page;
/** Filled in by journey (a), used by the ones after it. */
const created = { planId: '', activityId: '' };
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

const collaborationId = () => demoCollaborationId(e2e, norsjo);

const dashboardUrl = () => `${e2e.baseUrl}/samverkan/${collaborationId()}/planer/${created.planId}/uppfoljning`;
const activityUrl = () => `${e2e.baseUrl}/samverkan/${collaborationId()}/aktiviteter/${created.activityId}`;

/** The dashboard card of one activity: a list item holding the activity's heading. */
function followUpCard(name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

const apiFromPage = <T,>(method: string, url: string, body?: unknown, ifMatch?: string) => api<T>(page, method, url, body, ifMatch);

async function openNorsjo() {
  await page.getByRole('link', { name: norsjo }).click();
  await h1(norsjo).waitFor();
}

describe('plans: plan, activities with a live target, follow-up, reporting, restricted entries', () => {
  it('(a) a coordinator creates a plan and the activity "Trafikkontroller", seeing the target read from "När" before saving', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await openNorsjo();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await h1('Planer').waitFor();
    await expect.poll(() => isFocused(page, h1('Planer'))).toBe(true);
    await expectAccessible(page, 'planer');

    const newPlan = page.getByRole('region', { name: 'Ny plan' });
    expect(await newPlan.getByLabel('Typ av plan').inputValue()).toBe('genomforandeplan');
    expect(await newPlan.getByLabel('Periodens början').inputValue()).toBe(`${year}-01-01`);
    expect(await newPlan.getByLabel('Periodens slut').inputValue()).toBe(`${year}-12-31`);
    // The server's own message is tied to its field.
    await newPlan.getByRole('button', { name: 'Skapa plan' }).click();
    await newPlan.getByRole('alert').getByText('Ange en titel med minst 2 tecken.').waitFor();
    expect(await newPlan.getByLabel(/^Titel/).getAttribute('aria-invalid')).toBe('true');

    await newPlan.getByLabel(/^Titel/).fill(planTitle);
    await newPlan.getByRole('button', { name: 'Skapa plan' }).click();
    await h1(planTitle).waitFor();
    created.planId = /\/planer\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(created.planId).not.toBe('');
    await page.getByText(`${year}-01-01 – ${year}-12-31`).waitFor();
    await page.getByText('Planen har inga aktiviteter ännu.').waitFor();
    await expectAccessible(page, 'plan utan aktiviteter');

    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const form = page.getByRole('region', { name: 'Ny aktivitet' });
    await expect.poll(() => isFocused(page, form.getByRole('heading', { name: 'Ny aktivitet' }))).toBe(true);
    await form.getByLabel(/^Vad/).fill('Trafikkontroller');
    const when = form.getByLabel('När', { exact: true });
    await when.fill('Minst 10 kontroller per månad');

    // The reading of "När" appears while typing, in a polite live region that also describes the field.
    const previewId = (await when.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('when-preview')) ?? '';
    expect(previewId).not.toBe('');
    const preview = page.locator(`[id="${previewId}"]`);
    expect(await preview.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => preview.textContent()).toBe('Tolkat mål: minst 10 per månad');
    expect(await page.getByRole('table', { name: 'Aktiviteter i planen' }).count()).toBe(0);

    await form.getByLabel('Samverkan').fill('Polisen, Kommunen');
    await form.getByLabel('Ansvarig', { exact: true }).fill('Polisen');
    await form.getByLabel('Uppföljningsmått').fill('Anmälningar, händelserapporter');
    await form.getByLabel('Typ av prevention').selectOption({ label: 'Situationell prevention' });
    await form.getByLabel('Preventionsnivå').selectOption({ label: 'Universell' });
    await expectAccessible(page, 'plan: ny aktivitet med tolkat mål');
    await form.getByRole('button', { name: 'Lägg till aktivitet' }).click();

    await page.getByRole('status').filter({ hasText: 'Aktiviteten Trafikkontroller är tillagd.' }).waitFor();
    const row = page.getByRole('table', { name: 'Aktiviteter i planen' }).getByRole('row', { name: /Trafikkontroller/ });
    await row.getByRole('cell', { name: /Minst 10 kontroller per månad/ }).getByText('Mål: minst 10 per månad').waitFor();
    expect(await row.getByRole('cell', { name: 'Polisen, Kommunen' }).count()).toBe(1);
    expect(await row.getByRole('cell', { name: 'Anmälningar, händelserapporter' }).count()).toBe(1);
    await expectAccessible(page, 'plan med en aktivitet');

    // What the server stored is the same target (the parser is shared), with "minst" kept.
    const plan = await apiFromPage<{ activities: { id: string; partners: string[]; frequency: Record<string, unknown> }[] }>(
      'GET',
      `/api/collaborations/${collaborationId()}/plans/${created.planId}`,
    );
    expect(plan.json.activities).toHaveLength(1);
    expect(plan.json.activities[0]?.partners).toEqual(['Polisen', 'Kommunen']);
    expect(plan.json.activities[0]?.frequency).toMatchObject({ kind: 'periodic', count: 10, unit: 'month', interval: 1, atLeast: true });
    created.activityId = plan.json.activities[0]?.id ?? '';
  });

  it('(b) a reporter on a phone reports "Trafikkontroller" from the dashboard in two taps', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, e2e.baseUrl, fritid);
    await openNorsjo();
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await h1('Planer').waitFor();
    // A reporter does not create plans.
    expect(await page.getByRole('region', { name: 'Ny plan' }).count()).toBe(0);
    await expectAccessible(page, 'mobil: planer');
    await page.getByRole('link', { name: `Uppföljning av ${planTitle}` }).click();
    await h1(`Uppföljning: ${planTitle}`).waitFor();
    await expectAccessible(page, 'mobil: uppföljning');

    const card = followUpCard('Trafikkontroller');
    const before = await card.getByText(/ av \d+ hittills/).textContent();
    expect(before).toMatch(/^0 av \d+ hittills \(mål 120 för perioden\)$/);

    // Tap 1: "Rapportera". The form opens in place, its heading focused, with today and 1 filled in.
    const report = card.getByRole('button', { name: 'Rapportera Trafikkontroller' });
    expect((await report.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await report.click();
    const form = card.getByRole('region', { name: 'Rapportera: Trafikkontroller' });
    await expect.poll(() => isFocused(page, form.getByRole('heading', { name: 'Rapportera: Trafikkontroller' }))).toBe(true);
    expect(await form.getByLabel('Datum').inputValue()).toBe(today);
    expect(await form.getByLabel(/^Antal/).inputValue()).toBe('1');
    await form.getByText('Skriv inga personuppgifter om enskilda.').waitFor();
    const save = form.getByRole('button', { name: 'Spara rapporten' });
    // Big targets: the buttons fill the form's width on a phone.
    const saveBox = await save.boundingBox();
    const formBox = await form.locator('form').boundingBox();
    expect(saveBox?.height).toBeGreaterThanOrEqual(44);
    expect(saveBox?.width).toBeGreaterThanOrEqual((formBox?.width ?? Infinity) - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'mobil: rapportformulär');

    // Tap 2: save. A success message, focus back on the button, and the dashboard counts the report.
    await save.click();
    await card.getByRole('status').filter({ hasText: `Rapporterat: 1 genomförd den ${today}.` }).waitFor();
    await expect.poll(() => isFocused(page, report)).toBe(true);
    await expect.poll(() => card.getByText(/ av \d+ hittills/).textContent()).toMatch(/^1 av \d+ hittills \(mål 120 för perioden\)$/);
  });

  it('(c) the dashboard turns from red to green for a chosen day once enough is reported', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await page.goto(dashboardUrl());
    await h1(`Uppföljning: ${planTitle}`).waitFor();

    // "Status per datum": 1 July, when 6 months × 10 are expected.
    await page.getByLabel('Status per datum').fill(`${year}-07-01`);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe(`${year}-07-01`);
    await page.getByText(`Status per ${year}-07-01`).waitFor();

    const card = followUpCard('Trafikkontroller');
    const badge = card.locator('.status__badge');
    await expect.poll(() => badge.textContent()).toBe('Röd');
    // Colour is never the only signal: a word, a shape, and the numbers.
    expect(await badge.locator('svg').count()).toBe(1);
    expect(await card.getByText(/ av 60 hittills/).textContent()).toMatch(/^[01] av 60 hittills \(mål 120 för perioden\)$/);
    const summary = page.getByRole('list', { name: 'Sammanfattning' });
    await summary.getByText('Röd: 1').waitFor();
    await summary.getByText('Grön: 0').waitFor();

    await page.getByText('Så räknas färgerna').click();
    await page.getByText(/^Grönt: genomfört minst så många gånger som förväntat hittills/).waitFor();
    await expectAccessible(page, 'uppföljning: röd, med färgregeln');

    await card.getByRole('button', { name: 'Rapportera Trafikkontroller' }).click();
    const form = card.getByRole('region', { name: 'Rapportera: Trafikkontroller' });
    await form.getByLabel('Datum').fill(`${year}-01-15`);
    await form.getByLabel(/^Antal/).fill('60');
    await form.getByLabel(/^Plats/).fill('Norsjö centrum');
    await form.getByLabel(/^Deltagande organisationer/).fill('Polisen, Trafikverket');
    await form.getByRole('button', { name: 'Spara rapporten' }).click();

    await card.getByRole('status').filter({ hasText: `Rapporterat: 60 genomförda den ${year}-01-15.` }).waitFor();
    await expect.poll(() => badge.textContent()).toBe('Grön');
    expect(await card.getByText(/ av 60 hittills/).textContent()).toMatch(/^6[01] av 60 hittills \(mål 120 för perioden\)$/);
    await summary.getByText('Grön: 1').waitFor();
    await summary.getByText('Röd: 0').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(`${year}-07-01`);
    await expectAccessible(page, 'uppföljning: grön');
  });

  it('(d) a report marked "Endast min organisation" is seen by the kommunpolis and not by the samordnare', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.goto(dashboardUrl());
    await h1(`Uppföljning: ${planTitle}`).waitFor();
    await page.getByRole('link', { name: 'Trafikkontroller' }).click();
    await h1('Trafikkontroller').waitFor();
    await expect.poll(() => isFocused(page, h1('Trafikkontroller'))).toBe(true);

    // The timeline: January holds the 60 reported in (c) (and the one from (b) if that was in January too), against 10 expected.
    const windows = page.getByRole('table', { name: 'Förväntat och genomfört per period' });
    const january = windows.getByRole('row', { name: new RegExp(`^${year}-01-01 – ${year}-01-31`) });
    const [expected, done, bar] = await january.getByRole('cell').allTextContents();
    expect([expected, bar]).toEqual(['10', '']);
    expect(done).toMatch(/^6[01]$/);
    expect(await january.getByRole('img').getAttribute('aria-label')).toBe(`${done} av 10 genomförda`);
    await page.getByRole('heading', { level: 3, name: `${year}-01-15 – 60 genomförda` }).waitFor();
    await expectAccessible(page, 'aktivitet');

    await page.getByRole('button', { name: 'Rapportera', exact: true }).click();
    const form = page.getByRole('region', { name: 'Rapportera genomförd aktivitet' });
    const restricted = form.getByRole('checkbox', { name: 'Endast min organisation' });
    await form.getByText('Bara medlemmar som företräder Skellefteå (lokalpolisområde) ser rapporten och dess bilagor.').waitFor();
    await form.getByLabel(/^Antal/).fill('2');
    await form.getByLabel(/^Anteckning/).fill(restrictedNote);
    await restricted.check();
    // A photo of the checkpoint sign: the server checks the PNG signature, the bytes after it do not matter here.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 1)]);
    await form.getByLabel(/^Bilaga/).setInputFiles({ name: 'kontrollplats.png', mimeType: 'image/png', buffer: png });
    await expectAccessible(page, 'aktivitet: rapportformulär');
    await form.getByRole('button', { name: 'Spara rapporten' }).click();
    await page.getByRole('status').filter({ hasText: `Rapporterat: 2 genomförda den ${today}.` }).waitFor();

    const entry = page.getByRole('listitem').filter({ hasText: restrictedNote });
    await entry.getByText('Johan Berg').waitFor();
    // The entry and its attachment are both marked, and the attachment downloads.
    const download = entry.getByRole('link', { name: 'Ladda ner kontrollplats.png (2 kB)' });
    await download.waitFor();
    expect(await entry.getByText('Endast Skellefteå').count()).toBe(2);
    const file = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
    }, (await download.getAttribute('href')) ?? '');
    expect(file).toEqual({ status: 200, type: 'image/png', size: 2056 });
    await expectAccessible(page, 'aktivitet med begränsad rapport');

    // Another organisation's samordnare: the list loads (with the report from (c)), without the restricted one.
    await e2e.browser.clearCookies();
    await signIn(page, e2e.baseUrl, samordnare);
    await page.goto(activityUrl());
    await h1('Trafikkontroller').waitFor();
    await page.getByRole('heading', { level: 3, name: `${year}-01-15 – 60 genomförda` }).waitFor();
    expect(await page.getByText(restrictedNote).count()).toBe(0);
    expect(await page.getByText('Endast Skellefteå').count()).toBe(0);
    expect(await page.getByText('kontrollplats.png').count()).toBe(0);
    const asSamordnare = await apiFromPage<{ note: string }[]>('GET', `/api/collaborations/${collaborationId()}/activities/${created.activityId}/log`);
    expect(asSamordnare.json.map((e) => e.note)).not.toContain(restrictedNote);
  });

  it('(e) a coordinator sets a target the parser cannot read, resolves a stale save, and deletes the activity', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await page.goto(`${e2e.baseUrl}/samverkan/${collaborationId()}/planer/${created.planId}`);
    await h1(planTitle).waitFor();

    const focusAreas = page.getByRole('region', { name: 'Fokusområden' });
    await focusAreas.getByLabel('Nytt fokusområde').fill('Trygghet i centrum (e2e)');
    await focusAreas.getByRole('button', { name: 'Lägg till fokusområde' }).click();
    await page.getByRole('status').filter({ hasText: 'Fokusområdet Trygghet i centrum (e2e) är tillagt.' }).waitFor();
    await focusAreas.getByRole('listitem').filter({ hasText: 'Trygghet i centrum (e2e)' }).waitFor();

    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const form = page.getByRole('region', { name: 'Ny aktivitet' });
    await form.getByLabel(/^Vad/).fill('Trygghetsvandring');
    await form.getByLabel('När', { exact: true }).fill('Enligt överenskommelse med styrgruppen');
    await form.getByText('Inget mätbart mål hittades i texten.', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Ange målet själv' }).click();
    await expect.poll(() => isFocused(page, form.getByLabel('Typ av mål'))).toBe(true);
    await form.getByLabel('Typ av mål').selectOption({ label: 'Antal per tidsenhet (till exempel per månad)' });
    await form.getByLabel('Antal', { exact: true }).fill('2');
    await form.getByLabel('Per', { exact: true }).selectOption({ label: 'år' });
    await form.getByText('Mål som du har angett: 2 per år').waitFor();
    await form.getByLabel('Fokusområde').selectOption({ label: 'Trygghet i centrum (e2e)' });
    await expectAccessible(page, 'plan: eget mål');
    await form.getByRole('button', { name: 'Lägg till aktivitet' }).click();

    const table = page.getByRole('table', { name: 'Aktiviteter i planen' });
    const row = table.getByRole('row', { name: /Trygghetsvandring/ });
    await row.getByText('Mål: 2 per år').waitFor();
    expect(await row.getByRole('cell', { name: 'Trygghet i centrum (e2e)' }).count()).toBe(1);

    // Someone else saves the activity while the samordnare is editing it.
    await row.getByRole('button', { name: 'Ändra Trygghetsvandring' }).click();
    const edit = page.getByRole('region', { name: 'Ändra Trygghetsvandring' });
    await expect.poll(() => isFocused(page, edit.getByRole('heading', { name: 'Ändra Trygghetsvandring' }))).toBe(true);
    // The target set by hand opens as a correction, not as the text's (missing) reading.
    await edit.getByText('Mål som du har angett: 2 per år').waitFor();
    const activityId = (await apiFromPage<{ activities: { id: string; what: string; version: number }[] }>(
      'GET',
      `/api/collaborations/${collaborationId()}/plans/${created.planId}`,
    )).json.activities.find((a) => a.what === 'Trygghetsvandring');
    expect(activityId).toBeDefined();
    const theirs = await apiFromPage('PATCH', `/api/collaborations/${collaborationId()}/activities/${activityId?.id}`, { followUpMeasure: 'Protokoll' }, `"v${activityId?.version}"`);
    expect(theirs.status).toBe(200);

    await edit.getByLabel('Uppföljningsmått').fill('Protokoll från vandringen');
    await edit.getByRole('button', { name: 'Spara' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du redigerade' });
    await conflict.getByText('Protokoll', { exact: true }).waitFor();
    await conflict.getByText('Protokoll från vandringen').waitFor();
    await expectAccessible(page, 'plan: versionskonflikt');
    await conflict.getByRole('button', { name: 'Behåll min ändring och spara om' }).click();
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Ändringarna i Trygghetsvandring är sparade.' }).waitFor();
    await row.getByRole('cell', { name: 'Protokoll från vandringen' }).waitFor();
    await row.getByText('Mål: 2 per år').waitFor();

    await row.getByRole('button', { name: 'Ta bort Trygghetsvandring' }).click();
    await expect.poll(() => isFocused(page, page.getByRole('button', { name: 'Ja, ta bort' }))).toBe(true);
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').filter({ hasText: 'Aktiviteten Trygghetsvandring är borttagen.' }).waitFor();
    expect(await table.getByRole('row', { name: /Trygghetsvandring/ }).count()).toBe(0);
    expect(await table.getByRole('row', { name: /Trafikkontroller/ }).count()).toBe(1);
  });
});
