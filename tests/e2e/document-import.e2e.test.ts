import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { queryRows } from '#server/db/query.js';
import { expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
const seed001 = fileURLToPath(new URL('../fixtures/import/001_965363f598d85df7.txt', import.meta.url));
const fileName = '001_965363f598d85df7.txt';
const title = 'Medborgarlöften 2019 – 2023 Polisen och Norsjö Kommun';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);
const marked = () => page.getByRole('region', { name: 'Dokumentets text' }).locator('mark');

/** Everything an import may write, over the whole demo database. */
async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    e2e.database.db,
    sql`select (select count(*)::int from agreements) as agreements, (select count(*)::int from plans) as plans,
      (select count(*)::int from activities) as activities, (select count(*)::int from focus_areas) as "focusAreas",
      (select count(*)::int from citizen_promises) as promises`,
  );
  return row;
}

async function openImport() {
  await signIn(page, e2e.baseUrl, kommunpolis);
  await page.getByRole('link', { name: norsjo }).click();
  await h1(norsjo).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).click();
  await h1('Importera dokument').waitFor();
}

async function readSeed() {
  await page.getByLabel('Dokument', { exact: true }).setInputFiles(seed001);
  await page.getByText(`Vald fil: ${fileName}`).waitFor();
  await page.getByRole('button', { name: 'Läs dokumentet' }).click();
  await page.getByRole('heading', { level: 2, name: `Granska det som hittades i ${fileName}` }).waitFor();
}

describe('document import: upload, review beside the source, one commit', () => {
  it('(a) a coordinator reads seed 001, sees where a field came from, corrects a row and creates agreement, promises and plan', async () => {
    await openImport();
    await expectAccessible(page, 'import: välj dokument');
    await readSeed();

    const documentFields = page.getByRole('region', { name: 'Dokumentet' });
    expect(await documentFields.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(title);
    expect(await documentFields.getByLabel('Gäller från', { exact: true }).inputValue()).toBe('2019-01-01');
    await page.getByRole('heading', { level: 3, name: 'Planen (12 rader)' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Kontrollera särskilt' }).waitFor();
    await expectAccessible(page, 'import: granska');

    // "Visa i texten" marks the field's source; so does moving into a field.
    await page.getByRole('button', { name: 'Visa i texten: Gäller från' }).click();
    expect(await marked().textContent()).toContain('1/1 2019');
    await page.getByRole('status').filter({ hasText: 'Markerat i texten:' }).waitFor();
    const row5 = page.getByRole('group', { name: 'Planrad 5' });
    await row5.getByRole('textbox', { name: 'När' }).focus();
    expect(await marked().textContent()).toContain('Minst 10 kontroller per månad');
    await expect.poll(() => marked().isVisible()).toBe(true);
    await expectAccessible(page, 'import: markerat i texten');

    // Correct one field: the target is read again at once.
    await row5.getByRole('textbox', { name: 'När' }).fill('Minst 12 kontroller per månad');
    await row5.getByText('Tolkat mål: minst 12 per månad').waitFor();

    const before = await counts();
    await page.getByRole('button', { name: 'Skapa avtal, löften och plan' }).click();
    await page.getByRole('heading', { level: 2, name: `Klart: ${fileName} är importerat` }).waitFor();
    await page.getByText(/kopplade till \d+ aktiviteter/).waitFor();
    await expectAccessible(page, 'import: klart');
    expect(await counts()).toMatchObject({
      agreements: before!.agreements! + 1,
      plans: before!.plans! + 1,
      activities: before!.activities! + 12,
      promises: before!.promises! + 1,
    });

    await page.getByRole('link', { name: `Planen ${title} med 12 aktiviteter` }).click();
    await h1(title).waitFor();
    await page.getByText('Hastighet, alkohol och drograttfylla mm').first().waitFor();
    await page.getByText('Minst 12 kontroller per månad').first().waitFor();
    await page.getByText('Nattvandring', { exact: true }).first().waitFor();
  });

  it('(b) cancelling while sending or during review leaves nothing behind', async () => {
    const before = await counts();
    await openImport();

    // The upload is held unanswered, so "Avbryt" is pressed while it is under way.
    const upload = (url: URL) => url.pathname.endsWith('/document-imports');
    await page.route(upload, () => undefined);
    await page.getByLabel('Dokument', { exact: true }).setInputFiles(seed001);
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    await page.getByRole('progressbar').waitFor();
    await expectAccessible(page, 'import: skickar');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('status').getByText('Importen avbröts. Inget har sparats.').waitFor();
    await page.unroute(upload);

    await readSeed();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('status').getByText('Importen avbröts. Inget har sparats.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Välj dokumentet' }).waitFor();
    await expectAccessible(page, 'import: avbruten');
    expect(await counts()).toEqual(before);
  });

  it('(c) a file that is not a document is refused with a Swedish reason, at the upload', async () => {
    await openImport();
    await page.getByLabel('Dokument', { exact: true }).setInputFiles({ name: 'bild.pdf', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    await page.getByRole('alert').getByText(/bild\.pdf är en bild/).waitFor();
    await expectAccessible(page, 'import: fel filtyp');
  });
});
