// Trades in the browser, with the keyboard: in Tehran's room the trade form opens on its key,
// a trade is chosen with the selects and proposed; the answer is shown at once in the room's
// dialogue. A yes is an offer on the table in the side panel, and in the majlis one button writes
// it into the draft.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGameToHall } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, shot, waitScene, type Watched } from './browser.ts';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, inject('baseUrl'));
});
afterAll(async () => browser?.close());

interface Context {
  step: number;
  hoursLeft: number;
  draft: string;
  draftVersion: number;
  transcript: { speaker: unknown; said: { kind: string; reply?: { type: string } } }[];
}

const context = (page: Page) => page.evaluate(() => (window.__shuttle!.snapshot() as { context: Context }).context);

/** The answer of the side in the room to the last trade proposed: an offer (a yes) or a decline. */
async function lastAnswer(page: Page): Promise<string | undefined> {
  const t = (await context(page)).transcript;
  return [...t].reverse().find((e) => e.said.kind === 'reply' && (e.said.reply?.type === 'offer' || e.said.reply?.type === 'tradeDeclined'))?.said.reply?.type;
}

/** Opens the trade form, picks the give-th and get-th choices with the arrow keys and proposes it. */
async function proposeTrade(page: Page, give: number, get: number): Promise<boolean> {
  await page.keyboard.press('x');
  await page.waitForSelector('[data-panel="trade"]');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.trade)).toBe('give');
  const gives = await page.$$eval('[data-trade="give"] option', (o) => o.length);
  if (give >= gives) {
    await page.keyboard.press('Escape');
    return false;
  }
  for (let i = 0; i < give; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.trade)).toBe('get');
  const gets = await page.$$eval('[data-trade="get"] option', (o) => o.length);
  for (let i = 0; i < Math.min(get, gets - 1); i++) await page.keyboard.press('ArrowDown');
  const summary = await page.textContent('[data-trade="summary"]');
  expect(summary).toMatch(/^Propose a trade: they move on .+, Washington on .+/);
  if (give === 0 && get === 0) {
    expect(await audit(page)).toEqual([]);
    await shot(page, 'trade-01-form');
  }
  const step = (await context(page)).step;
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('trade-propose');
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, step);
  // The form makes way for the answer, and the focus goes back to the menu.
  await page.waitForSelector('[data-panel="trade"]', { state: 'detached' });
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('trade');
  return true;
}

describe('trades in the game', () => {
  it('proposes a trade in a room, shows the answer and writes the offer into the draft', async () => {
    const { page } = w;
    await injectAxe(page);
    await newGameToHall(page, inject('baseUrl'));
    await page.keyboard.press('2');
    await waitScene(page, 'room');

    let answer: string | undefined;
    // Tehran's answers depend on this game's drawn values: try trades until one is a yes.
    search: for (let get = 0; get < 3; get++) {
      for (let give = 0; give < 6; give++) {
        if ((await context(page)).hoursLeft < 1) break search;
        if (!(await proposeTrade(page, give, get))) break;
        answer = await lastAnswer(page);
        const log = (await page.textContent('.dialogue')) ?? '';
        // The answer is in the room's record of the day, in words, before anything else happens.
        expect(log).toMatch(answer === 'offer' ? /Tehran offers a trade: it would move on/ : /Tehran turns the trade down/);
        if (answer === 'offer') break search;
      }
    }
    expect(answer).toBe('offer');
    await page.waitForSelector('[data-panel="offers"]:not([hidden])');
    expect(await page.textContent('[data-panel="offers"]')).toContain('Not carried yet: it goes to Washington with your next message.');
    // In a room the offer cannot be written: the button is only in the hall.
    expect(await page.$('[data-action="offer-write"]')).toBeNull();
    await shot(page, 'trade-02-offer');

    await page.keyboard.press('m');
    await waitScene(page, 'hall');
    const before = await context(page);
    await page.focus('[data-action="offer-write"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((v) => (window.__shuttle!.snapshot() as { context: { draftVersion: number } }).context.draftVersion > v, before.draftVersion);
    const after = await context(page);
    expect(after.draft).not.toBe(before.draft);
    expect(await page.textContent('[data-panel="offers"]')).toContain('The draft already says this.');
    expect(await audit(page)).toEqual([]);
    await shot(page, 'trade-03-written');

    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });
});
