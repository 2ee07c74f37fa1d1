// A whole game, title to outcome, with the keyboard alone: shortcuts, Tab, arrows, Enter and
// Escape. Every scene is photographed (test-output/e2e), and no scene may log a console error
// or request anything from outside the game's own origin.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedGame, scene, shot, state, waitReady, waitScene, type Watched } from './browser.ts';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, inject('baseUrl'));
});
afterAll(async () => browser?.close());

async function press(page: Page, key: string, then?: string): Promise<void> {
  await page.keyboard.press(key);
  if (then) await waitScene(page, then);
}

async function focusedAction(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action);
}

async function tabTo(page: Page, action: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedAction(page)) === action) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${action}`);
}

describe('a whole game with the keyboard alone', () => {
  it('goes from the title to an outcome', async () => {
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    expect(await scene(page)).toBe('title');
    await page.waitForSelector('input[type="radio"]:checked');
    await shot(page, '01-title');

    // Title → briefing: New game has the focus.
    expect(await focusedAction(page)).toBe('new-game');
    await press(page, 'Enter', 'briefing');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await shot(page, '02-briefing');

    // Briefing → the hall.
    await press(page, 'b', 'hall');
    await shot(page, '03-hall');
    expect((await state(page)).location).toBe('majlis');

    // Into Tehran's room (the second delegation): listen, then ask for a concession.
    await press(page, '2', 'room');
    expect((await state(page)).location).toBe(1);
    const hours = (await state(page)).hoursLeft;
    await press(page, 'l');
    await page.waitForFunction((h) => (window.__shuttle!.snapshot() as { context: { hoursLeft: number } }).context.hoursLeft < h, hours);
    await press(page, 'a');
    expect(await page.evaluate(() => document.querySelector('[data-action="ask"]')?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('ArrowDown');
    await shot(page, '04-room-ask');
    const before = (await state(page)).hoursLeft;
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => (window.__shuttle!.snapshot() as { context: { hoursLeft: number } }).context.hoursLeft < h, before);

    // Back to the majlis: write a draft in the editor with Tab, arrows and Enter; Escape closes it.
    await press(page, 'm', 'hall');
    await press(page, 'e');
    await page.waitForSelector('.editor select');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    // Enrichment: the first option; Tab to the stockpile: two steps down.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.textContent('.editor-foot')).toContain('2 items will change');
    await shot(page, '05-editor');
    const version = (await state(page)).draftVersion;
    await tabTo(page, 'write-draft');
    await page.keyboard.press('Enter');
    await page.waitForFunction((v) => (window.__shuttle!.snapshot() as { context: { draftVersion: number } }).context.draftVersion > v, version);
    await page.keyboard.press('Escape');
    expect(await page.$('.editor')).toBeNull();

    // Washington's room: present the draft, carry Tehran's message as it was given.
    await press(page, '1', 'room');
    expect((await state(page)).location).toBe(0);
    await press(page, 'p');
    await press(page, 'c');
    await page.keyboard.press('Enter');
    await shot(page, '06-room-washington');

    // End the day: the news, then on to the next day, until the talks end.
    await press(page, 'r', 'news');
    await shot(page, '07-news');
    for (let day = 0; day < 12; day++) {
      const current = await scene(page);
      if (current === 'outcome') break;
      if (current === 'news') await press(page, 'n');
      else if (current === 'hall' || current === 'room') await press(page, 'r');
      await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current, { timeout: 15_000 });
    }
    await waitScene(page, 'outcome');
    expect((await state(page)).outcome).not.toBeNull();
    await page.waitForSelector('#outcome-heading');
    // How the real talks ended (the scenario's ending), above the dated history.
    expect(await page.textContent('[data-outcome="ending"]')).toContain('How the real talks ended (28 Feb 2026): No agreement: the talks gave way to strikes.');
    await shot(page, '08-outcome');

    // From the outcome, by keyboard, into the replay viewer on this game, at its last step.
    const actions = (await savedGame(page))!.events.length;
    await page.focus('[data-action="replays"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-role="replay-source"]');
    expect(await page.getAttribute('[data-role="replay-source"]', 'data-outcome')).toBe((await state(page)).outcome!.id);
    expect(await page.getAttribute('[data-action="scrub"]', 'max')).toBe(String(actions));

    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });
});
