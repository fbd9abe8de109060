import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage, expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const samordnare = 'samordnare@norsjo.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const promiseTitle = 'Medborgarlöften 2019–2023 Polisen och Norsjö kommun';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
// Names of our own: the demo holds groups and promises of its own.
const groupName = 'Arbetsgrupp e2e nattvandring';
const endDate = `${nextYear}-06-30`;
const promiseText = 'Fler vuxna ute under riskhelger (e2e).';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);
const nav = (name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });

/** Another tab changes a member of the group on this page: the group's version, then the member with it (If-Match). */
async function changeMemberElsewhere(memberName: string, changes: object): Promise<number> {
  const groupUrl = `/api${new URL(page.url()).pathname.replace('/samverkan/', '/collaborations/').replace('/grupper/', '/groups/')}`;
  const group = (await apiFromPage<{ version: number; members: { id: string; name: string }[] }>(page, 'GET', groupUrl)).json;
  const member = group.members.find((m) => m.name === memberName);
  return (await apiFromPage(page, 'PATCH', `${groupUrl}/members/${member?.id}`, changes, `"v${group.version}"`)).status;
}

async function openNorsjo(email: string) {
  await signIn(page, e2e.baseUrl, email);
  await page.getByRole('link', { name: norsjo }).click();
  await h1(norsjo).waitFor();
}

describe('groups and citizen promises', () => {
  it('(a) a coordinator creates a working group with an end date and a contact as member, then adds a promise and links it to a plan activity', async () => {
    await openNorsjo(samordnare);
    await nav('Grupper').click();
    await h1('Grupper').waitFor();
    const demoGroup = page.getByRole('row').filter({ hasText: 'Trygghetsvandringar' });
    await demoGroup.getByText('Tidsbegränsad, 2025-01-01 – 2026-12-31').waitFor();
    await expectAccessible(page, 'grupper: lista');

    // A working group without an end date is refused, at the field.
    await page.getByLabel('Typ av grupp').selectOption({ label: 'Arbetsgrupp' });
    await page.getByRole('textbox', { name: /^Namn/ }).fill(groupName);
    await page.getByLabel('Gäller från').fill(today);
    await page.getByRole('button', { name: 'Skapa gruppen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Arbetsgrupper är tidsbegränsade – ange slutdatum.' }).waitFor();
    await expectAccessible(page, 'grupper: ny grupp med fel');
    await page.getByLabel(/^Gäller till och med/).fill(endDate);
    await page.getByRole('button', { name: 'Skapa gruppen' }).click();
    await h1(groupName).waitFor();
    await page.getByText(`Tidsbegränsad, ${today} – ${endDate}`).waitFor();
    expect(await page.locator('.status__label').first().textContent()).toBe('Gäller');

    await page.getByRole('button', { name: 'Ändra gruppen' }).click();
    const editGroup = page.getByRole('region', { name: 'Ändra gruppen' });
    await editGroup.getByLabel(/^Uppdragsbeskrivning/).fill('Nattvandra under riskhelger och rapportera till folkhälso- och trygghetsrådet.');
    await expectAccessible(page, 'grupp: ändra');
    await editGroup.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Gruppen är sparad.').waitFor();
    await page.getByRole('region', { name: 'Uppdragsbeskrivning' }).getByText('Nattvandra under riskhelger').waitFor();

    // A member who is not a user, from an organisation that is not a party.
    const memberForm = page.getByRole('region', { name: 'Lägg till medlem' });
    await memberForm.getByRole('textbox', { name: /^Namn/ }).fill('Anna Ek');
    await memberForm.getByLabel('Titel eller roll').fill('Diakon');
    await memberForm.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Annan organisation (skriv namnet)' });
    await memberForm.getByLabel('Organisationens namn').fill('Norsjö församling');
    await expectAccessible(page, 'grupp: lägg till medlem');
    await memberForm.getByRole('button', { name: 'Lägg till medlemmen' }).click();
    await page.getByRole('status').getByText('Anna Ek är tillagd i gruppen.').waitFor();
    const memberRow = page.getByRole('row').filter({ hasText: 'Anna Ek' });
    await memberRow.getByRole('cell', { name: 'Norsjö församling' }).waitFor();
    await expectAccessible(page, 'grupp: med medlem');

    // A member's save carries the group's version: another tab's change in between is shown, not overwritten.
    await memberRow.getByRole('button', { name: 'Ändra Anna Ek' }).click();
    const editMember = page.getByRole('region', { name: 'Ändra Anna Ek' });
    expect(await changeMemberElsewhere('Anna Ek', { title: 'Diakon i Norsjö' })).toBe(200);
    await editMember.getByLabel('Titel eller roll').fill('Församlingsdiakon');
    await editMember.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = editMember.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du redigerade' });
    await conflict.getByText('Diakon i Norsjö').waitFor();
    await expectAccessible(page, 'grupp: versionskonflikt för medlem');
    await conflict.getByRole('button', { name: 'Behåll min ändring och spara om' }).click();
    await editMember.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Anna Ek är sparad.').waitFor();
    await memberRow.getByRole('cell', { name: 'Församlingsdiakon' }).waitFor();

    await page.getByRole('link', { name: 'Tillbaka till grupperna' }).click();
    await h1('Grupper').waitFor();
    const groupRow = page.getByRole('row').filter({ hasText: groupName });
    expect(await groupRow.getByRole('cell').allTextContents()).toEqual(['Arbetsgrupp', `Tidsbegränsad, ${today} – ${endDate}`, 'Gäller', '1']);

    // Medborgarlöften: a new promise is flagged until an activity delivers it.
    await nav('Medborgarlöften').click();
    await h1('Medborgarlöften').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Norsjö' }).waitFor();
    await expectAccessible(page, 'medborgarlöften: lista');
    await page.getByRole('link', { name: promiseTitle }).click();
    await h1(promiseTitle).waitFor();
    await expectAccessible(page, 'medborgarlöften: sidan');

    const newItem = page.getByRole('region', { name: 'Nytt löfte' });
    await newItem.getByLabel(/^Löftet/).fill('Nattvandring (e2e).');
    await newItem.getByRole('button', { name: 'Lägg till löftet' }).click();
    await page.getByRole('status').getByText('Löftet är tillagt.').waitFor();
    const card = page.locator('.promise-list > li').filter({ has: page.getByRole('heading', { name: 'Löfte 5' }) });
    await card.getByText('Ingen aktivitet kopplad ännu').waitFor();
    await page.getByText('1 av 5 löften har ingen aktivitet kopplad ännu.').waitFor();

    await card.getByRole('button', { name: 'Ändra löfte 5' }).click();
    await card.getByLabel(/^Löftet/).fill(promiseText);
    await expectAccessible(page, 'medborgarlöften: ändra löfte');
    await card.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Löfte 5 är sparat.').waitFor();
    await card.getByText(promiseText).waitFor();

    await card.getByRole('button', { name: 'Välj aktiviteter för löfte 5' }).click();
    const picker = card.getByRole('region', { name: 'Aktiviteter som infriar löfte 5' });
    await picker.getByRole('checkbox', { name: 'Nattvandring', exact: true }).check();
    await expectAccessible(page, 'medborgarlöften: välj aktiviteter');
    await picker.getByRole('button', { name: 'Spara valet' }).click();
    await page.getByRole('status').getByText('Aktiviteterna för löfte 5 är sparade.').waitFor();
    const link = card.getByRole('link', { name: 'Nattvandring' });
    expect(await link.getAttribute('href')).toMatch(/\/samverkan\/[^/]+\/aktiviteter\/[^/]+$/);
    expect(await card.getByText('Ingen aktivitet kopplad ännu').count()).toBe(0);
    expect(await page.getByText(/löften har ingen aktivitet kopplad ännu/).count()).toBe(0);
    await expectAccessible(page, 'medborgarlöften: löfte med aktivitet');
    await link.click();
    await h1('Nattvandring').waitFor();
  });

  it('(b) a viewer reads groups and promises without edit controls; the groups list becomes cards on a phone', async () => {
    await openNorsjo(styrgrupp);
    await nav('Grupper').click();
    await h1('Grupper').waitFor();
    expect(await page.getByRole('heading', { name: 'Ny grupp' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Trygghetsvandringar' }).click();
    await h1('Trygghetsvandringar').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uppdragsbeskrivning' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Johan Berg' }).getByText('Kommunpolis').waitFor();
    expect(await page.getByRole('button', { name: /Ändra|Ta bort|Lägg till/ }).count()).toBe(0);
    await expectAccessible(page, 'grupp: läsare');

    await nav('Medborgarlöften').click();
    await h1('Medborgarlöften').waitFor();
    expect(await page.getByRole('heading', { name: 'Nya medborgarlöften' }).count()).toBe(0);
    await page.getByRole('link', { name: promiseTitle }).click();
    await h1(promiseTitle).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Löfte 1' }).waitFor();
    await page.locator('.promise-list').getByRole('link').first().waitFor();
    expect(await page.getByRole('button', { name: /Ändra|Ta bort|Välj aktiviteter|Lägg till/ }).count()).toBe(0);
    await expectAccessible(page, 'medborgarlöften: läsare');

    // Phone width: one card per group, nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('button', { name: 'Meny' }).click();
    await nav('Grupper').click();
    await h1('Grupper').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Trygghetsvandringar' });
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'grupper: telefon');
  });
});
