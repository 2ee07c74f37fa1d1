// The what-if explorer in the browser: from a mid-game step of a saved game, 1,000
// continuations in Web Workers finish with a distribution that sums to 1,000 and the moves that
// mattered, the same again on the kept workers, and the page passes the axe audit; a bad number is refused with a message; 100,000 can be cancelled from the keyboard,
// which shows the partial result and stops the progress.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, shot, waitReady } from './browser.ts';
import { asFile, saveFile } from './pages.ts';
import { QUICK_POLICIES } from '../../src/sim/policies/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const MID_STEP = 14;

async function openExplorer(page: Page): Promise<void> {
  await page.goto(inject('baseUrl'));
  await waitReady(page);
  await page.setInputFiles('[data-action="replay-file"]', asFile('broker.json', saveFile('broker', 11)));
  await page.waitForSelector('.replay-viewer [data-role="palace"]');
  await page.focus('[data-action="scrub"]');
  await page.keyboard.press('Home');
  for (let i = 0; i < MID_STEP; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((s) => document.querySelector('[data-role="step-label"]')?.textContent?.startsWith(`Step ${s} of`), MID_STEP);
  await page.click('[data-action="what-if"]');
  await page.waitForSelector('[data-page-kind="whatif"] [data-action="whatif-run"]');
}

const counts = (page: Page) => page.$$eval('[data-whatif="distribution"] tbody [data-count]', (cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
const progressValue = (page: Page) => page.$eval('[data-whatif="progress"] progress', (p) => (p as HTMLProgressElement).value);

describe('the what-if explorer', () => {
  it('refuses a bad number, then runs 1,000 continuations to a full distribution', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await openExplorer(page);
    // The page covers the canvas, which draws nothing while it is up (not even a safety frame).
    const frames = await page.evaluate(() => window.__shuttle!.frames());
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => window.__shuttle!.frames())).toBe(frames);
    expect(await page.textContent('#page-heading')).toBe(`What if… from step ${MID_STEP} of the main line`);

    for (const bad of ['0', '100001', '2.5', '']) {
      await page.fill('[data-whatif="runs"]', bad);
      await page.click('[data-action="whatif-run"]');
      expect(await page.textContent('[data-whatif="error"]')).toMatch(/continuation|whole number/);
      expect(await page.getAttribute('[data-whatif="runs"]', 'aria-invalid')).toBe('true');
      expect(await page.$('[data-whatif-status]')).toBeNull();
    }

    // From the keyboard: type the number and press Enter in the field.
    await page.fill('[data-whatif="runs"]', '1000');
    await page.focus('[data-whatif="runs"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-whatif-status="complete"]', { timeout: 60_000 });
    expect(await page.textContent('[data-whatif="error"]')).toBe('');
    const c = await counts(page);
    expect(c).toHaveLength(6);
    expect(c.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(await page.getAttribute('[data-whatif="distribution"] tfoot [data-total]', 'data-total')).toBe('1000');
    // All policies in turn: continuation k is played by policy k mod their number.
    const shares = QUICK_POLICIES.map((p, i) => `${p.name} (${Math.floor(1000 / QUICK_POLICIES.length) + (i < 1000 % QUICK_POLICIES.length ? 1 : 0)})`);
    expect(await page.$$eval('[data-whatif="per-policy"] tbody th', (ths) => ths.map((th) => th.textContent))).toEqual(shares);
    const decisions = await page.$$eval('[data-whatif="decisions"] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(d).toMatch(/ score [+−±]\d+\.\d: /);
    expect(await progressValue(page)).toBe(await page.$eval('[data-whatif="progress"] progress', (p) => (p as HTMLProgressElement).max));
    await page.waitForFunction(() => document.getElementById('live')?.textContent?.includes('What-if finished: 1,000 continuations.'));
    // By default the hidden values are sampled from the mediator's beliefs, and the results say so.
    expect(await page.isChecked('[data-whatif="hidden-beliefs"]')).toBe(true);
    expect(await page.getAttribute('[data-whatif="hidden"]', 'data-hidden')).toBe('beliefs');
    expect(await page.textContent('[data-whatif="hidden"]')).toMatch(/^From your beliefs: /);
    await shot(page, 'whatif-finished');
    expect(await audit(page)).toEqual([]);

    // Again, on the workers kept from the first run: the same request gives the same counts.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('whatif-run');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-whatif-status="complete"]', { timeout: 60_000 });
    expect(await counts(page)).toEqual(c);

    // Back to the replay, at the same step.
    await page.click('[data-action="whatif-back"]');
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.$('[data-page-kind="whatif"]')).toBeNull();
    expect(await page.textContent('[data-role="step-label"]')).toMatch(new RegExp(`^Step ${MID_STEP} of`));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('samples the hidden values from the beliefs by default; the truth is a teaching mode, labelled', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openExplorer(page);
    await page.fill('[data-whatif="runs"]', '100');
    await page.selectOption('[data-whatif="policy"]', 'broker');
    expect(await page.isChecked('[data-whatif="hidden-beliefs"]')).toBe(true);
    await page.click('[data-action="whatif-run"]');
    await page.waitForSelector('[data-whatif="hidden"][data-hidden="beliefs"]', { timeout: 60_000 });
    expect(await page.textContent('[data-whatif="hidden"]')).toMatch(/^From your beliefs: /);
    // The teaching mode, chosen with the keyboard.
    await page.focus('[data-whatif="hidden-beliefs"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('[data-whatif="hidden-truth"]')).toBe(true);
    await page.click('[data-action="whatif-run"]');
    await page.waitForSelector('[data-whatif="hidden"][data-hidden="truth"]', { timeout: 60_000 });
    expect(await page.textContent('[data-whatif="hidden"]')).toMatch(/^Teaching mode: these continuations used the game’s true hidden values/);
    await page.waitForFunction(() => document.getElementById('live')?.textContent?.includes('Teaching mode: the true hidden values.'));
    await shot(page, 'whatif-teaching-mode');
    expect(errors).toEqual([]);
  });

  it('cancels 100,000 continuations: a partial result, and the progress stops', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openExplorer(page);
    await page.fill('[data-whatif="runs"]', '100000');
    await page.selectOption('[data-whatif="policy"]', 'broker');
    await page.click('[data-action="whatif-run"]');
    await page.waitForFunction(() => (document.querySelector('[data-whatif="progress"] progress') as HTMLProgressElement).value >= 200, null, { timeout: 30_000 });
    expect(await page.textContent('[data-whatif="progress-text"]')).toMatch(/ of 1\d\d,\d{3} continuations/);
    // Focus moved to Cancel when the run started: Enter cancels.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('whatif-cancel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-whatif-status="partial"]');
    const stoppedAt = await progressValue(page);
    const c = await counts(page);
    const partial = c.reduce((a, b) => a + b, 0);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(100_000);
    expect(await page.textContent('[data-whatif-status="partial"]')).toContain('Partial result');
    expect(await page.textContent('[data-whatif-status="partial"]')).toContain(`after ${stoppedAt.toLocaleString('en')} of `);
    expect(await page.textContent('.whatif-results h2')).toBe('Outcomes (partial)');
    await page.waitForFunction(() => document.getElementById('live')?.textContent?.includes('What-if cancelled'));
    await page.waitForTimeout(600);
    expect(await progressValue(page)).toBe(stoppedAt);
    expect(await page.isEnabled('[data-action="whatif-run"]')).toBe(true);
    expect(await page.isDisabled('[data-action="whatif-cancel"]')).toBe(true);
    await shot(page, 'whatif-cancelled');
    expect(errors).toEqual([]);
  });
});
