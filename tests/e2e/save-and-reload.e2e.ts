// Saving: the event log goes to localStorage after every action; a reload in the middle of a
// round returns to exactly the same snapshot and scene; a new game over a saved one asks first;
// and when storage is full or unavailable the game says so and goes on.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, newGameToHall } from './actions.ts';
import { launch, openPage, scene, shot, snapshot, state, waitReady, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('saving and restoring', () => {
  it('a reload in the middle of a round restores the same snapshot', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    await page.keyboard.press('2');
    await waitScene(page, 'room');
    await act(page, 'l');
    // The log (not the snapshot) is written after the action: BEGIN, WALK, LISTEN.
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('shuttle-diplomacy:save') ?? '{"events":[]}') as { events: unknown[] }).events.length === 3);
    expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('shuttle-diplomacy:save')!) as object))).not.toContain('context');
    // Reload straight after another action: the pending write is flushed as the page goes.
    await act(page, 'l');
    const before = await snapshot(page);
    const where = await scene(page);
    await page.reload();
    await waitReady(page);
    await waitScene(page, where!);
    expect(await snapshot(page)).toEqual(before);
    await shot(page, 'reload-restored');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks before a new game replaces a saved one', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    await act(page, '1');
    await waitScene(page, 'room');
    const first = await snapshot(page);
    // Back to the title through the game menu.
    await page.click('#hud button:has-text("Menu")');
    await page.click('dialog button:has-text("Back to the title screen")');
    await waitScene(page, 'title');
    expect(await page.textContent('.continue-card')).toContain('You have a game in progress');
    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    expect(await page.textContent('dialog')).toContain('A new game replaces it');
    await shot(page, 'confirm-new-game');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])', { state: 'attached' });
    expect(await scene(page)).toBe('title');
    // Continue brings the same game back.
    await page.click('[data-action="continue"]');
    await waitScene(page, 'room');
    expect(await snapshot(page)).toEqual(first);
    // A new game, confirmed, replaces it.
    await page.click('#hud button:has-text("Menu")');
    await page.click('dialog button:has-text("Back to the title screen")');
    await waitScene(page, 'title');
    await page.click('[data-action="new-game"]');
    await page.click('dialog button:has-text("Start a new game")');
    await waitScene(page, 'briefing');
    expect((await state(page)).location).toBe('majlis');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says why a saved game cannot be resumed, and offers a new one', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('shuttle-diplomacy:save', '{"format":"shuttle-diplomacy-save","version":1}');
      localStorage.setItem('shuttle-diplomacy:save-meta', '{"title":"Old","roundLabel":"Round 2","actions":9,"finished":false}');
    });
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    await waitScene(page, 'title');
    expect(await page.textContent('#notice')).toContain('could not be resumed');
    expect(await page.$('.continue-card')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when storage is full, and goes on', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await newGameToHall(page, inject('baseUrl'));
    await page.waitForSelector('#notice .notice');
    expect(await page.textContent('#notice')).toContain('storage is full');
    await act(page, '2');
    await waitScene(page, 'room');
    await act(page, 'l');
    await shot(page, 'storage-full');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when storage is unavailable, and goes on', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access denied', 'SecurityError');
        },
      });
    });
    await newGameToHall(page, inject('baseUrl'));
    await page.waitForSelector('#notice .notice');
    expect(await page.textContent('#notice')).toContain('does not let the game save');
    await act(page, '1');
    await waitScene(page, 'room');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
