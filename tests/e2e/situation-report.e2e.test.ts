import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage, expectAccessible, heading1, isFocused, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const samordnare = 'samordnare@norsjo.demo.samverkan.se';
const fritid = 'fritid@norsjo.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const steeringGroup = 'Styrgrupp brottsförebyggande samverkan Norsjö';

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

async function openReport(email: string, title: string) {
  await openSituation(email);
  await page.getByRole('table', { name: 'Lägesbilder per år' }).getByRole('link', { name: title }).click();
  await h1(title).waitFor();
}

describe('lägesbild as a document', () => {
  it('a coordinator creates a lägesbild, adds a dialogue and a safety-walk observation, writes the analysis, adopts it and opens version 1', async () => {
    await openSituation(samordnare);
    // The demo's adopted 2024 lägesbild is listed.
    await page.getByRole('table', { name: 'Lägesbilder per år' }).getByRole('row', { name: /2024 Gemensam lägesbild Norsjö 2024 Fastställd 2024-11-12, version 1/ }).waitFor();
    await expectAccessible(page, 'lägesbild: lista');

    await page.getByRole('textbox', { name: 'År (obligatoriskt)' }).fill('2025');
    await page.getByRole('button', { name: 'Ny lägesbild' }).click();
    await h1('Lägesbild 2025').waitFor();
    await page.getByText('Utkast till version 1').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kartläggning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Annan information' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Analys' }).waitFor();
    await expectAccessible(page, 'lägesbild: nytt utkast');

    // Kartläggning: the series and comparison municipalities are chosen in the page.
    await page.getByRole('button', { name: 'Välj serier och jämförelsekommuner' }).click();
    await page.getByRole('checkbox', { name: 'Samtliga brott (Brå anmälda brott (CSV/Excel))' }).check();
    await page.getByRole('checkbox', { name: 'Malå (2418)' }).check();
    await expectAccessible(page, 'lägesbild: välj serier');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Lägesbilden är sparad.').waitFor();
    await page.getByRole('img', { name: /Samtliga brott, Malå, Per 100 000 inv\./ }).waitFor();
    await page.getByRole('img', { name: /Samtliga brott, Riket, Per 100 000 inv\./ }).waitFor();

    // A citizen dialogue: participants are counted, not named.
    await page.getByText('Lägg till dialog').click();
    await page.getByLabel('Metod').fill('Öppet möte');
    await page.getByLabel('Antal deltagare').first().fill('27');
    await page.getByLabel('Resultat').fill('Otrygghet vid busstationen kvällstid.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Dialogen är sparad.').waitFor();
    await page.getByRole('heading', { level: 4, name: /^Medborgardialog, / }).waitFor();
    await page.getByText('27 deltagare').waitFor();

    // A safety walk and one observation in its protocol.
    await page.getByText('Lägg till trygghetsvandring').click();
    await page.getByLabel('Område').last().fill('Centrum');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Trygghetsvandringen är sparad.').waitFor();
    await page.getByText(/^Lägg till iakttagelse i protokollet Centrum/).click();
    await page.getByRole('textbox', { name: /^Plats/ }).first().fill('Gångtunneln');
    await page.getByRole('textbox', { name: /^Problem/ }).fill('Trasig belysning');
    await page.getByLabel('Förslag till åtgärd').fill('Byt armaturer');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Iakttagelsen är sparad.').waitFor();
    const protocol = page.getByRole('table', { name: /^Protokoll: Centrum/ });
    await protocol.getByRole('row', { name: /Gångtunneln Trasig belysning Byt armaturer/ }).waitFor();
    await expectAccessible(page, 'lägesbild: dialog och protokoll');

    // The analysis.
    await page.getByRole('button', { name: 'Ändra Analysen i text' }).click();
    await page.getByLabel('Analysen i text').fill('Skadegörelse i centrum är det största problemet.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Lägesbilden är sparad.').waitFor();
    await page.getByText('Skadegörelse i centrum är det största problemet.').waitFor();
    expect(await page.getByRole('link', { name: /Problemen i den här lägesbilden/ }).getAttribute('href')).toMatch(/\/problem\?lagesbild=[0-9a-f-]{36}$/);

    // Only groups in force on the day can adopt it: the working group "Trygghetsvandringar" runs 2025-01-01 – 2026-12-31.
    const adoptedBy = page.getByLabel('Fastställd av');
    await page.getByLabel('Fastställd den').fill('2024-06-01');
    await expect.poll(() => adoptedBy.locator('option', { hasText: 'Trygghetsvandringar' }).count()).toBe(0);
    expect(await adoptedBy.locator('option', { hasText: steeringGroup }).count()).toBe(1);
    // Adopt, with a confirmation naming the version.
    await page.getByLabel('Fastställd den').fill('2025-03-12');
    await expect.poll(() => adoptedBy.locator('option', { hasText: 'Trygghetsvandringar' }).count()).toBe(1);
    await page.getByLabel('Fastställd av').selectOption({ label: steeringGroup });
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByText('Fastställa version 1 den 2025-03-12?').waitFor();
    await expectAccessible(page, 'lägesbild: bekräfta fastställande');
    await page.getByRole('button', { name: 'Ja, fastställ' }).click();
    await page.getByText(`Fastställd 2025-03-12 av ${steeringGroup}, version 1`).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Fastställ version 1' }).count()).toBe(0);
    await expectAccessible(page, 'lägesbild: fastställd');

    await page.getByRole('link', { name: 'Version 1, fastställd 2025-03-12' }).click();
    await h1('Lägesbild 2025, version 1').waitFor();
    await page.getByText('Skadegörelse i centrum är det största problemet.').waitFor();
    await page.getByRole('table', { name: /^Protokoll: Centrum/ }).getByRole('row', { name: /Gångtunneln Trasig belysning/ }).waitFor();
    expect(await page.getByRole('button', { name: /Ändra|Spara|Fastställ|Ta bort/ }).count()).toBe(0);
    await expectAccessible(page, 'lägesbild: version 1');

    // Removing the observation afterwards starts the draft of version 2; version 1 keeps it.
    await page.getByRole('link', { name: 'Tillbaka till Lägesbild 2025' }).click();
    await h1('Lägesbild 2025').waitFor();
    await page.getByRole('button', { name: 'Ta bort Gångtunneln' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').getByText('Gångtunneln är borttagen.').waitFor();
    await page.getByText('Utkast till version 2').waitFor();
    await page.getByRole('link', { name: 'Version 1, fastställd 2025-03-12' }).click();
    await page.getByRole('table', { name: /^Protokoll: Centrum/ }).getByRole('row', { name: /Gångtunneln Trasig belysning/ }).waitFor();
  });

  it('a coordinator corrects a dialogue, an observation and an incident report of the adopted lägesbild; a stale save shows the other version', async () => {
    await openReport(samordnare, 'Gemensam lägesbild Norsjö 2024');
    await page.getByText(`Fastställd 2024-11-12 av ${steeringGroup}, version 1`).first().waitFor();
    const [, collaborationId = '', reportId = ''] = /\/samverkan\/([0-9a-f-]{36})\/lagesbild\/([0-9a-f-]{36})$/.exec(page.url()) ?? [];

    // The dialogue's form opens prefilled, with the focus on its heading.
    const editDialogue = page.getByRole('button', { name: 'Ändra Medborgardialog 2024-02-06' });
    await editDialogue.click();
    const dialogueForm = page.getByRole('region', { name: 'Ändra Medborgardialog 2024-02-06' });
    await expect.poll(() => isFocused(page, dialogueForm.getByRole('heading', { name: 'Ändra Medborgardialog 2024-02-06' }))).toBe(true);
    const method = dialogueForm.getByRole('textbox', { name: /^Metod/ });
    expect(await method.inputValue()).toBe('Öppet möte och webbenkät');
    expect(await dialogueForm.getByRole('textbox', { name: /^Område/ }).inputValue()).toBe('Hela kommunen');
    expect(await dialogueForm.getByLabel('Slag av dialog').inputValue()).toBe('citizen');
    await expectAccessible(page, 'lägesbild: ändra dialog');

    // The server's field error is shown at its field.
    await method.fill('');
    await dialogueForm.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialogueForm.locator(`#${await method.getAttribute('id')}-error`).getByText('Ange metod, t.ex. öppet möte eller webbenkät.').waitFor();
    expect(await method.getAttribute('aria-invalid')).toBe('true');
    await method.fill('Öppet möte och webbenkät');
    await dialogueForm.getByRole('textbox', { name: /^Område/ }).fill('Hela kommunen och Bastuträsk');
    await dialogueForm.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Medborgardialog 2024-02-06 är ändrad.').waitFor();
    await page.getByText('Hela kommunen och Bastuträsk').waitFor();
    await expect.poll(() => isFocused(page, editDialogue)).toBe(true);
    // Changing the adopted lägesbild starts the draft of version 2; version 1 keeps the old text.
    await page.getByText('Utkast till version 2').waitFor();

    // An observation: cancelling returns the focus to its "Ändra" button.
    const editObservation = page.getByRole('button', { name: 'Ändra Parkeringen vid torget' });
    await editObservation.click();
    const observationForm = page.getByRole('region', { name: 'Ändra Parkeringen vid torget' });
    await expect.poll(() => isFocused(page, observationForm.getByRole('heading', { name: 'Ändra Parkeringen vid torget' }))).toBe(true);
    await observationForm.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => isFocused(page, editObservation)).toBe(true);
    await page.keyboard.press('Enter');
    await observationForm.getByLabel('Ansvarig').fill('Norsjö kommun, gatuenheten');
    await observationForm.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Parkeringen vid torget är ändrad.').waitFor();
    await page.getByRole('table', { name: /^Protokoll: Norsjö centrum/ }).getByRole('row', { name: /^Parkeringen vid torget .*Norsjö kommun, gatuenheten/ }).waitFor();
    await expect.poll(() => isFocused(page, editObservation)).toBe(true);

    // An incident report that someone else changes while the samordnare corrects it.
    const editIncident = page.getByRole('button', { name: 'Ändra Ordningsstörning Torget 2024-02-24' });
    await editIncident.click();
    const incidentForm = page.getByRole('region', { name: 'Ändra Ordningsstörning Torget 2024-02-24' });
    await expect.poll(() => isFocused(page, incidentForm.getByRole('heading', { name: 'Ändra Ordningsstörning Torget 2024-02-24' }))).toBe(true);
    expect(await incidentForm.getByLabel('Tid på dygnet').inputValue()).toBe('kvall');
    const stored = await apiFromPage<{ incidents: { id: string; place: string; version: number }[] }>(
      page,
      'GET',
      `/api/collaborations/${collaborationId}/situation-reports/${reportId}`,
    );
    const incident = stored.json.incidents.find((i) => i.place === 'Torget');
    expect(incident).toBeDefined();
    const theirs = await apiFromPage(page, 'PATCH', `/api/collaborations/${collaborationId}/incident-reports/${incident?.id}`, { description: 'Fönsterkross vid kiosken' }, `"v${incident?.version}"`);
    expect(theirs.status).toBe(200);

    await incidentForm.getByRole('textbox', { name: /^Plats/ }).fill('Torget vid kyrkan');
    await incidentForm.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = incidentForm.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du redigerade' });
    await conflict.getByText('Fönsterkross vid kiosken').waitFor();
    await conflict.getByText('Torget vid kyrkan').waitFor();
    await expectAccessible(page, 'lägesbild: versionskonflikt');
    await conflict.getByRole('button', { name: 'Behåll min ändring och spara om' }).click();
    await expect.poll(() => isFocused(page, incidentForm.getByLabel('Datum'))).toBe(true);
    await incidentForm.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Ordningsstörning Torget vid kyrkan 2024-02-24 är ändrad.').waitFor();
    await page.getByRole('table', { name: 'Alla händelserapporter' }).getByRole('row', { name: /^2024-02-24 Ordningsstörning Torget vid kyrkan/ }).waitFor();
    await expect.poll(() => isFocused(page, page.getByRole('button', { name: 'Ändra Ordningsstörning Torget vid kyrkan 2024-02-24' }))).toBe(true);

    // Version 1 is as it was adopted.
    await page.getByRole('link', { name: 'Version 1, fastställd 2024-11-12' }).click();
    await h1('Gemensam lägesbild Norsjö 2024, version 1').waitFor();
    await page.getByText('Hela kommunen', { exact: true }).waitFor();
    await page.getByRole('table', { name: 'Alla händelserapporter' }).getByRole('row', { name: /^2024-02-24 Ordningsstörning Torget Kväll/ }).waitFor();
  });

  it('a contributor reports an incident and changes an observation status; a viewer has no edit controls', async () => {
    await openReport(fritid, 'Gemensam lägesbild Norsjö 2024');
    expect(await page.getByText('Lägg till dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    await page.getByText('Rapportera händelse').click();
    await page.getByRole('textbox', { name: /^Kategori/ }).fill('Klotter');
    await page.getByRole('textbox', { name: /^Plats/ }).fill('Idrottshallen');
    await page.getByLabel('Antal', { exact: true }).fill('2');
    await expectAccessible(page, 'lägesbild: rapportera händelse');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Händelsen är rapporterad.').waitFor();
    await page.getByRole('table', { name: 'Alla händelserapporter' }).getByRole('row', { name: /Klotter Idrottshallen/ }).waitFor();
    // The demo had 6 graffiti incidents; now 8.
    await page.getByRole('table', { name: 'Händelser per kategori' }).getByRole('row', { name: 'Klotter 8' }).waitFor();

    await page.getByLabel('Status för Skolgården').selectOption({ label: 'Pågår' });
    await page.getByRole('button', { name: 'Spara Status för Skolgården' }).click();
    await page.getByRole('status').getByText('Status för Skolgården är nu Pågår.').waitFor();
    await expectAccessible(page, 'lägesbild: rapportör');

    await page.context().clearCookies();
    await openReport(styrgrupp, 'Gemensam lägesbild Norsjö 2024');
    await page.getByText(`Fastställd 2024-11-12 av ${steeringGroup}, version 1`).waitFor();
    await page.getByRole('table', { name: /^Protokoll: Norsjö centrum/ }).getByRole('row', { name: /Gångtunneln under väg 370/ }).waitFor();
    const main = page.getByRole('main');
    expect(await main.getByRole('button').filter({ hasText: /Ändra|Spara|Fastställ|Välj serier|Ta bort/ }).count()).toBe(0);
    expect(await main.getByRole('combobox').count()).toBe(0);
    expect(await main.getByText(/Lägg till|Rapportera händelse/).count()).toBe(0);
    await expectAccessible(page, 'lägesbild: läsare');

    // The demo plan starts from it: the plan page names it and links to it.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('link', { name: 'Genomförandeplan medborgarlöften Norsjö 2025–2026' }).first().click();
    await h1('Genomförandeplan medborgarlöften Norsjö 2025–2026').waitFor();
    await page.getByText('Bygger på', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Lägesbild 2024 (fastställd 2024-11-12)' }).click();
    await h1('Gemensam lägesbild Norsjö 2024').waitFor();
  });
});
