import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFromPage, demoCollaborationId, expectAccessible, heading1, signIn, useE2E, useFreshTab } from './harness.js';

const e2e = useE2E();

const kommunpolis = 'kommunpolis@polisen.demo.samverkan.se';
const styrgrupp = 'styrgrupp@norsjo.demo.samverkan.se';
const norsjo = 'Norsjö kommun – LPO Skellefteå';
// A problem of our own: the demo holds three of its own.
const problemTitle = 'Mopedåkning på gång- och cykelvägar (e2e)';
const causeText = 'Få kontroller på kvällstid (e2e)';
const riskText = 'Raka vägar utan farthinder (e2e)';

let page: Page;
useFreshTab(e2e, (p) => (page = p));

const h1 = (name: string | RegExp) => heading1(page, name);
const nav = (name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });
const card = (title: string) => page.getByRole('article', { name: title });

async function openProblems(email: string) {
  await signIn(page, e2e.baseUrl, email);
  await page.getByRole('link', { name: norsjo }).click();
  await h1(norsjo).waitFor();
  await nav('Problem och orsaker').click();
  await h1('Problem och orsaker').waitFor();
}

describe('problems and their causes', () => {
  it('(a) a coordinator adds a problem with a cause, links a plan activity to the cause and an indicator, and sees the whole chain', async () => {
    await openProblems(kommunpolis);
    // The demo's problems, by priority in words; a risk factor no activity works on is flagged.
    await page.getByRole('heading', { level: 2, name: 'Hög prioritet (2 problem)' }).waitFor();
    const vandalism = card('Skadegörelse och klotter i centrum');
    const station = vandalism.getByRole('listitem').filter({ hasText: 'Busstationen är samlingsplats kvällstid' });
    await station.getByText('Ingen aktivitet arbetar med detta ännu.').waitFor();
    await vandalism.getByText('Status:', { exact: false }).first().waitFor();
    await expectAccessible(page, 'problem: demo');

    // A new problem, low priority.
    const form = page.getByRole('region', { name: 'Nytt problem' });
    await form.getByRole('textbox', { name: /^Rubrik/ }).fill(problemTitle);
    await form.getByRole('textbox', { name: /^Område/ }).fill('Storgatan');
    await form.getByRole('radio', { name: 'Låg' }).check();
    await form.getByRole('button', { name: 'Lägg till problemet' }).click();
    await page.getByRole('status').getByText(`Problemet ${problemTitle} är tillagt.`).waitFor();
    const mine = card(problemTitle);
    await page.getByRole('heading', { level: 2, name: 'Låg prioritet (1 problem)' }).waitFor();
    await mine.getByText('Ingen orsak, riskfaktor eller skyddsfaktor är beskriven ännu.').waitFor();
    await mine.getByText('Ingen indikator följer problemet ännu.').waitFor();

    // A cause and a risk factor; each is flagged until an activity works on it.
    for (const [kind, text] of [['Orsak', causeText], ['Riskfaktor', riskText]] as const) {
      await mine.getByRole('button', { name: `Lägg till orsak, riskfaktor eller skyddsfaktor till ${problemTitle}` }).click();
      const causeForm = mine.getByRole('region', { name: `Ny orsak, riskfaktor eller skyddsfaktor till ${problemTitle}` });
      expect(await causeForm.getByRole('heading').evaluate((el) => el === document.activeElement)).toBe(true);
      await causeForm.getByRole('radio', { name: kind }).check();
      await causeForm.getByRole('textbox', { name: /^Beskrivning/ }).fill(text);
      if (kind === 'Orsak') await expectAccessible(page, 'problem: ny orsak');
      await causeForm.getByRole('button', { name: 'Lägg till orsak' }).click();
      await mine.getByRole('listitem').filter({ hasText: text }).getByText('Ingen aktivitet arbetar med detta ännu.').waitFor();
    }
    await mine.getByText('Ingen aktivitet arbetar med problemet ännu.').waitFor();

    // Link the plan's traffic controls to the cause, chosen among the plan's activities.
    await mine.getByRole('button', { name: `Koppla aktivitet till ${problemTitle}` }).click();
    const linkForm = mine.getByRole('region', { name: `Koppla en aktivitet till ${problemTitle}` });
    const activitySelect = linkForm.getByRole('combobox', { name: /^Aktivitet/ });
    expect(await activitySelect.locator('optgroup').first().getAttribute('label')).toBe('Genomförandeplan medborgarlöften Norsjö 2025–2026');
    await activitySelect.selectOption({ label: 'Hastighet, alkohol och drograttfylla mm' });
    await linkForm.getByRole('combobox', { name: /^Arbetar med/ }).selectOption({ label: `Orsak: ${causeText}` });
    await expectAccessible(page, 'problem: koppla aktivitet');
    await linkForm.getByRole('button', { name: 'Koppla aktiviteten' }).click();
    await page.getByRole('status').getByText('Aktiviteten är kopplad.').waitFor();

    const cause = mine.getByRole('listitem').filter({ hasText: causeText });
    await cause.getByRole('link', { name: 'Hastighet, alkohol och drograttfylla mm' }).waitFor();
    await cause.getByText('Minst 10 kontroller per månad (minst 10 per månad)').waitFor();
    await cause.getByText('Genomförandeplan medborgarlöften Norsjö 2025–2026').waitFor();
    expect(await cause.getByText('Ingen aktivitet arbetar med detta ännu.').count()).toBe(0);
    // The follow-up status is in words.
    expect(await cause.locator('dd').nth(2).textContent()).toMatch(/^(Grön|Gul|Röd): \d+ av \d+ hittills|Inte påbörjad/);
    await mine.getByText('1 orsak saknar aktivitet.').waitFor();

    // And the indicator that follows it.
    await mine.getByRole('button', { name: `Koppla indikator till ${problemTitle}` }).click();
    const indicatorForm = mine.getByRole('region', { name: `Koppla en indikator till ${problemTitle}` });
    await indicatorForm.getByRole('combobox', { name: /^Indikator/ }).selectOption({ label: 'Genomförda trafikkontroller' });
    await indicatorForm.getByRole('button', { name: 'Koppla indikatorn' }).click();
    await page.getByRole('status').getByText('Indikatorn är kopplad.').waitFor();
    const indicators = mine.getByRole('region', { name: 'Indikatorer' });
    await indicators.getByText('Genomförda trafikkontroller').waitFor();
    await indicators.getByText(/mål 120 antal per år \(2026\)/).waitFor();
    await indicators.getByText(/^Status: /).waitFor();
    expect(await mine.getByText('Ingen indikator följer problemet ännu.').count()).toBe(0);
    await expectAccessible(page, 'problem: hela kedjan');

    // A stale edit: someone else changes the priority first; the form shows both versions.
    await mine.getByRole('button', { name: `Ändra problemet ${problemTitle}` }).click();
    const edit = mine.getByRole('region', { name: `Ändra problemet ${problemTitle}` });
    const collaborationId = demoCollaborationId(e2e, norsjo);
    const list = (await apiFromPage<{ id: string; title: string; version: number }[]>(page, 'GET', `/api/collaborations/${collaborationId}/problems`)).json;
    const stored = list.find((p) => p.title === problemTitle);
    expect((await apiFromPage(page, 'PATCH', `/api/collaborations/${collaborationId}/problems/${stored?.id}`, { area: 'Storgatan och torget' }, `"v${stored?.version}"`)).status).toBe(200);
    await edit.getByRole('textbox', { name: /^Område/ }).fill('Hela centrum');
    await edit.getByRole('button', { name: 'Spara' }).click();
    const conflict = edit.getByRole('alert');
    await conflict.getByText('Storgatan och torget').waitFor();
    await expectAccessible(page, 'problem: krock');
    await conflict.getByRole('button', { name: /Behåll min ändring/ }).click();
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText(`Problemet ${problemTitle} är sparat.`).waitFor();
    await mine.getByText('Hela centrum').waitFor();

    // A cause is guarded the same way: someone rewords it while this user edits it.
    await mine.getByRole('button', { name: `Ändra ${causeText}` }).click();
    const causeEdit = mine.getByRole('region', { name: 'Ändra orsaken' });
    const storedCause = (await apiFromPage<{ title: string; causes: { cause: { id: string; version: number }[] } }[]>(page, 'GET', `/api/collaborations/${collaborationId}/problems`)).json.find((p) => p.title === problemTitle)?.causes.cause[0];
    const theirCause = 'Få kontroller på kvällar och helger (e2e)';
    expect((await apiFromPage(page, 'PATCH', `/api/collaborations/${collaborationId}/problem-causes/${storedCause?.id}`, { description: theirCause }, `"v${storedCause?.version}"`)).status).toBe(200);
    await causeEdit.getByRole('textbox', { name: /^Beskrivning/ }).fill('Inga kontroller alls (e2e)');
    await causeEdit.getByRole('button', { name: 'Spara' }).click();
    const causeConflict = causeEdit.getByRole('alert');
    await causeConflict.getByText(theirCause).waitFor();
    await expectAccessible(page, 'problem: krock om en orsak');
    await causeConflict.getByRole('button', { name: /Börja om från den senaste/ }).click();
    expect(await causeEdit.getByRole('textbox', { name: /^Beskrivning/ }).inputValue()).toBe(theirCause);
    await causeEdit.getByRole('radio', { name: 'Riskfaktor' }).check();
    await causeEdit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Orsaken är sparad.').waitFor();
    await mine.getByRole('region', { name: /Riskfaktorer/ }).getByText(theirCause).waitFor();

    // Reorder within a priority by keyboard: the moved problem keeps the focus and its new place is announced.
    const up = page.getByRole('button', { name: 'Flytta upp Skadegörelse och klotter i centrum' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Skadegörelse och klotter i centrum ligger nu på plats 1 av 2.').waitFor();
    const high = page.getByRole('region', { name: 'Hög prioritet (2 problem)' });
    expect(await high.getByRole('article').first().getAttribute('aria-labelledby')).toBe(
      await card('Skadegörelse och klotter i centrum').getAttribute('aria-labelledby'),
    );
    const down = page.getByRole('button', { name: 'Flytta ned Skadegörelse och klotter i centrum' });
    await expect.poll(() => down.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('(b) a viewer reads the chain without edit controls, also for one lägesbild and on a phone', async () => {
    await openProblems(styrgrupp);
    const drugs = card('Unga som börjar med narkotika eller alkohol');
    await drugs.getByRole('heading', { level: 4, name: 'Skyddsfaktorer' }).waitFor();
    await drugs.getByRole('listitem').filter({ hasText: 'Unga ute sent på helger utan vuxna i närheten' }).getByRole('link', { name: 'Nattvandring' }).waitFor();
    expect(await page.getByRole('button', { name: /Ändra|Ta bort|Lägg till|Koppla|Flytta/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Nytt problem' }).count()).toBe(0);
    await expectAccessible(page, 'problem: läsare');

    // From the lägesbild: only its problems, and a way back to all.
    const collaborationId = demoCollaborationId(e2e, norsjo);
    const list = (await apiFromPage<{ reportId: string | null }[]>(page, 'GET', `/api/collaborations/${collaborationId}/problems`)).json;
    const reportId = list.find((p) => p.reportId)?.reportId;
    await page.goto(`${e2e.baseUrl}/samverkan/${collaborationId}/problem?lagesbild=${reportId}`);
    await h1('Problem och orsaker').waitFor();
    await page.getByText('Visar problemen från en lägesbild.').waitFor();
    await card('Otrygghet i centrum efter mörkrets inbrott').waitFor();

    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('link', { name: 'Visa alla problem' }).click();
    await page.getByRole('heading', { level: 2, name: 'Medelhög prioritet (1 problem)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'problem: telefon');
  });
});
