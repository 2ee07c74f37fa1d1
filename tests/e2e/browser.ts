// One Chromium per test file, and pages that record what the tests check on every screen:
// console errors, page errors, anything the Content-Security-Policy refuses, and any request
// that leaves the game's own origin.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './server.ts';

export const SHOTS = join(ROOT, 'test-output', 'e2e');

/** A page error as a test reports it: its message and where it was thrown (a rare one can then be found from one failing run). */
export function pageErrorText(e: Error): string {
  const where = (e.stack ?? '').split('\n').filter((l) => l.trim().startsWith('at ')).slice(0, 5).map((l) => l.trim());
  return `page error: ${e.message}${where.length ? ` (${where.join(' < ')})` : ''}`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  errors: string[];
  external: string[];
}

export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  // A refused eval or a blocked file is only an event, not always a console error: make it one.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(pageErrorText(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  return { page, errors, external };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__shuttle?.ready === true, null, { timeout: 30_000 });
}

export async function waitScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => window.__shuttle?.scene() === k, key, { timeout: 15_000 });
  // The scene's DOM is mounted and focused within the same frame; one more frame for layout.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

export function scene(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__shuttle?.scene() ?? null);
}

export function snapshot(page: Page): Promise<unknown> {
  return page.evaluate(() => window.__shuttle?.snapshot() ?? null);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The state inside the persisted snapshot (its `context`). */
export async function state(page: Page): Promise<{ round: number; location: string | number; hoursLeft: number; outcome: { id: string } | null; draftVersion: number }> {
  return page.evaluate(() => (window.__shuttle!.snapshot() as { context: never }).context);
}

/** The save file of the game in progress as its slot in IndexedDB holds it (null: none). */
export async function savedGame<T = { events: unknown[]; branches: { events: unknown[] }[]; scenario: { id: string } }>(page: Page): Promise<T | null> {
  const text = await page.evaluate(() => window.__shuttle!.savedGame());
  return text === null ? null : (JSON.parse(text) as T);
}

/** Waits until the slot holds `moves` moves of the line in play, committed. */
export async function waitCommitted(page: Page, moves: number): Promise<void> {
  await page.waitForFunction((n) => window.__shuttle!.committed() === n, moves, { timeout: 15_000 });
}

/** What a screen shows and says: its visible text and every accessible label, alt text and title outside hidden regions. */
export function screenWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const n of document.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext], [aria-description]')) {
      if (n.closest('[hidden]')) continue;
      for (const a of ['aria-label', 'title', 'alt', 'aria-valuetext', 'aria-description']) parts.push(n.getAttribute(a) ?? '');
    }
    return parts.join('\n');
  });
}

/** A word on its own (no letter either side), in any case. */
export const wholeWord = (w: string) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
