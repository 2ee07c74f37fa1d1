// The debrief page: reached from the outcome screen, it shows Description, Analysis and
// Application with the charts, downloads its Markdown and JSON, prints cleanly (charts kept, no
// buttons, black on white, nothing cut off, on A4 and on Letter), and opens from a save file.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot, waitReady } from './browser.ts';
import { asFile, playToOutcome, saveFile } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function download(page: Page, action: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the debrief page', () => {
  it('opens from the outcome screen with its three parts, charts and downloads, and prints cleanly', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'), { acceptDownloads: true });
    await playToOutcome(page, inject('baseUrl'));
    await page.focus('[data-action="debrief"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-page');
    // Focus moves to the page's heading; the game beneath is inert.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement & { inert: boolean }).inert)).toBe(true);
    const parts = await page.$$eval('.debrief-page > section > h2', (h) => h.map((x) => x.textContent));
    expect(parts).toEqual(['1. Description', '2. Analysis', '3. Application']);
    expect(await page.$$eval('.debrief-page h3', (h) => h.map((x) => x.textContent))).toEqual(
      expect.arrayContaining(['Timeline', 'The meters over the rounds', 'Escalations and who caused them', 'Turning points', 'The Pareto frontier and the Nash point', 'Theory that fits this game', 'The game beside history']),
    );
    // How the real talks ended: the scenario's ending in full, with its sources as links.
    expect(await page.$$eval('.debrief-page h4', (h) => h.map((x) => x.textContent))).toContain('How the real talks ended');
    expect(await page.textContent('.debrief-page [data-ending]')).toMatch(/^The rounds that Muscat opened reached "guiding principles"/);
    expect(await page.$$eval('.debrief-page [data-ending] a', (a) => a.length)).toBe(3);
    // Charts are SVG images with a title, each with its figures in a captioned table.
    const charts = await page.$$eval('.debrief-page svg.chart', (s) => s.map((x) => ({ role: x.getAttribute('role'), title: x.querySelector('title')?.textContent ?? '' })));
    expect(charts.length).toBeGreaterThan(8);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.title).not.toBe('');
    }
    expect(await page.$$eval('.debrief-page table', (t) => t.every((x) => (x.querySelector('caption')?.textContent ?? '') !== ''))).toBe(true);
    // Every worth on the one scale of 0 to 100: the fallbacks' chart and its figures (a worth of
    // 0–1 inside the model), and the weights as whole points that add up to 100, as the notebook says.
    const fallback = await page.$eval('.debrief-page [data-meter="reservation"]', (f) => ({
      ticks: [...f.querySelectorAll('svg .tick')].map((t) => t.textContent ?? ''),
      cells: [...f.querySelectorAll('td')].map((t) => Number(t.textContent)),
    }));
    // The axis from 0 to 100, the whole scale (the model caps a fallback at 0.95).
    expect(fallback.ticks.slice(0, 2)).toEqual(['100', '0']);
    expect(fallback.cells.length).toBeGreaterThan(0);
    for (const v of fallback.cells) expect(v > 1 && v < 100, String(v)).toBe(true);
    const weights = await page.$$eval('.debrief-page table', (t) =>
      t.filter((x) => x.querySelector('caption')?.textContent?.startsWith('What mattered to')).map((x) => [...x.querySelectorAll('tbody tr')].map((r) => r.querySelector('td')?.textContent ?? '')),
    );
    expect(weights.length).toBe(2);
    for (const side of weights) {
      for (const w of side) expect(w).toMatch(/^\d+$/);
      expect(side.reduce((n, w) => n + Number(w), 0)).toBe(100);
    }
    expect(await page.$$eval('.debrief-page .questions > li', (l) => l.length)).toBeGreaterThanOrEqual(3);
    // Who escalated is said in a sentence: the rungs by who or what climbed them.
    expect(await page.textContent('[data-debrief="who-escalated"]')).toMatch(/^Who escalated\. (No one climbed|The one rung climbed was taken by|Of the \d+ rungs climbed, )/);
    await shot(page, 'debrief-page');

    const md = await download(page, 'debrief-md');
    expect(md.name).toMatch(/^debrief-muscat-2026-seed\d+\.md$/);
    expect(md.text).toContain('## 1. Description');
    expect(md.text).toContain('## 3. Application');
    const json = await download(page, 'debrief-json');
    expect(json.name).toMatch(/\.json$/);
    const parsed = JSON.parse(json.text) as { format: string; description: object; analysis: object; application: object };
    expect(parsed.format).toBe('shuttle-debrief');

    // Print: only the page, black on white, no buttons; nothing wider than the paper.
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => {
      const view = document.querySelector<HTMLElement>('.page-view')!;
      const main = view.querySelector<HTMLElement>('main')!;
      const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((n) => n.getClientRects().length > 0);
      const charts = [...main.querySelectorAll('svg.chart')].map((s) => s.getBoundingClientRect());
      return {
        appShown: shown('#app'),
        toolbarShown: shown('.page-toolbar'),
        glossaryShown: shown('.glossary-button'),
        position: getComputedStyle(view).position,
        background: getComputedStyle(document.body).backgroundColor,
        color: getComputedStyle(main.querySelector('p')!).color,
        docWidth: document.documentElement.scrollWidth,
        viewportWidth: document.documentElement.clientWidth,
        docHeight: document.documentElement.scrollHeight,
        mainHeight: main.getBoundingClientRect().height,
        charts: charts.length,
        chartsVisible: charts.every((r) => r.width > 50 && r.height > 20 && r.right <= document.documentElement.clientWidth + 1),
      };
    });
    expect(print.appShown).toBe(false);
    expect(print.toolbarShown).toBe(false);
    expect(print.glossaryShown).toBe(false);
    expect(print.position).toBe('static');
    expect(print.background).toBe('rgb(255, 255, 255)');
    expect(print.color).toBe('rgb(0, 0, 0)');
    expect(print.docWidth).toBeLessThanOrEqual(print.viewportWidth);
    expect(print.docHeight).toBeGreaterThanOrEqual(print.mainHeight);
    expect(print.mainHeight).toBeGreaterThan(2000);
    expect(print.charts).toBe(charts.length);
    expect(print.chartsVisible).toBe(true);
    const picture = await page.screenshot({ fullPage: true, path: `${process.cwd()}/test-output/e2e/debrief-print.png` });
    // A blank white page compresses to almost nothing; a page of text and charts does not.
    expect(picture.length).toBeGreaterThan(100_000);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
      expect(pageCount(pdf), format).toBeGreaterThanOrEqual(3);
    }
    await page.emulateMedia({ media: 'screen' });

    // Escape (or Back) returns to the outcome screen, focus on the button that opened the page.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.page-view', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('debrief');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('opens from a save file picked on the title screen, and says why a bad file cannot', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    await page.setInputFiles('[data-action="save-file"]', asFile('broken.json', '{"format":"shuttle-diplomacy-save"'));
    await page.waitForFunction(() => (document.querySelector('.title-panel [role="alert"].error:last-of-type')?.textContent ?? '').includes('broken.json'));
    await page.setInputFiles('[data-action="save-file"]', asFile('ana.json', saveFile('broker', 5)));
    await page.waitForSelector('.debrief-page');
    expect(await page.$$eval('.debrief-page > section > h2', (h) => h.map((x) => x.textContent))).toEqual(['1. Description', '2. Analysis', '3. Application']);
    expect(await page.textContent('.debrief-page')).toContain('Seed 5.');
    await shot(page, 'debrief-from-save');
    // Printed on A4 (210 mm less 12 mm margins each side, about 703 CSS px): nothing is wider than
    // the paper, and every chart is there and inside it.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const fit = await page.evaluate(() => ({
      docWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      charts: [...document.querySelectorAll('.debrief-page svg.chart')].map((s) => s.getBoundingClientRect()).filter((r) => r.width > 50 && r.right <= document.documentElement.clientWidth + 1).length,
      all: document.querySelectorAll('.debrief-page svg.chart').length,
    }));
    expect(fit.docWidth).toBeLessThanOrEqual(fit.width);
    expect(fit.charts).toBe(fit.all);
    await page.screenshot({ path: `${process.cwd()}/test-output/e2e/debrief-print-a4.png` });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
