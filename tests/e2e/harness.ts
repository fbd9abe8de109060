import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createApp, webDistDir } from '#server/app.js';
import { migrateDatabase, openDatabase, type Database } from '#server/db/client.js';
import { DEMO_PASSWORD, seedDemo, type DemoResult } from '#server/db/seed/demo.js';
import { parseEnv } from '#server/env.js';

export { DEMO_PASSWORD };

export interface E2E {
  /** http://127.0.0.1:<port> of the real server. */
  baseUrl: string;
  /** One Chromium profile for the whole spec; clear its cookies to start a test signed out. */
  browser: BrowserContext;
  database: Database;
  app: FastifyInstance;
  demo: DemoResult;
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Registers hooks that start, for this spec, the real app (in-memory PGlite, migrated, demo data)
 * on a free port and a headless Chromium; read the returned object inside tests.
 */
export function useE2E(): E2E {
  const e2e = {} as E2E;
  let profileDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(webDistDir, 'index.html'))) {
      throw new Error(`Webbappen är inte byggd (${webDistDir} saknas). Kör "npx vite build" först.`);
    }
    e2e.database = await openDatabase({ memory: true });
    await migrateDatabase(e2e.database);
    e2e.demo = await seedDemo(e2e.database.db);
    // A journey signs in many times within a minute; the production limit would stop it.
    const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000' });
    e2e.app = await createApp({ database: e2e.database, env, version: 'e2e' });
    e2e.baseUrl = await e2e.app.listen({ port: 0, host: '127.0.0.1' });

    profileDir = mkdtempSync(path.join(tmpdir(), 'samverkan-e2e-'));
    e2e.browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    e2e.browser.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.app?.close();
    await e2e.database?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    if (axeLog.length) {
      const lines = axeLog.map((r) => `  ${r.violations === 0 ? 'ok  ' : 'FAIL'} ${r.label}: ${r.passes} rules passed, ${r.violations} violations`);
      console.log(`axe (wcag2a, wcag2aa, wcag21a, wcag21aa):\n${lines.join('\n')}`);
    }
  });

  return e2e;
}

/** Every journey starts signed out in a fresh tab, handed to `use`; an uncaught error in the page fails it. */
export function useFreshTab(e2e: E2E, use: (page: Page) => void): void {
  let page: Page | undefined;
  let pageErrors: Error[] = [];
  beforeEach(async () => {
    await e2e.browser.clearCookies();
    page = await e2e.browser.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    use(page);
  });
  afterEach(async () => {
    await page?.close();
    expect(pageErrors.map((e) => e.message)).toEqual([]);
  });
}

/** The page's h1, by its text. */
export function heading1(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

const axeLog: { label: string; passes: number; violations: number }[] = [];

/** Runs axe with the WCAG 2.1 A/AA rules on the page as it is now; fails listing every violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  axeLog.push({ label, passes: results.passes.length, violations: results.violations.length });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      return `  ${v.id} [${v.impact ?? 'unknown'}] ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
  throw new Error(`axe found ${results.violations.length} WCAG violation(s) on "${label}" (${page.url()}):\n${report}`);
}

/** Signs in through the form, as a person would, and waits for the start page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mina samverkansområden' }).waitFor();
}

/** True when the element the locator finds has the keyboard focus. */
export async function isFocused(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const handle = await locator.elementHandle();
  return page.evaluate((el) => el === document.activeElement, handle);
}

/** Presses Tab (or Shift+Tab) until the focused element's accessible text matches; fails after `max` presses. */
export async function tabTo(page: Page, text: string | RegExp, max = 40, direction: 'forwards' | 'backwards' = 'forwards'): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(direction === 'forwards' ? 'Tab' : 'Shift+Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? label ?? el.textContent ?? '').trim();
    });
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Nådde inte "${String(text)}" med Tab efter ${max} tryck.`);
}

/** Calls the API from inside the signed-in page (its cookie and CSRF token), as another tab would: for setup and for checking what was stored. */
export async function apiFromPage<T>(page: Page, method: string, url: string, body?: unknown, ifMatch?: string): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, url, body, ifMatch }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { 'X-CSRF-Token': session.csrfToken };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (ifMatch) headers['If-Match'] = ifMatch;
      const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
    },
    { method, url, body, ifMatch },
  );
}

/** The id of a demo collaboration, by its name. */
export function demoCollaborationId(e2e: E2E, name: string): string {
  const id = e2e.demo.collaborations.find((c) => c.name === name)?.id;
  if (!id) throw new Error(`${name} saknas i demodata`);
  return id;
}
