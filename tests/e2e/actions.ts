// Small steps the browser tests share: start a game from the title, take an action by its
// shortcut and wait for the machine to have taken it.
import type { Page } from 'playwright-core';
import { waitReady, waitScene } from './browser.ts';

/** The title screen, loaded, with its scenario list. */
export async function openTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitReady(page);
  await page.waitForSelector('input[type="radio"]:checked');
}

/** Title → a new game → the hall (keyboard). */
export async function newGameToHall(page: Page, url: string): Promise<void> {
  await openTitle(page, url);
  await page.focus('[data-action="new-game"]');
  await page.keyboard.press('Enter');
  await waitScene(page, 'briefing');
  await page.keyboard.press('b');
  await waitScene(page, 'hall');
}

/** Presses a shortcut and waits until the game has moved on (its step count grew). */
export async function act(page: Page, key: string): Promise<void> {
  const step = await page.evaluate(() => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step);
  await page.keyboard.press(key);
  await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, step, { timeout: 10_000 });
}
