// The mediator's own aids in the browser: Oman's interests in the briefing, the notebook (K)
// that updates after listening, the seasoned mediator's advice (H) in words, the hints kept in
// the save and counted in the debrief, and the day's last answer held on screen until the
// player goes on to the news (N).
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countHints } from '../../src/classroom/hints.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import type { Hint } from '../../src/replay/save-schema.ts';
import { act, newGameToHall, openTitle } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, savedGame as readSave, scene, shot, state, waitScene } from './browser.ts';
import { shipped } from '../fixtures/shipped.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const muscat = shipped('muscat-2026').scenario;

const text = (page: Page, selector: string) => page.$eval(selector, (n) => (n as HTMLElement).innerText);

/** The save the game keeps in its slot (IndexedDB), once every write asked for has committed. */
async function savedGame(page: Page): Promise<{ events: GameEvent[]; hints?: Hint[] }> {
  return (await readSave<{ events: GameEvent[]; hints?: Hint[] }>(page))!;
}

/** Asks the seasoned mediator (H) and waits for its words. */
async function askAdvice(page: Page): Promise<string> {
  await page.keyboard.press('h');
  await page.waitForSelector('[data-advice-text]', { timeout: 20_000 });
  return text(page, '[data-advice-text]');
}

describe('the mediator’s aids', () => {
  it('the briefing states Oman’s own interests, with their sources', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await openTitle(page, inject('baseUrl'));
    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    const interests = await text(page, '[data-dossier="interests"]');
    expect(interests).toContain(muscat.mediator.interests.text[0]!.slice(0, 60));
    expect(interests).toMatch(/warning from you that runs against your own interest is believed more/);
    const titles = muscat.mediator.interests.sources.map((id) => muscat.sources.find((s) => s.id === id)!.title);
    for (const title of titles) expect(interests).toContain(title);
    expect(await audit(page), 'axe: the briefing').toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the notebook updates after listening, the advisor names a move, hints are saved and counted, and the day’s last answer waits', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await newGameToHall(page, inject('baseUrl'));

    // The notebook is a tab beside the day's dialogue: K (or the tab) shows it, K again the dialogue.
    expect(await page.getAttribute('[data-tab="said"]', 'aria-selected')).toBe('true');
    await page.keyboard.press('k');
    await page.waitForSelector('[data-notebook="panel"]', { state: 'visible' });
    expect(await page.getAttribute('[data-tab="notebook"]', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('notebook');
    await page.keyboard.press('k');
    await page.waitForSelector('[data-notebook="panel"]', { state: 'hidden' });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-notebook="panel"]', { state: 'visible' });
    const tehran = '[data-notebook-side="1"]';
    expect(await text(page, `${tehran} [data-notebook="headline"]`)).toMatch(/^Tehran cares most about .+: (sure|fairly sure|not sure|only a guess) that it comes first\.$/);
    expect(await text(page, `${tehran} [data-notebook="heard"]`)).toBe('Nothing heard from it yet: only the public record.');

    // In Tehran's room (it stays open from room to room), listen: the notebook reads the answers.
    await act(page, '2');
    await waitScene(page, 'room');
    const before = await text(page, tehran);
    await act(page, 'l');
    await page.waitForFunction((sel) => document.querySelector(`${sel} [data-notebook="heard"]`)?.textContent?.startsWith('Read from'), tehran);
    expect(await text(page, tehran)).not.toBe(before);
    await shot(page, 'notebook-after-listen');
    expect(await audit(page), 'axe: the notebook').toEqual([]);

    // The seasoned mediator's advice, in words; taken (sent as suggested), it counts as taken.
    const first = await askAdvice(page);
    expect(first).toMatch(/^.+: .+\.$/);
    await shot(page, 'advisor');
    expect(await audit(page), 'axe: the advice').toEqual([]);
    let saved = await savedGame(page);
    expect(saved.hints).toHaveLength(1);
    const hint = saved.hints![0]!;
    expect(hint).toMatchObject({ line: 'main', step: saved.events.length });
    expect(await page.evaluate((e) => window.__shuttle!.send(e), hint.event)).toBe(true);
    await page.waitForFunction(() => !document.querySelector('[data-advice-text]'));

    // In a room, ask again, then listen until the day's hours are spent: the scene stays, the
    // last answer quoted, until N goes on to the news (or to the end, should the talks end).
    if ((await state(page)).location === 'majlis') await act(page, '2');
    await waitScene(page, 'room');
    await askAdvice(page);
    while ((await scene(page)) === 'room' && !(await page.$('[data-action="day-over"]'))) {
      await act(page, 'l');
    }
    expect(await scene(page)).toBe('room');
    await page.waitForSelector('[data-action="day-over"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('day-over');
    expect((await page.$$('[data-day-over="answers"] li')).length).toBeGreaterThan(0);
    expect(await page.isVisible('.actions')).toBe(false);
    await shot(page, 'day-over');
    expect(await audit(page), 'axe: the day over').toEqual([]);
    await page.waitForTimeout(300);
    expect(await scene(page)).toBe('room');
    await page.keyboard.press('n');
    await page.waitForFunction(() => ['news', 'outcome'].includes(window.__shuttle!.scene() ?? ''));

    // Hints asked and taken, as the debrief counts them from the save.
    saved = await savedGame(page);
    expect(saved.hints).toHaveLength(2);
    const counted = countHints(saved.hints!, 'main', saved.events);
    expect(counted.asked).toBe(2);
    expect(counted.taken).toBeGreaterThanOrEqual(1);

    while ((await scene(page)) !== 'outcome') {
      const current = await scene(page);
      if (await page.$('[data-action="day-over"]')) await page.keyboard.press('n');
      else await page.keyboard.press(current === 'news' ? 'n' : 'r');
      await page.waitForFunction((was) => window.__shuttle!.scene() !== was || document.querySelector('[data-action="day-over"]') !== null, current);
    }
    await page.waitForSelector('#outcome-heading');
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief-page [data-debrief="hints"]');
    expect(await text(page, '[data-debrief="hints"]')).toBe(`Hints from the seasoned mediator: ${counted.asked} asked, ${counted.taken} taken (the next move was the one suggested).`);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});
