// Offline: after one visit the game installs its service worker, and with the network cut (the
// browser offline and the server gone) it loads again, starts a new game, plays in the hall and
// a room, opens the glossary, and plays to the outcome and the full debrief, whose code and
// art were never fetched online. The manifest is linked, parses, and its icons are served.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act } from './actions.ts';
import { launch, openPage, scene, shot, waitReady, waitScene } from './browser.ts';
import { serve, type Served } from './server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Waits until the worker is active and this page is under its control (one reload if needed). */
async function waitControlled(page: Page): Promise<string> {
  // A worker that never becomes active fails here, not at the test's time limit.
  const script = await page.evaluate(async () => {
    const never = new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000));
    const registration = await Promise.race([navigator.serviceWorker.ready, never]);
    return registration?.active?.scriptURL ?? 'no active service worker';
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await waitReady(page);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 10_000 });
  return script;
}

describe('offline', () => {
  it('loads and plays with the network cut after the first visit', async () => {
    // A server of its own, so the test can take it away.
    let served: Served | null = await serve();
    try {
      const url = served.url;
      const { page, errors, external } = await openPage(browser, url);
      await page.goto(url);
      await waitReady(page);
      expect(await waitControlled(page)).toBe(`${url}sw.js`);
      // Everything the build wrote is in the cache before the network goes.
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith('shuttle-diplomacy-'));
        const cache = await caches.open(names[0]!);
        return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
      });
      expect(cached.names).toHaveLength(1);
      expect(cached.files).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
      expect(cached.files.some((f) => /^\/assets\/outcome-scene-.*\.js$/.test(f))).toBe(true);
      expect(cached.files.some((f) => /^\/assets\/debrief-page-.*\.js$/.test(f))).toBe(true);

      // The first visit's own loads (the title lists the scenarios, read on demand) are over
      // before the network goes: one still in flight at the reload is aborted, not refused.
      await page.waitForSelector('.scenario-choice');
      await page.waitForLoadState('networkidle');
      await served.close();
      served = null;
      await page.context().setOffline(true);
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));

      await page.reload();
      await waitReady(page);
      await page.waitForSelector('[data-action="new-game"]');
      expect(await scene(page)).toBe('title');
      expect(await page.title()).toBe('Shuttle Diplomacy');
      await shot(page, 'offline-title');

      await page.focus('[data-action="new-game"]');
      await page.keyboard.press('Enter');
      await waitScene(page, 'briefing');
      await page.keyboard.press('b');
      await waitScene(page, 'hall');
      await act(page, '2');
      await waitScene(page, 'room');
      await act(page, 'l');
      await page.keyboard.press('t');
      await page.waitForSelector('dialog[open] [data-glossary]');
      expect(await page.$$eval('dialog[open] .glossary-entry', (e) => e.length)).toBeGreaterThan(10);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      await shot(page, 'offline-room');

      // Recess after recess to the outcome, then the full debrief: lazily loaded, never seen online.
      while ((await scene(page)) !== 'outcome') {
        const current = await scene(page);
        await page.keyboard.press(current === 'news' ? 'n' : 'r');
        await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current);
      }
      await page.waitForSelector('#outcome-heading');
      await page.click('[data-action="debrief"]');
      await page.waitForSelector('.debrief-page svg.chart');
      await shot(page, 'offline-debrief');

      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.context().close();
    } finally {
      await served?.close();
    }
  });

  it('links a manifest that parses, with icons that are served', async () => {
    const url = inject('baseUrl');
    const { page, errors } = await openPage(browser, url);
    await page.goto(url);
    await waitReady(page);
    const found = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      const response = await fetch(link.href);
      const manifest = (await response.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] };
      const icons = await Promise.all(
        manifest.icons.map(async (icon) => {
          const r = await fetch(new URL(icon.src, link.href));
          const bitmap = await createImageBitmap(await r.blob());
          return { sizes: icon.sizes, purpose: icon.purpose, type: r.headers.get('content-type'), drawn: `${bitmap.width}x${bitmap.height}` };
        }),
      );
      return { type: response.headers.get('content-type'), name: manifest.name, start: manifest.start_url, display: manifest.display, icons };
    });
    expect(found).not.toBeNull();
    expect(found!.type).toContain('application/manifest+json');
    expect(found!.name).toBe('Shuttle Diplomacy');
    expect(found!.start).toBe('./');
    expect(found!.display).toBe('standalone');
    expect(found!.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of found!.icons) {
      expect(icon.type).toBe('image/png');
      expect(icon.drawn).toBe(icon.sizes);
    }
    expect(found!.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
