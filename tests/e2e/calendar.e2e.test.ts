import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const fritid = 'fritid@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
// A name of our own: the demo data may hold feeds of its own.
const feedName = 'Min jobbkalender e2e';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);

describe('calendar feeds', () => {
  it('a contributor creates a personal feed, the address serves iCalendar, and after revoking it gives 404', async () => {
    await signIn(page, e2e.baseUrl, fritid);
    await page.getByRole('link', { name: norsjo }).click();
    await h1(norsjo).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kalender' }).click();
    await h1('Kalender').waitFor();
    await page.getByText(/Prenumerera i Outlook: Lägg till kalender → Från Internet/).waitFor();
    // A contributor makes personal feeds only: no choice of the shared feed.
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectAccessible(page, 'kalender: före');

    await page.getByLabel('Namn').fill(feedName);
    await page.getByRole('button', { name: 'Skapa kalenderflöde' }).click();
    await page.getByRole('heading', { level: 2, name: `Ditt nya kalenderflöde: ${feedName}` }).waitFor();
    await page.getByText('Alla som har adressen kan läsa kalendern.', { exact: false }).waitFor();
    const address = page.getByLabel('Kalenderadress');
    expect(await address.getAttribute('readonly')).not.toBeNull();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar\/.+\.ics$/);
    await page.getByRole('button', { name: 'Kopiera adressen' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: feedName });
    await row.getByText('Personligt').waitFor();
    await row.getByText('Aktivt').waitFor();
    await expectAccessible(page, 'kalender: efter skapat flöde');

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const body = await feed.text();
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(body).toContain('END:VCALENDAR');

    await row.getByRole('button', { name: `Återkalla ${feedName}` }).click();
    await row.getByRole('button', { name: 'Ja, återkalla' }).click();
    await page.getByRole('status').getByText(`${feedName} är återkallat.`).waitFor();
    await row.getByText(/^Återkallat /).waitFor();
    expect(await row.getByRole('button', { name: `Återkalla ${feedName}` }).count()).toBe(0);
    // The address was shown once and is gone with the feed.
    expect(await page.getByLabel('Kalenderadress').count()).toBe(0);
    await expectAccessible(page, 'kalender: efter återkallat flöde');

    expect((await fetch(url)).status).toBe(404);
  });
});
