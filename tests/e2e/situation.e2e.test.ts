import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading1, isFocused, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const samordnare = 'samordnare@norsjo.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';

// Line 4 names a municipality that does not exist.
const braCsv = [
  'Brottskategori;Region;År;Antal',
  'Samtliga brott;Norsjö;2023;312',
  'Samtliga brott;Riket;2023;1 480 000',
  'Samtliga brott;Gotham;2023;5',
  'Samtliga brott › Brott mot person;Norsjö;2023;41',
].join('\n');
const populationCsv = 'Region;2022;2023\n2417 Norsjö;4 092;4 061\n0000 Riket;10 452 326;10 551 707\n';
const events = [
  { id: 901, datetime: '2025-03-14 9:20:00 +01:00', name: '14 mars 09:20, Skadegörelse, Norsjö', summary: 'Klotter på skolan.', url: '/aktuellt/handelser/2025/mars/14/skadegorelse-norsjo/', type: 'Skadegörelse', location: { name: 'Norsjö', gps: '64.911658,19.48192' } },
  { id: 902, datetime: '2025-07-15 22:05:00 +02:00', name: '15 juli 22:05, Trafikkontroll, Norsjö', summary: 'Kontroll på väg 370.', url: '/aktuellt/handelser/2025/juli/15/trafikkontroll-norsjo/', type: 'Trafikkontroll', location: { name: 'Norsjö', gps: '64.91,19.48' } },
];

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

async function openSituation(email: string) {
  await signIn(page, e2e.baseUrl, email);
  await page.getByRole('link', { name: norsjo }).click();
  await h1(norsjo).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
  await h1('Lägesbild').waitFor();
}

async function choose(source: string, name: string, mimeType: string, content: string) {
  await page.getByRole('radio', { name: source }).check();
  await page.getByLabel('Fil', { exact: true }).setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('heading', { name: 'Förhandsgranskning' }).waitFor();
}

describe('lägesbild', () => {
  it('a coordinator previews a Brå file with a bad row, skips it, adds the population and reads the rates; a viewer only reads', async () => {
    await openSituation(samordnare);
    // The demo holds Norsjö's illustrative Brå and SCB figures (server/db/seed/data); this file revises some of them.
    await page.getByRole('button', { name: 'Visa Samtliga brott', exact: true }).waitFor();
    await expectAccessible(page, 'lägesbild: demodata');

    await choose('Brå anmälda brott (CSV/Excel)', 'anmalda-brott.csv', 'text/csv', braCsv);
    await page.getByText('3 nya eller ändrade rader, 0 oförändrade, 1 felaktiga.').waitFor();
    const badRow = page.getByRole('table', { name: 'Felaktiga rader' }).getByRole('row', { name: /Rad 4/ });
    await badRow.getByRole('cell', { name: 'Region', exact: true }).waitFor();
    await badRow.getByText('"Gotham" är ingen av Sveriges 290 kommuner', { exact: false }).waitFor();
    expect(await isFocused(page, page.getByRole('heading', { name: 'Förhandsgranskning' }))).toBe(true);
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).count()).toBe(0);
    // The preview wrote nothing.
    expect(await page.getByRole('button', { name: 'Visa Samtliga brott › Brott mot person' }).count()).toBe(0);
    await expectAccessible(page, 'lägesbild: förhandsgranskning med fel');

    await page.getByRole('button', { name: 'Hoppa över 1 felaktig rad och importera resten' }).click();
    await page.getByRole('status').getByText('Importen är klar: 3 nya eller ändrade rader, 0 oförändrade, 1 överhoppade.').waitFor();
    expect(await isFocused(page, page.getByRole('heading', { level: 2, name: 'Importera data' }))).toBe(true);
    await page.getByRole('button', { name: 'Visa Samtliga brott › Brott mot person' }).waitFor();

    await choose('Folkmängd SCB (CSV/Excel)', 'folkmangd.csv', 'text/csv', populationCsv);
    await page.getByText('4 nya eller ändrade rader, 0 oförändrade, 0 felaktiga.').waitFor();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('status').getByText('Importen är klar: 4 nya eller ändrade rader, 0 oförändrade, 0 överhoppade.').waitFor();

    await page.getByRole('button', { name: 'Visa Samtliga brott', exact: true }).click();
    const values = page.getByRole('table', { name: 'Värden för Samtliga brott' });
    await values.getByRole('row', { name: /Norsjö 2023 312 7\s682,8/ }).waitFor();
    await values.getByRole('row', { name: /Riket 2023 1\s480\s000 14\s026,2/ }).waitFor();
    await page.getByRole('img', { name: /Samtliga brott, Norsjö, Per 100 000 inv\.: .*2023: 7\s682,8/ }).waitFor();
    await page.getByRole('img', { name: /Samtliga brott, Riket, Per 100 000 inv\.: .*2023: 14\s026,2/ }).waitFor();
    await expectAccessible(page, 'lägesbild: serie med per 100 000');

    await choose('Polisens händelser (JSON)', 'events.json', 'application/json', JSON.stringify(events));
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('status').getByText('Importen är klar: 2 nya eller ändrade rader', { exact: false }).waitFor();
    const eventsTable = page.getByRole('table', { name: 'Polisens händelser, senaste först' });
    await eventsTable.getByRole('row', { name: /2025-07-15 22:05 Trafikkontroll/ }).waitFor();
    const link = eventsTable.getByRole('link', { name: /^Läs mer hos Polisen ?: 14 mars 09:20, Skadegörelse, Norsjö$/ });
    expect(await link.getAttribute('href')).toBe('https://polisen.se/aktuellt/handelser/2025/mars/14/skadegorelse-norsjo/');
    await page.getByLabel('Typ').selectOption('Skadegörelse');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('status').getByText('1 händelse.').waitFor();
    expect(await eventsTable.getByRole('row', { name: /Trafikkontroll/ }).count()).toBe(0);
    await expectAccessible(page, 'lägesbild: händelser');

    await page.context().clearCookies();
    await openSituation(styrgrupp);
    expect(await page.getByRole('heading', { name: 'Importera data' }).count()).toBe(0);
    expect(await page.getByLabel('Fil', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Visa Samtliga brott', exact: true }).click();
    await page.getByRole('table', { name: 'Värden för Samtliga brott' }).getByRole('row', { name: /Norsjö 2023 312 7\s682,8/ }).waitFor();
    await expectAccessible(page, 'lägesbild: läsare');
  });
});
