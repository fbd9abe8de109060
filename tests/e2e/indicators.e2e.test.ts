import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage, demoCollaborationId, expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

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

    // Concurrent edits: someone in another tab corrects 2025 while this user is correcting it too.
    const collaborationId = demoCollaborationId(e2e, norsjo);
    const stored = async () => (await apiFromPage<{ id: string; name: string; version: number }[]>(page, 'GET', `/api/collaborations/${collaborationId}/indicators`)).json.find((i) => i.name === name)!;
    const indicatorUrl = `/api/collaborations/${collaborationId}/indicators/${(await stored()).id}`;
    await values.getByRole('button', { name: 'Rätta värdet för 2025' }).click();
    const correctForm = section.getByRole('form', { name: 'Rätta värdet för 2025' });
    expect(await correctForm.getByLabel(/^Värde/).inputValue()).toBe('47,5');
    expect((await apiFromPage(page, 'PUT', `${indicatorUrl}/values/2025`, { value: 48, note: 'Räkning vecka 13' }, '"v1"')).status).toBe(200);
    await correctForm.getByLabel(/^Värde/).fill('49');
    await correctForm.getByRole('button', { name: 'Spara värdet' }).click();
    const valueConflict = correctForm.getByRole('alert');
    await valueConflict.getByText('Någon annan har ändrat detta medan du redigerade').waitFor();
    await valueConflict.getByText('Räkning vecka 13').waitFor();
    await valueConflict.getByText('48', { exact: true }).waitFor();
    await expectAccessible(page, 'indikatorer: krock om ett värde');
    await valueConflict.getByRole('button', { name: /Behåll min ändring/ }).click();
    await correctForm.getByRole('button', { name: 'Spara värdet' }).click();
    await page.getByRole('status').getByText(`Värdet för 2025 i ${name} är sparat.`).waitFor();
    await values.getByRole('row').filter({ hasText: '2025' }).getByText('49', { exact: true }).waitFor();
    // A period entered as new that someone has a value for is not overwritten either.
    await valueForm.getByLabel(/^Period/).fill('2024');
    await valueForm.getByLabel(/^Värde/).fill('39');
    await valueForm.getByRole('button', { name: 'Spara värdet' }).click();
    await valueForm.getByRole('alert').getByText('40', { exact: true }).waitFor();
    await values.getByRole('row').filter({ hasText: '2024' }).getByText('40', { exact: true }).waitFor();
    await valueForm.getByRole('alert').getByRole('button', { name: /Börja om från den senaste/ }).click();
    expect(await section.getByRole('form', { name: 'Rätta värdet för 2024' }).getByLabel(/^Värde/).inputValue()).toBe('40');
    await section.getByRole('button', { name: 'Avbryt rättelsen' }).click();

    await section.getByRole('button', { name: `Fastställ ${name}` }).click();
    await section.getByText('Fastställa indikatorn? Utgångsvärdet 40 (2024) fryses och kan inte ändras efteråt.').waitFor();
    await expectAccessible(page, 'indikatorer: fastställ, fråga');
    // Someone changes the baseline while the question is open: nothing is frozen, and the user is told what it is now.
    expect((await apiFromPage(page, 'PATCH', indicatorUrl, { baselineValue: 41 }, `"v${(await stored()).version}"`)).status).toBe(200);
    await section.getByRole('button', { name: 'Ja, fastställ' }).click();
    await section.getByRole('alert').getByText('Någon annan har ändrat indikatorn sedan du öppnade sidan. Utgångsvärdet är nu 41 (2024).', { exact: false }).waitFor();
    await section.getByText('41 (2024)', { exact: true }).waitFor();
    // The question still open now names the baseline that would be frozen.
    await section.getByText('Fastställa indikatorn? Utgångsvärdet 41 (2024) fryses och kan inte ändras efteråt.').waitFor();
    await expectAccessible(page, 'indikatorer: fastställ efter ändring');
    await section.getByRole('button', { name: 'Ja, fastställ' }).click();
    await page.getByRole('status').getByText(/är fastställd \d{4}-\d{2}-\d{2}\. Utgångsvärdet är nu fryst\./).waitFor();
    await section.getByText(/41 \(2024\) – fastställt \d{4}-\d{2}-\d{2}/).waitFor();
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
