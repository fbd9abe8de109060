import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const year = today.slice(0, 4);
// A title of our own: the demo data may hold agreements of its own.
const agreementTitle = `Samverkansöverenskommelse e2e ${year}`;

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

async function editSyfte(text: string) {
  await page.getByRole('button', { name: 'Ändra utkastet' }).click();
  await page.getByRole('heading', { level: 2, name: 'Ändra utkastet' }).waitFor();
  await page.getByRole('textbox', { name: 'Syfte', exact: true }).fill(text);
  await expectAccessible(page, 'avtal: ändra utkastet');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('status').getByText('Utkastet är sparat.').waitFor();
}

describe('agreements: draft, adopt, revise, compare', () => {
  it('(a) a coordinator creates an open-ended agreement, adopts it, revises a section and sees the changed line in the diff', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.getByRole('link', { name: norsjo }).click();
    await h1(norsjo).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await h1('Avtal').waitFor();
    await expectAccessible(page, 'avtal: lista');

    await page.getByLabel('Titel').fill(agreementTitle);
    await page.getByLabel('Tillsvidare').check();
    await page.getByLabel('Gäller från').fill(`${year}-01-01`);
    await expectAccessible(page, 'avtal: nytt utkast');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await h1(agreementTitle).waitFor();
    expect(await page.locator('.status__label').first().textContent()).toBe('Utkast');
    await expectAccessible(page, 'avtal: utkast');

    await editSyfte('Rad ett\nRad två');
    await expect.poll(() => page.getByRole('region', { name: 'Syfte' }).textContent()).toContain('Rad två');

    await page.getByLabel(/^Fastställd/).fill(today);
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByRole('status').getByText('Avtalet är fastställt.').waitFor();
    expect(await page.locator('.status__label').first().textContent()).toBe('Gällande');
    await page.getByText('Version 1, fastställd').waitFor();
    await expectAccessible(page, 'avtal: gällande');

    // The list shows the status as a word next to its shape.
    await page.getByRole('link', { name: 'Tillbaka till avtalen' }).click();
    await h1('Avtal').waitFor();
    const row = page.getByRole('row').filter({ hasText: agreementTitle });
    await row.getByText('Gällande').waitFor();
    await row.getByRole('link', { name: agreementTitle }).click();
    await h1(agreementTitle).waitFor();

    await page.getByRole('button', { name: 'Revidera' }).click();
    await page.getByRole('status').getByText(/nytt utkast/).waitFor();
    await editSyfte('Rad ett\nRad tre');

    await page.getByRole('heading', { level: 3, name: 'Jämför versioner' }).waitFor();
    expect(await page.getByLabel('Från').inputValue()).toBe('1');
    expect(await page.getByLabel('Till', { exact: true }).inputValue()).toBe('draft');
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    const diff = page.getByRole('region', { name: 'Skillnader från Version 1 till Utkastet' });
    await diff.getByRole('heading', { level: 3, name: 'Syfte' }).waitFor();
    const removed = diff.locator('li', { has: page.locator('del') });
    const added = diff.locator('li', { has: page.locator('ins') });
    expect(await removed.allTextContents()).toEqual(['Borttaget: Rad två']);
    expect(await added.allTextContents()).toEqual(['Tillagt: Rad tre']);
    expect(await diff.locator('li').filter({ hasNotText: /Borttaget|Tillagt/ }).allTextContents()).toEqual(['Rad ett']);
    await expectAccessible(page, 'avtal: jämför versioner');
  });
});
