import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage as api, demoCollaborationId, expectAccessible, heading1, isFocused, signIn, useE2E, useFreshTab } from './harness.js';

// The journey issue 3 asks for: from nothing to an adopted agreement and a plan whose follow-up moves as
// activities are reported, plus a spreadsheet import with one bad row, all in the browser.

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const year = today.slice(0, 4);
// Titles of our own: the demo data holds agreements and plans of its own.
const agreementTitle = `Samverkansöverenskommelse resa ${year}`;
const planTitle = `Genomförandeplan resa ${year}`;
const groupName = `Styrgrupp resa ${year}`;

let page: Page;
/** Filled in by journey (a), used by (b). */
const created = { planId: '' };
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

const collaborationId = () => demoCollaborationId(e2e, norsjo);

const apiFromPage = <T,>(method: string, url: string, body?: unknown, ifMatch?: string) => api<T>(page, method, url, body, ifMatch);
const planApi = () => `/api/collaborations/${collaborationId()}/plans/${created.planId}`;
const activityNames = async () => (await apiFromPage<{ activities: { what: string }[] }>('GET', planApi())).json.activities.map((a) => a.what);

async function openSection(name: string) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
  await h1(name).waitFor();
}

describe('the journey: agreement, plan, report, follow-up; spreadsheet import', () => {
  it('(a) a coordinator writes and adopts an agreement, makes a plan with "Trafikkontroller", reports it and sees the status turn green', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.getByRole('link', { name: norsjo }).click();
    await h1(norsjo).waitFor();
    const group = await apiFromPage<{ id: string }>('POST', `/api/collaborations/${collaborationId()}/groups`, { kind: 'steering', name: groupName });
    expect(group.status).toBe(201);

    // The agreement: a draft with a party, a commitment and a signatory, then adopted.
    await openSection('Avtal');
    await page.getByLabel('Titel').fill(agreementTitle);
    await page.getByLabel('Tillsvidare').check();
    await page.getByLabel('Gäller från').fill(`${year}-01-01`);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await h1(agreementTitle).waitFor();

    await page.getByRole('button', { name: 'Ändra utkastet' }).click();
    const form = page.getByRole('region', { name: 'Ändra utkastet' });
    await form.getByLabel('Dokumenttyp').fill('Samverkansöverenskommelse');
    await form.getByLabel('Upprättad av').fill('Kommunens samordnare');
    const parties = form.getByRole('group', { name: 'Parter i avtalet' });
    const police = parties.getByRole('checkbox', { name: /lokalpolisområde/ });
    const policeName = (await parties.locator('label', { hasText: /lokalpolisområde/ }).first().textContent()) ?? '';
    expect(policeName).not.toBe('');
    await police.first().check();
    const commitments = form.getByRole('group', { name: 'Åtaganden', exact: true });
    await commitments.getByRole('button', { name: `Lägg till åtagande för ${policeName}` }).click();
    const commitment = commitments.getByLabel(`Åtagande 1 (${policeName})`);
    await expect.poll(() => isFocused(page, commitment)).toBe(true);
    await commitment.fill('Genomföra trafikkontroller i Norsjö varje månad.');
    await form.getByRole('button', { name: 'Lägg till undertecknare' }).click();
    const signatory = form.getByRole('group', { name: 'Undertecknare 1' });
    await expect.poll(() => isFocused(page, signatory.getByLabel(/^Namn/))).toBe(true);
    await signatory.getByLabel(/^Namn/).fill('Kim Lind');
    await signatory.getByLabel('Titel', { exact: true }).fill('Lokalpolisområdeschef');
    await signatory.getByLabel('Undertecknar för').selectOption({ label: policeName });
    await signatory.getByLabel('Ort').fill('Skellefteå');
    await signatory.getByLabel('Datum').fill(`${year}-01-10`);
    await expectAccessible(page, 'resa: avtalsutkast med åtagande och undertecknare');
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Utkastet är sparat.').waitFor();

    const commitmentsSection = page.getByRole('region', { name: 'Åtaganden' });
    await commitmentsSection.getByRole('heading', { level: 3, name: policeName.replace(/ \(.*\)$/, '') }).waitFor();
    await commitmentsSection.getByText('Genomföra trafikkontroller i Norsjö varje månad.').waitFor();
    await page.getByRole('region', { name: 'Underskrifter' }).getByText('Kim Lind, Lokalpolisområdeschef').waitFor();
    await page.getByText('Kommunens samordnare').waitFor();

    await page.getByLabel(/^Fastställd/).fill(today);
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByRole('status').getByText('Avtalet är fastställt.').waitFor();
    expect(await page.locator('.status__label').first().textContent()).toBe('Gällande');
    await expectAccessible(page, 'resa: avtalet gällande');

    // The plan, adopted by the steering group, with one activity.
    await openSection('Planer');
    const newPlan = page.getByRole('region', { name: 'Ny plan' });
    await newPlan.getByLabel(/^Titel/).fill(planTitle);
    await newPlan.getByLabel('Fastställd av (frivilligt)').selectOption({ label: groupName });
    await newPlan.getByLabel('Fastställd den (frivilligt)').fill(`${year}-01-05`);
    await newPlan.getByRole('button', { name: 'Skapa plan' }).click();
    await h1(planTitle).waitFor();
    created.planId = /\/planer\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(created.planId).not.toBe('');
    const header = page.locator('dl.summary-list').first();
    await header.getByText(groupName).waitFor();

    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const activityForm = page.getByRole('region', { name: 'Ny aktivitet' });
    await activityForm.getByLabel(/^Vad/).fill('Trafikkontroller');
    await activityForm.getByLabel('När', { exact: true }).fill('Minst 10 per månad');
    await activityForm.getByText('Tolkat mål: minst 10 per månad').waitFor();
    await activityForm.getByLabel('Ansvarig', { exact: true }).fill('Polisen');
    await activityForm.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await page.getByRole('status').filter({ hasText: 'Aktiviteten Trafikkontroller är tillagd.' }).waitFor();
    await expectAccessible(page, 'resa: plan med en aktivitet, export och import');

    // Follow-up on 1 July: 60 expected, none done, so red; a report of 60 turns it green.
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await h1(`Uppföljning: ${planTitle}`).waitFor();
    await page.getByLabel('Status per datum').fill(`${year}-07-01`);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText(`Status per ${year}-07-01`).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Trafikkontroller' }) });
    const badge = card.locator('.status__badge');
    await expect.poll(() => badge.textContent()).toBe('Röd');
    await card.getByRole('button', { name: 'Rapportera Trafikkontroller' }).click();
    const report = card.getByRole('region', { name: 'Rapportera: Trafikkontroller' });
    await report.getByLabel('Datum').fill(`${year}-02-01`);
    await report.getByLabel(/^Antal/).fill('60');
    await report.getByRole('button', { name: 'Spara rapporten' }).click();
    await card.getByRole('status').filter({ hasText: `Rapporterat: 60 genomförda den ${year}-02-01.` }).waitFor();
    await expect.poll(() => badge.textContent()).toBe('Grön');
    await expectAccessible(page, 'resa: uppföljningen grön');
  });

  it('(b) an import with one bad row shows the error at its row and column, writes nothing until confirmed, then only the good rows', async () => {
    expect(created.planId).not.toBe('');
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.goto(`${e2e.baseUrl}/samverkan/${collaborationId()}/planer/${created.planId}`);
    await h1(planTitle).waitFor();

    // Export: the plan as CSV holds the activity (the link carries the cookie like any download).
    const csvLink = page.getByRole('link', { name: 'Planen som CSV' });
    const csv = await page.request.get(new URL((await csvLink.getAttribute('href')) ?? '', e2e.baseUrl).toString());
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Trafikkontroller');

    const file = [
      'Fokusområde;Vad;När;Ansvarig;Start',
      'Trafiksäkerhet;Trygghetsvandring i centrum;Var tredje vecka;Kommunen;',
      'Trafiksäkerhet;Föräldravandring;Varje fredag;Kommunen;i våras',
    ].join('\n');
    const section = page.getByRole('region', { name: 'Importera aktiviteter' });
    await section.getByLabel('Fil med aktiviteter').setInputFiles({ name: 'aktiviteter.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await section.getByRole('button', { name: 'Förhandsgranska' }).click();

    const preview = section.getByRole('group', { name: 'Förhandsgranskning' });
    await expect.poll(() => isFocused(page, preview.getByRole('heading', { name: 'Förhandsgranskning' }))).toBe(true);
    await preview.getByText('Filen har 2 rader. 1 rad kan läsas in. 1 rad har fel. Inget är sparat ännu.').waitFor();
    const table = preview.getByRole('table', { name: 'Raderna i filen' });
    const good = table.getByRole('row', { name: /^Rad 2/ });
    await good.getByText('Kan läsas in').waitFor();
    const bad = table.getByRole('row', { name: /^Rad 3 Föräldravandring Varje fredag/ });
    await bad.getByText('Kolumnen Start: "i våras" är inget datum. Skriv ÅÅÅÅ-MM-DD.').waitFor();
    // Only the explicit choice is offered while a row is bad.
    expect(await preview.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(page, 'resa: förhandsgranskning med en felaktig rad');
    expect(await activityNames()).toEqual(['Trafikkontroller']);

    await preview.getByRole('button', { name: 'Hoppa över 1 felaktig rad och importera resten' }).click();
    await page.getByRole('status').filter({ hasText: '1 aktivitet är inläst.' }).waitFor();
    const activities = page.getByRole('table', { name: 'Aktiviteter i planen' });
    await activities.getByRole('row', { name: /Trygghetsvandring i centrum/ }).waitFor();
    expect(await activityNames()).toEqual(['Trafikkontroller', 'Trygghetsvandring i centrum']);
    expect(await section.getByRole('group', { name: 'Förhandsgranskning' }).count()).toBe(0);

    // Order: move the imported row up by keyboard; focus stays on the row's move buttons.
    const moveUp = page.getByRole('button', { name: 'Flytta upp Trygghetsvandring i centrum' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Trygghetsvandring i centrum ligger nu på plats 1 av 2.' }).waitFor();
    await expect.poll(activityNames).toEqual(['Trygghetsvandring i centrum', 'Trafikkontroller']);
    await expect.poll(() => isFocused(page, page.getByRole('button', { name: 'Flytta ned Trygghetsvandring i centrum' }))).toBe(true);
    await expectAccessible(page, 'resa: plan efter import och flytt');

    // The header form names the adopting group.
    await page.getByRole('button', { name: 'Ändra planen' }).click();
    const edit = page.getByRole('region', { name: 'Ändra planen' });
    expect(await edit.getByLabel('Fastställd av (frivilligt)').locator('option:checked').textContent()).toBe(groupName);
    await expectAccessible(page, 'resa: ändra planen med grupp');
  });

  it('(c) a stale save of a draft keeps both changes when the user chooses so; an administrator deletes a draft that was never adopted', async () => {
    await signIn(page, e2e.baseUrl, 'samordnare@norsjo.demo.samverkan.se');
    await page.goto(`${e2e.baseUrl}/samverkan/${collaborationId()}/avtal`);
    await h1('Avtal').waitFor();
    const title = `Utkast att ta bort ${year}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await h1(title).waitFor();
    const agreementApi = `/api/collaborations/${collaborationId()}/agreements/${new URL(page.url()).pathname.split('/').pop() ?? ''}`;

    // Someone else sets the document type while this user adds a joint commitment.
    await page.getByRole('button', { name: 'Ändra utkastet' }).click();
    const form = page.getByRole('region', { name: 'Ändra utkastet' });
    await form.getByRole('button', { name: 'Lägg till gemensamt åtagande' }).click();
    await form.getByLabel('Gemensamt åtagande 1').fill('Följa upp avtalet två gånger per år.');
    const current = await apiFromPage<{ version: number }>('GET', agreementApi);
    const other = await apiFromPage('PATCH', agreementApi, { content: { metadata: { documentType: 'Samverkansavtal' } } }, `"v${current.json.version}"`);
    expect(other.status).toBe(200);
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du redigerade' });
    await conflict.getByText('Samverkansavtal').waitFor();
    await conflict.getByText('Följa upp avtalet två gånger per år.').waitFor();
    await expectAccessible(page, 'resa: avtalsutkast i konflikt');
    await conflict.getByRole('button', { name: 'Behåll min ändring och spara om' }).click();
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Utkastet är sparat.').waitFor();
    const saved = await apiFromPage<{ content: { metadata: { documentType: string }; commitments: { partyId: string | null; text: string }[] } }>('GET', agreementApi);
    expect(saved.json.content.metadata.documentType).toBe('Samverkansavtal');
    expect(saved.json.content.commitments).toEqual([{ partyId: null, text: 'Följa upp avtalet två gånger per år.' }]);

    await page.getByRole('button', { name: 'Ta bort utkastet' }).click();
    const confirm = page.getByRole('button', { name: 'Ja, ta bort utkastet' });
    await expect.poll(() => isFocused(page, confirm)).toBe(true);
    await expectAccessible(page, 'resa: ta bort utkastet?');
    await confirm.click();
    await h1('Avtal').waitFor();
    await page.getByRole('status').getByText(`Utkastet ${title} är borttaget.`).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  });
});
