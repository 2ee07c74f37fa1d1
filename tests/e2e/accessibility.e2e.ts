// The axe-core audit of every scene (and the overlays: settings, help, the draft editor, an open
// choice), at the smallest supported size and at a common one: no serious or critical violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, openTitle } from './actions.ts';
import { audit, injectAxe, type Finding } from './axe.ts';
import { launch, openPage, scene, shot, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function check(page: Page, name: string, found: Record<string, Finding[]>): Promise<void> {
  await shot(page, `axe-${name}`);
  const violations = await audit(page);
  if (violations.length) found[name] = violations;
}

for (const viewport of [
  { width: 1024, height: 640 },
  { width: 1920, height: 1080 },
]) {
  describe(`axe at ${viewport.width}×${viewport.height}`, () => {
    it('finds no serious or critical violation on any scene', async () => {
      const { page, errors } = await openPage(browser, inject('baseUrl'), { viewport });
      await injectAxe(page);
      const found: Record<string, Finding[]> = {};
      const tag = `${viewport.width}`;
      await openTitle(page, inject('baseUrl'));
      await check(page, `${tag}-title`, found);

      await page.click('button:has-text("Settings")');
      await page.waitForSelector('dialog[open]');
      await check(page, `${tag}-settings`, found);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await page.waitForSelector('dialog[open]');
      await check(page, `${tag}-help`, found);
      await page.keyboard.press('Escape');

      await page.click('[data-action="new-game"]');
      await waitScene(page, 'briefing');
      await check(page, `${tag}-briefing`, found);
      await page.click('[role="tab"]:has-text("Facts and sources")');
      await check(page, `${tag}-briefing-facts`, found);

      await page.keyboard.press('b');
      await waitScene(page, 'hall');
      await check(page, `${tag}-hall`, found);
      await page.keyboard.press('e');
      await page.waitForSelector('.editor');
      await check(page, `${tag}-editor`, found);
      await page.keyboard.press('Escape');

      await act(page, '2');
      await waitScene(page, 'room');
      await act(page, 'l');
      await page.keyboard.press('a');
      await check(page, `${tag}-room`, found);
      await page.keyboard.press('Escape');

      await act(page, 'r');
      await waitScene(page, 'news');
      await check(page, `${tag}-news`, found);

      while ((await scene(page)) !== 'outcome') {
        const current = await scene(page);
        await page.keyboard.press(current === 'news' ? 'n' : 'r');
        await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current);
      }
      await page.waitForSelector('#outcome-heading');
      await check(page, `${tag}-outcome`, found);

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}
