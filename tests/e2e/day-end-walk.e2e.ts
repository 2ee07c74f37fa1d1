// A walk that spends the day's last hours arrives before the day closes: the mediator is seen in
// the room it walked to, the day's end is read there, and then the news comes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGameToHall } from './actions.ts';
import { launch, openPage, scene, shot, state, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('a walk that ends the day', () => {
  it('arrives in the room, holds the day’s end there, then goes on to the news', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    // Spend the day in the hall, a revision at a time, until one walk's hours are left.
    for (let k = 0; k < 40 && (await state(page)).hoursLeft > 0.5; k++) {
      const option = k % 2 === 0 ? 'research' : 'civil';
      expect(await page.evaluate((o) => window.__shuttle!.send({ type: 'EDIT_DRAFT', items: { enrichment: o } }), option)).toBe(true);
    }
    expect((await state(page)).hoursLeft).toBe(0.5);
    await page.keyboard.press('2');
    // The room it walked to, with the day's end held there.
    await page.waitForSelector('[data-day-over="day"]', { timeout: 10_000 });
    expect(await scene(page)).toBe('room');
    expect(await page.textContent('#where-heading')).toMatch(/Tehran/);
    expect((await state(page)).location).toBe(1);
    await shot(page, 'day-end-walk');
    await page.keyboard.press('n');
    await waitScene(page, 'news');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
