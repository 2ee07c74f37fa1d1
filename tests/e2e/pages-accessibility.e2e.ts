// The pages over the game pass the same axe audit as the scenes: the debrief page (opened from
// a save file), the glossary, and the class comparison with its results.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, waitReady } from './browser.ts';
import { asFile, saveFile } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the pages are accessible', () => {
  it('finds no serious or critical violation on the debrief, the glossary and the class comparison', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    const found: Record<string, unknown> = {};
    const check = async (name: string) => {
      const f = await audit(page);
      if (f.length) found[name] = f;
    };
    await page.setInputFiles('[data-action="save-file"]', asFile('ana.json', saveFile('manipulator', 21)));
    await page.waitForSelector('.debrief-page');
    await check('debrief');
    await page.keyboard.press('t');
    await page.waitForSelector('dialog[open] [data-glossary]');
    await check('glossary');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.page-view', { state: 'detached' });
    await page.click('[data-action="compare-class"]');
    await page.waitForSelector('.class-page');
    await page.setInputFiles('[data-action="class-files"]', [asFile('a.json', saveFile('broker', 22)), asFile('b.json', saveFile('broker', 22)), asFile('c.json', 'nonsense')]);
    await page.waitForSelector('.class-table');
    await check('class');
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
