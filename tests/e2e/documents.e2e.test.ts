import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const planTitle = 'Genomförandeplan medborgarlöften Norsjö 2025–2026';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

describe('documents out', () => {
  it('the kommunpolis exports the plan as PDF from the plan page, previews it, and the styrgrupp does not see the police-only export', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.getByRole('link', { name: norsjo }).click();
    await h1(norsjo).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await h1(planTitle).waitFor();
    await page.getByRole('link', { name: 'Exportera som Word eller PDF' }).click();
    await h1('Dokument').waitFor();
    expect(await page.getByRole('radio', { name: 'Plan' }).isChecked()).toBe(true);
    await expectAccessible(page, 'dokument: före');

    await page.getByRole('radio', { name: /^PDF/ }).check();
    await page.getByLabel(/^Diarienummer/).fill('KS-2025-17');
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const filename = `Plan – ${planTitle}.pdf`;
    await page.getByRole('status').getByText(`${filename} är skapat och sparat.`).waitFor();
    const frame = page.getByTitle(`PDF-förhandsvisning av ${filename}`);
    await frame.waitFor();
    const open = page.getByRole('link', { name: 'Öppna PDF:en i en ny flik' });
    const pdf = await page.request.get(new URL((await open.getAttribute('href')) ?? '', e2e.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The demo log holds a police-only entry: the export counts it, so only the police see the export.
    const row = page.getByRole('row').filter({ hasText: 'innehåller uppgifter endast för din organisation' });
    await row.getByText(/Dataversion \d+, dnr KS-2025-17/).waitFor();
    await row.getByRole('link', { name: `Ladda ner ${filename}` }).waitFor();
    await expectAccessible(page, 'dokument: efter skapad PDF');

    await page.getByRole('radio', { name: 'Årlig uppföljning' }).check();
    await page.getByRole('textbox', { name: 'År' }).fill('2025');
    await page.getByRole('radio', { name: /^Word/ }).check();
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.getByRole('status').getByText(/^Uppföljning – Uppföljning 2025 .*\.docx är skapat och sparat\.$/).waitFor();
    await page.getByRole('row').filter({ hasText: 'Årlig uppföljning 2025 (DOCX' }).waitFor();

    await page.context().clearCookies();
    await signIn(page, e2e.baseUrl, styrgrupp);
    await page.getByRole('link', { name: norsjo }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Dokument' }).click();
    await h1('Dokument').waitFor();
    await page.getByText('Samordnare och administratörer skapar dokument.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Skapa dokument' }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Tidigare dokument' }).waitFor();
    await page.getByText('Inga dokument är skapade ännu.').or(page.getByRole('table')).first().waitFor();
    expect(await page.getByText('KS-2025-17', { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'dokument: läsare');
  });

  it('the lägesbild is exported from its page as PDF, with the kind chosen and the page accessible', async () => {
    await signIn(page, e2e.baseUrl, kommunpolis);
    await page.getByRole('link', { name: norsjo }).click();
    await h1(norsjo).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
    await page.getByRole('link', { name: 'Gemensam lägesbild Norsjö 2024' }).click();
    await h1('Gemensam lägesbild Norsjö 2024').waitFor();
    await page.getByRole('link', { name: 'Exportera som Word eller PDF' }).click();
    await h1('Dokument').waitFor();
    expect(await page.getByRole('radio', { name: 'Lägesbild' }).isChecked()).toBe(true);
    // The report is chosen by the link, so no year is asked for.
    expect(await page.getByRole('textbox', { name: 'År' }).count()).toBe(0);
    await page.getByRole('radio', { name: /^PDF/ }).check();
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const filename = 'Lägesbild – Gemensam lägesbild Norsjö 2024.pdf';
    await page.getByRole('status').getByText(`${filename} är skapat och sparat.`).waitFor();
    await page.getByRole('row').filter({ hasText: /Version 1 \(fastställd 2024-11-12\)/ }).getByRole('link', { name: `Ladda ner ${filename}` }).waitFor();
    await expectAccessible(page, 'dokument: lägesbild');
  });
});
