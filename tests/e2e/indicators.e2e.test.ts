import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
// A name of our own: the demo holds indicators of its own.
const name = 'Andel unga som deltar i fritidsgårdens kvällsverksamhet e2e';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

async function openIndicators(email: string) {
  await signIn(page, e2e.baseUrl, email);
  await page.getByRole('link', { name: norsjo }).click();
  await heading1(page, norsjo).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Indikatorer' }).click();
  await heading1(page, 'Indikatorer').waitFor();
}

describe('indicators', () => {
  it('a coordinator creates a manual indicator, enters two values, sees the status and adopts it', async () => {
    await openIndicators(kommunpolis);
    // The demo's indicators, each status in words.
    const demoRow = page.getByRole('row').filter({ hasText: 'Andel elever i åk 9 som känner sig trygga i skolan' });
    await demoRow.getByText('På väg').waitFor();
    await demoRow.getByText('78 (2024)').waitFor();
    await expectAccessible(page, 'indikatorer: listan');

    await page.getByRole('button', { name: 'Ny indikator' }).click();
    const form = page.getByRole('region', { name: 'Ny indikator' });
    await form.getByLabel('Namn').fill(name);
    await form.getByLabel('Enhet').fill('procent');
    await form.getByRole('radio', { name: 'Öka' }).check();
    await form.getByRole('radio', { name: 'Manuell inmatning' }).check();
    await form.getByRole('group', { name: 'Utgångsvärde' }).getByLabel('Värde').fill('40');
    await form.getByRole('group', { name: 'Utgångsvärde' }).getByLabel('Period').fill('2024');
    await form.getByRole('group', { name: 'Mål' }).getByLabel('Värde').fill('55');
    await form.getByRole('group', { name: 'Mål' }).getByLabel('Period').fill('2026');
    await expectAccessible(page, 'indikatorer: ny indikator');
    await form.getByRole('button', { name: 'Skapa indikatorn' }).click();
    await page.getByRole('status').getByText(`Indikatorn ${name} är skapad.`).waitFor();

    const section = page.getByRole('region', { name, exact: true });
    await section.getByText('Saknar värden').waitFor();
    const valueForm = section.getByRole('form', { name: 'För in värde' });
    await valueForm.getByLabel(/^Period/).fill('2024');
    await valueForm.getByLabel(/^Värde/).fill('40');
    await valueForm.getByRole('button', { name: 'Spara värdet' }).click();
    await page.getByRole('status').getByText(`Värdet för 2024 i ${name} är sparat.`).waitFor();
    await valueForm.getByLabel(/^Period/).fill('2025');
    await valueForm.getByLabel(/^Värde/).fill('47,5');
    await valueForm.getByLabel('Anteckning').fill('Räkning vecka 12');
    await valueForm.getByRole('button', { name: 'Spara värdet' }).click();
    await page.getByRole('status').getByText(`Värdet för 2025 i ${name} är sparat.`).waitFor();
    await section.getByText('På väg').waitFor();
    const values = section.getByRole('table', { name: `Värden för ${name}` });
    await values.getByRole('row').filter({ hasText: '2025' }).getByText('47,5').waitFor();
    await section.getByRole('img', { name: /Linjediagram för .*2024: 40; 2025: 47,5\. Målet 55 är en streckad linje\./ }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await row.getByText('47,5 (2025)').waitFor();
    await row.getByText('På väg').waitFor();
    await expectAccessible(page, 'indikatorer: med två värden');

    await section.getByRole('button', { name: `Fastställ ${name}` }).click();
    await section.getByText('Fastställa indikatorn? Utgångsvärdet 40 (2024) fryses och kan inte ändras efteråt.').waitFor();
    await expectAccessible(page, 'indikatorer: fastställ, fråga');
    await section.getByRole('button', { name: 'Ja, fastställ' }).click();
    await page.getByRole('status').getByText(/är fastställd \d{4}-\d{2}-\d{2}\. Utgångsvärdet är nu fryst\./).waitFor();
    await section.getByText(/40 \(2024\) – fastställt \d{4}-\d{2}-\d{2}/).waitFor();
    expect(await section.getByRole('button', { name: `Fastställ ${name}` }).count()).toBe(0);

    // After adoption the baseline cannot be edited.
    await section.getByRole('button', { name: `Ändra ${name}` }).click();
    await section.getByText(/Utgångsvärdet är fryst sedan indikatorn fastställdes/).waitFor();
    const baseline = section.getByRole('group', { name: 'Utgångsvärde' }).getByLabel('Värde');
    expect(await baseline.getAttribute('readonly')).not.toBeNull();
    await section.getByRole('group', { name: 'Mål' }).getByLabel('Värde').fill('60');
    await expectAccessible(page, 'indikatorer: ändra fastställd');
    await section.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText(`Ändringarna i ${name} är sparade.`).waitFor();
    await row.getByText('60 (2026)').waitFor();
  });

  it('a viewer reads the indicators without edit controls', async () => {
    await openIndicators(styrgrupp);
    const section = page.getByRole('region', { name: 'Genomförda trafikkontroller', exact: true });
    await section.getByText('Antal loggade aktiviteter: Hastighet, alkohol och drograttfylla mm').waitFor();
    await page.getByRole('region', { name: 'Andel elever i åk 9 som känner sig trygga i skolan', exact: true }).getByText(/78 \(2024\) – fastställt 2025-02-12/).waitFor();
    expect(await page.getByRole('button', { name: 'Ny indikator' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Fastställ / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara värdet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    await expectAccessible(page, 'indikatorer: läsare');

    // The plan's follow-up page lists them too, and links back here.
    const plan = 'Genomförandeplan medborgarlöften Norsjö 2025–2026';
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('link', { name: `Uppföljning av ${plan}` }).click();
    await heading1(page, `Uppföljning: ${plan}`).waitFor();
    const overview = page.getByRole('region', { name: 'Indikatorer', exact: true });
    await overview.getByRole('row').filter({ hasText: 'Andel invånare som känner sig trygga utomhus kvällstid' }).getByText('Uppnått').waitFor();
    await expectAccessible(page, 'uppföljning: indikatorer');
    await overview.getByRole('link', { name: 'Alla indikatorer med värden och diagram' }).click();
    await heading1(page, 'Indikatorer').waitFor();
  });
});
