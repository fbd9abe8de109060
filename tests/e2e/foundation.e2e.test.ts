import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage as api, expectAccessible, heading1, isFocused, signIn, tabTo, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const samordnare = 'samordnare@norsjo.demo.samverkan.se';
const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const systemAdmin = 'admin@demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const sodraLappland = 'Södra Lappland – sex kommuner och LPO Södra Lappland';
const newMemberEmail = 'ny.rapportor@norsjo.demo.samverkan.se';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

async function openCollaboration(name: string) {
  await page.getByRole('link', { name }).click();
  await h1(name).waitFor();
}

const apiFromPage = <T,>(method: string, url: string, body?: unknown, ifMatch?: string) => api<T>(page, method, url, body, ifMatch);

describe('foundation: sign-in, switcher, members, audit trail, language, phone', () => {
  it('(1) the samordnare signs in in Swedish and sees their collaboration', async () => {
    await page.goto(`${e2e.baseUrl}/logga-in`);
    await h1('Logga in').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page, 'inloggning');

    await page.getByLabel('E-postadress').fill(samordnare);
    await page.getByLabel('Lösenord').fill('samverkan-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();

    await h1('Mina samverkansområden').waitFor();
    await expect.poll(() => page.title()).toBe('Mina samverkansområden – Samverkan');
    await expectAccessible(page, 'mina samverkansområden');

    await openCollaboration(norsjo);
    // Focus follows the route change to the new page's heading.
    await expect.poll(() => isFocused(page, h1(norsjo))).toBe(true);
    await page.getByText('Din roll i samverkan: Administratör').waitFor();
    const parties = page.getByRole('region', { name: 'Parter' }).getByRole('listitem');
    await parties.filter({ hasText: 'Norsjö (kommun)' }).waitFor();
    await parties.filter({ hasText: 'Skellefteå (lokalpolisområde)' }).waitFor();
    await expectAccessible(page, 'översikt (administratör)');
  });

  it('(2) the switcher in the header changes collaboration, and hides what the role there cannot do', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Ändringslogg' }).waitFor();

    await page.getByLabel('Samverkan', { exact: true }).selectOption({ label: sodraLappland });
    await page.getByRole('button', { name: 'Byt' }).click();

    await h1(sodraLappland).waitFor();
    expect(page.url()).toContain(`/samverkan/${e2e.demo.collaborations.find((c) => c.name === sodraLappland)?.id}`);
    await page.getByText('Din roll i samverkan: Läsare').waitFor();
    await nav.getByRole('link', { name: 'Medlemmar' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ändra namn och beskrivning' }).count()).toBe(0);
    await expectAccessible(page, 'översikt (läsare)');
  });

  it('(3) an administrator adds a member on the members page, and wrong input is tied to its field', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Medlemmar' }).click();
    await h1('Medlemmar och roller').waitFor();
    await page.getByRole('table').getByRole('row', { name: /Sara Lindqvist/ }).waitFor();
    await expectAccessible(page, 'medlemmar');

    // The server's field message shows at the field, is announced, and the field is marked invalid.
    const email = page.getByLabel('E-postadress');
    await email.fill('inte-en-adress');
    await page.getByRole('button', { name: 'Lägg till medlem' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Ange en giltig e-postadress.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(' ')).toContain('Ange en giltig e-postadress.');
    await expectAccessible(page, 'medlemmar med fältfel');

    await email.fill(newMemberEmail);
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Rapportör' });
    await page.getByRole('button', { name: 'Lägg till medlem' }).click();

    const row = page.getByRole('table').getByRole('row', { name: new RegExp(newMemberEmail.replace(/\./g, '\\.')) });
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'Rapportör' }).count()).toBe(1);
    await page.getByRole('status').filter({ hasText: 'är tillagd som Rapportör' }).waitFor();
    expect(await email.inputValue()).toBe('');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
  });

  it('(4) the audit trail shows the "member created" entry for that e-mail, with filters and a before/after view', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' }).click();
    await h1('Ändringslogg').waitFor();

    const entry = page.getByRole('row').filter({ hasText: `Medlem: ${newMemberEmail}` });
    await entry.waitFor();
    expect(await entry.getByRole('cell', { name: 'Skapad' }).count()).toBe(1);
    expect(await entry.getByRole('cell', { name: 'Sara Lindqvist' }).count()).toBe(1);
    // Time in Swedish format, Swedish time.
    expect(await entry.locator('time').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    await entry.getByText(/Visa ändringar/).click();
    const diff = entry.getByRole('table', { name: 'Före och efter' });
    await diff.getByRole('row', { name: /Roll.*Rapportör/ }).waitFor();
    await expectAccessible(page, 'ändringslogg med öppen ändring');

    await page.getByLabel('Vad ändrades').selectOption({ label: 'Medlem' });
    await page.getByLabel('Händelse').selectOption({ label: 'Skapad' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => page.url()).toContain('entityType=member');
    await page.getByRole('row').filter({ hasText: `Medlem: ${newMemberEmail}` }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Samverkan:' }).count()).toBe(0);

    await page.getByLabel('Händelse').selectOption({ label: 'Borttagen' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Inga händelser matchar filtret.').waitFor();
    await expectAccessible(page, 'ändringslogg filtrerad');
  });

  it('(5) switching to English in the header changes the interface and is kept on the account', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mitt konto' }).click();
    await h1('Mitt konto').waitFor();
    await expectAccessible(page, 'mitt konto');

    await page.getByRole('button', { name: 'English' }).click();
    await h1('My account').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My collaborations' }).waitFor();
    await expectAccessible(page, 'my account (English)');

    // Saved on the account: still English after a reload.
    await page.reload();
    await h1('My account').waitFor();
    await page.getByRole('radio', { name: 'English' }).isChecked().then((checked) => expect(checked).toBe(true));

    await page.getByRole('button', { name: 'Svenska' }).click();
    await h1('Mitt konto').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('(6) at phone width the menu folds away, and the keyboard reaches the members page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, e2e.baseUrl, kommunpolis);
    const menuButton = page.getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    await expectAccessible(page, 'mobil: start');

    // From the top of a freshly loaded page: the skip link comes first, then the menu.
    await page.reload();
    await h1('Mina samverkansområden').waitFor();
    await tabTo(page, 'Hoppa till innehållet', 1);
    await tabTo(page, 'Meny');
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor();
    await expectAccessible(page, 'mobil: öppen meny');

    await tabTo(page, 'Samverkan');
    await page.getByLabel('Samverkan', { exact: true }).selectOption({ label: norsjo });
    await tabTo(page, 'Byt');
    await page.keyboard.press('Enter');
    await h1(norsjo).waitFor();
    expect(await nav.isVisible()).toBe(false);

    // Focus is on the new page's heading, after the folded menu: one step back reaches the menu button.
    await tabTo(page, 'Meny', 5, 'backwards');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Medlemmar');
    await page.keyboard.press('Enter');
    await h1('Medlemmar och roller').waitFor();
    await expect.poll(() => isFocused(page, h1('Medlemmar och roller'))).toBe(true);
    // No sideways scrolling of the page itself at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'mobil: medlemmar');
  });

  it('(7) a wrong password shows the Swedish error, announced and focused', async () => {
    await page.goto(`${e2e.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill(samordnare);
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('Fel e-postadress eller lösenord.').waitFor();
    await expect.poll(() => isFocused(page, alert)).toBe(true);
    await h1('Logga in').waitFor();
    await expectAccessible(page, 'inloggning med fel');
  });

  it('(8) an administrator creates an API key, sees the secret once, copies it and revokes the key', async () => {
    await e2e.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseUrl });
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'API-nycklar' }).click();
    await h1('API-nycklar').waitFor();
    await page.getByText('Det finns inga API-nycklar ännu.').waitFor();
    await expectAccessible(page, 'api-nycklar');

    await page.getByLabel('Namn').fill('Statistikverktyget');
    await page.getByRole('radio', { name: /Läsa och skriva/ }).check();
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();

    await page.getByRole('heading', { name: 'Din nya API-nyckel: Statistikverktyget' }).waitFor();
    await page.getByText('Den visas bara den här gången').waitFor();
    const secret = await page.getByLabel('Hemlig nyckel').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Kopiera nyckeln' }).click();
    await page.getByRole('status').filter({ hasText: 'Nyckeln är kopierad.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await expectAccessible(page, 'api-nycklar med ny hemlighet');

    // The key works against the API, and the list never shows the secret again.
    const asToken = await fetch(`${e2e.baseUrl}/api/collaborations/${e2e.demo.collaborations.find((c) => c.name === norsjo)?.id}/members`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(asToken.status).toBe(200);
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    expect(await page.getByLabel('Hemlig nyckel').count()).toBe(0);
    const row = page.getByRole('row', { name: /Statistikverktyget/ });
    expect(await row.getByRole('cell', { name: 'Läsa och skriva' }).count()).toBe(1);
    expect(await row.getByRole('cell', { name: 'Aktiv' }).count()).toBe(1);

    await row.getByRole('button', { name: 'Återkalla Statistikverktyget' }).click();
    await page.getByRole('button', { name: 'Ja, återkalla' }).click();
    await row.getByRole('cell', { name: /^Återkallad / }).waitFor();
    const afterRevoke = await fetch(`${e2e.baseUrl}/api/collaborations/${e2e.demo.collaborations.find((c) => c.name === norsjo)?.id}/members`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(afterRevoke.status).toBe(401);
  });

  it('(9) a stale save of name and description shows the other person\'s version and lets the user redo it', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    const collaborationId = e2e.demo.collaborations.find((c) => c.name === norsjo)?.id ?? '';
    await page.getByRole('button', { name: 'Ändra namn och beskrivning' }).click();
    const description = page.getByRole('textbox', { name: 'Beskrivning', exact: true });
    await description.waitFor();

    // Meanwhile someone else saves a new description.
    const current = await apiFromPage<{ version: number }>('GET', `/api/collaborations/${collaborationId}`);
    const theirs = await apiFromPage<{ version: number }>('PATCH', `/api/collaborations/${collaborationId}`, { description: 'Ändrad av kommunpolisen.' }, `"v${current.json.version}"`);
    expect(theirs.status).toBe(200);

    await description.fill('Min nya beskrivning av samverkan.');
    await page.getByRole('button', { name: 'Spara' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du redigerade' });
    await conflict.waitFor();
    await conflict.getByText('Ändrad av kommunpolisen.').waitFor();
    await conflict.getByText('Min nya beskrivning av samverkan.').waitFor();
    await expectAccessible(page, 'översikt med versionskonflikt');

    await conflict.getByRole('button', { name: 'Behåll min ändring och spara om' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Namn och beskrivning är sparade.' }).waitFor();
    await page.getByRole('region', { name: 'Om samverkan' }).getByText('Min nya beskrivning av samverkan.').waitFor();
  });

  it('(10) an administrator adds a party found by search and a new organisation, then removes one', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    const parties = page.getByRole('region', { name: 'Parter' });

    await page.getByLabel('Sök kommun, lokalpolisområde eller organisation').fill('Skellefteå');
    await page.getByRole('status').filter({ hasText: /träff/ }).waitFor();
    await page.getByRole('button', { name: 'Lägg till Skellefteå (kommun)' }).click();
    await parties.getByRole('listitem').filter({ hasText: 'Skellefteå (kommun)' }).waitFor();

    await page.getByRole('radio', { name: 'annan organisation' }).check();
    await page.getByLabel(/^Namn/).last().fill('Norsjö fritidsgård');
    await page.getByRole('button', { name: 'Lägg till ny organisation' }).click();
    await parties.getByRole('listitem').filter({ hasText: 'Norsjö fritidsgård (annan organisation)' }).waitFor();
    await expectAccessible(page, 'översikt med nya parter');

    await parties.getByRole('button', { name: 'Ta bort Norsjö fritidsgård (annan organisation)' }).click();
    await parties.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').filter({ hasText: 'Norsjö fritidsgård (annan organisation) är borttagen som part.' }).waitFor();
    expect(await parties.getByRole('listitem').filter({ hasText: 'Norsjö fritidsgård' }).count()).toBe(0);
  });

  it('(11) a system administrator creates a collaboration, picking parties by search', async () => {
    await signIn(page, e2e.baseUrl, systemAdmin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ny samverkan' }).click();
    await h1('Skapa en ny samverkan').waitFor();
    await expectAccessible(page, 'ny samverkan');

    // Without a party the server's message is shown at the search field.
    await page.getByLabel(/^Namn/).fill('Umeå kommun – LPO Umeå');
    await page.getByRole('button', { name: 'Skapa samverkan' }).click();
    await page.getByRole('alert').getByText('Ange minst en part.').waitFor();
    expect(await page.getByLabel('Sök kommun, lokalpolisområde eller organisation').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Sök kommun, lokalpolisområde eller organisation').fill('Umeå');
    await page.getByRole('button', { name: 'Välj Umeå (kommun)' }).click();
    await page.getByRole('heading', { name: 'Vald part (1)' }).waitFor();
    await page.getByRole('button', { name: 'Skapa samverkan' }).click();

    await h1('Umeå kommun – LPO Umeå').waitFor();
    await page.getByRole('region', { name: 'Parter' }).getByRole('listitem').filter({ hasText: 'Umeå (kommun)' }).waitFor();
    await page.getByText('Din roll i samverkan: Administratör').waitFor();
  });

  it('(12) the audit trail pages with "Visa fler"', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    const collaborationId = e2e.demo.collaborations.find((c) => c.name === norsjo)?.id ?? '';
    // 30 new members make 60 entries (account + membership each): more than one page of 50.
    for (let i = 0; i < 30; i += 1) {
      const added = await apiFromPage('POST', `/api/collaborations/${collaborationId}/members`, { email: `paging${i}@example.se`, role: 'viewer' });
      expect(added.status).toBe(201);
    }
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' }).click();
    await page.getByText('Visar 50 händelser.').waitFor();
    const rowsBefore = await page.getByRole('table', { name: 'Ändringar i samverkan' }).locator(':scope > tbody > tr').count();
    expect(rowsBefore).toBe(50);

    await page.getByRole('button', { name: 'Visa fler' }).click();
    await page.getByText(/^Visar (\d+) händelser\.$/).filter({ hasNotText: 'Visar 50 ' }).waitFor();
    const rowsAfter = await page.getByRole('table', { name: 'Ändringar i samverkan' }).locator(':scope > tbody > tr').count();
    expect(rowsAfter).toBeGreaterThan(50);
    // Page on until there is no more: the oldest entry of all (the collaboration being created) is then in view.
    const more = page.getByRole('button', { name: 'Visa fler' });
    for (let shown = rowsAfter; await more.isVisible(); ) {
      await more.click();
      await expect.poll(() => page.getByRole('table', { name: 'Ändringar i samverkan' }).locator(':scope > tbody > tr').count()).toBeGreaterThan(shown);
      shown = await page.getByRole('table', { name: 'Ändringar i samverkan' }).locator(':scope > tbody > tr').count();
    }
    await page.getByRole('row').filter({ hasText: `Samverkan: ${norsjo}` }).filter({ hasText: 'Skapad' }).waitFor();
  });
  it('(13) an administrator changes a member\'s role, and the server refuses to leave the collaboration without an administrator', async () => {
    await signIn(page, e2e.baseUrl, samordnare);
    await openCollaboration(norsjo);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Medlemmar' }).click();
    await h1('Medlemmar och roller').waitFor();

    await page.getByRole('button', { name: 'Ändra Per Holm' }).click();
    const editHeading = page.getByRole('heading', { level: 2, name: 'Ändra Per Holm' });
    await expect.poll(() => isFocused(page, editHeading)).toBe(true);
    const editForm = page.getByRole('region', { name: 'Ändra Per Holm' });
    await editForm.getByLabel('Roll').selectOption({ label: 'Samordnare' });
    await expectAccessible(page, 'medlemmar med redigering');
    await editForm.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Ändringarna för Per Holm är sparade.' }).waitFor();
    const perRow = page.getByRole('row', { name: /Per Holm/ });
    await perRow.getByRole('cell', { name: 'Samordnare' }).waitFor();
    // Focus returns to the row the user came from.
    await expect.poll(() => isFocused(page, page.getByRole('button', { name: 'Ändra Per Holm' }))).toBe(true);

    await page.getByRole('button', { name: 'Ändra Sara Lindqvist' }).click();
    const ownForm = page.getByRole('region', { name: 'Ändra Sara Lindqvist' });
    await ownForm.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await ownForm.getByRole('button', { name: 'Spara' }).click();
    await ownForm.getByRole('alert').getByText('Samverkan måste ha minst en administratör.').waitFor();
    await page.getByRole('row', { name: /Sara Lindqvist/ }).getByRole('cell', { name: 'Administratör' }).waitFor();
  });

  it('(14) a signed-out visitor to a deep link signs in and comes back to that page', async () => {
    const collaborationId = e2e.demo.collaborations.find((c) => c.name === norsjo)?.id ?? '';
    await page.goto(`${e2e.baseUrl}/samverkan/${collaborationId}/medlemmar`);
    await h1('Logga in').waitFor();
    await page.getByLabel('E-postadress').fill(samordnare);
    await page.getByLabel('Lösenord').fill('samverkan-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await h1('Medlemmar och roller').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/samverkan/${collaborationId}/medlemmar`);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await h1('Logga in').waitFor();
    await page.goto(`${e2e.baseUrl}/konto`);
    await h1('Logga in').waitFor();
  });
});
