// Saving: every move goes into the game's own slot in IndexedDB; a reload in the middle of a
// round returns to exactly the same snapshot and scene; several games are kept in named slots
// (a new game never replaces one; each can be continued, renamed, deleted) and carry the
// player's or team's name; a save that cannot be read is kept aside and the player told; and
// when storage is full or unavailable the game says so and goes on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, newGameToHall, openTitle } from './actions.ts';
import { launch, openPage, savedGame, scene, shot, snapshot, state, waitCommitted, waitReady, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const slotNames = (page: Page) => page.$$eval('.slot-list [data-slot] .slot-name', (names) => names.map((n) => n.textContent));

async function toTitle(page: Page): Promise<void> {
  await page.click('#hud button:has-text("Menu")');
  await page.click('dialog button:has-text("Back to the title screen")');
  await waitScene(page, 'title');
}

/** A new game from the title, saved under a player's name. */
async function newGameAs(page: Page, player: string): Promise<void> {
  await page.fill('[data-action="player-name"]', player);
  await page.click('[data-action="new-game"]');
  await waitScene(page, 'briefing');
  await page.keyboard.press('b');
  await waitScene(page, 'hall');
}

describe('saving and restoring', () => {
  it('a reload in the middle of a round restores the same snapshot', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    await page.keyboard.press('2');
    await waitScene(page, 'room');
    await act(page, 'l');
    // The log (not the snapshot) is committed after each action: BEGIN, WALK, LISTEN.
    await waitCommitted(page, 3);
    expect(Object.keys((await savedGame(page))!)).not.toContain('context');
    // Reload straight after another action.
    await act(page, 'l');
    await waitCommitted(page, 4);
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

  it('a reload whose game code cannot load shows the title and keeps the save, not a loading screen for ever', async () => {
    // No service worker: the blocked file must not come from its cache.
    const { page, errors } = await openPage(browser, inject('baseUrl'), { serviceWorkers: 'block' });
    await newGameToHall(page, inject('baseUrl'));
    await waitCommitted(page, 1);
    const before = await snapshot(page);
    const blocked = '**/assets/play-*.js';
    await page.route(blocked, (route) => route.abort());
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'title');
    expect(await page.isVisible('.loading-panel')).toBe(false);
    expect(await page.textContent('#notice')).toContain('could not be put back on screen');
    await page.waitForSelector('.slot-list [data-slot]');
    expect(await page.$$eval('.slot-list [data-slot]', (slots) => slots.length)).toBe(1);
    // The files back: the next load puts the player back where they were.
    await page.unroute(blocked);
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'hall');
    expect(await snapshot(page)).toEqual(before);
    // Only the blocked file's own failures were reported.
    expect(errors.filter((e) => !/play-|dynamically imported module|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('keeps several games in named slots: a new game replaces none; continue, rename, delete', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    await newGameAs(page, 'Team Blue');
    await act(page, '1');
    await waitScene(page, 'room');
    // BEGIN and the walk.
    await waitCommitted(page, 2);
    const blue = await snapshot(page);
    expect(await savedGame<{ player?: string }>(page)).toMatchObject({ player: 'Team Blue' });
    await toTitle(page);
    await page.waitForSelector('.slot-list [data-slot]');
    expect(await slotNames(page)).toEqual(['Team Blue']);
    // No question: the new game gets a slot of its own, and the newest is listed first.
    await newGameAs(page, 'Team Red');
    await waitCommitted(page, 1);
    await toTitle(page);
    await page.waitForFunction(() => document.querySelectorAll('.slot-list [data-slot]').length === 2);
    expect(await slotNames(page)).toEqual(['Team Red', 'Team Blue']);
    await shot(page, 'saved-games');

    // Renamed: the dialog keeps an empty name out.
    await page.click('[aria-label="Rename Team Red"]');
    await page.fill('dialog input', '   ');
    await page.click('dialog [data-dialog-button="save"]');
    expect(await page.textContent('dialog .error')).toContain('needs a name');
    await page.fill('dialog input', 'Reds, second try');
    await page.click('dialog [data-dialog-button="save"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.slot-list .slot-name')].some((n) => n.textContent === 'Reds, second try'));
    expect(await slotNames(page)).toEqual(['Reds, second try', 'Team Blue']);

    // The older game continues where it was.
    await page.click('[aria-label="Continue Team Blue"]');
    await waitScene(page, 'room');
    expect(await snapshot(page)).toEqual(blue);
    await toTitle(page);

    // Deleted, after a question.
    await page.waitForSelector('[aria-label="Delete Reds, second try"]');
    await page.click('[aria-label="Delete Reds, second try"]');
    expect(await page.textContent('dialog')).toContain('will be deleted');
    await page.click('dialog [data-dialog-button="yes"]');
    await page.waitForFunction(() => document.querySelectorAll('.slot-list [data-slot]').length === 1);
    expect(await slotNames(page)).toEqual(['Team Blue']);
    // Back on the title on purpose, a reload opens on the title, the games listed.
    await page.reload();
    await waitReady(page);
    expect(await scene(page)).toBe('title');
    await page.waitForSelector('.slot-list [data-slot]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a saved game it cannot read aside, says so, and offers it for download', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    await waitCommitted(page, 1);
    // The slot's save damaged on disk: its outcome edited, so it no longer matches its replay.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('shuttle-diplomacy');
          open.onsuccess = () => {
            const tx = open.result.transaction(['slots', 'meta'], 'readwrite');
            const slots = tx.objectStore('slots');
            const all = slots.getAll();
            all.onsuccess = () => {
              const record = all.result[0] as { id: string; save: string };
              slots.put({ ...record, save: record.save.replace('"outcome":null', '"outcome":"framework"') }, record.id);
            };
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'title');
    await page.waitForSelector('#notice .notice');
    const notice = (await page.textContent('#notice'))!;
    expect(notice).toContain('could not be resumed');
    expect(notice).toMatch(/outcome: the save records the outcome “framework”, but its replay does not finish/);
    expect(notice).toContain('kept aside, not deleted');
    await shot(page, 'kept-aside');
    // Listed as kept aside (not as a game to continue), with a download of the file as it was.
    await page.waitForSelector('[data-role="kept-aside"] li');
    expect(await page.$('.slot-list')).toBeNull();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-aside"]')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves a game saved by an older version into a slot, and refuses by name one of other rules', async () => {
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
    await page.waitForSelector('#notice .notice');
    expect(await page.textContent('#notice')).toContain('could not be resumed');
    expect(await page.textContent('#notice')).toMatch(/version 1 of the game’s rules/);
    await page.waitForSelector('[data-role="kept-aside"] li');
    expect(await page.evaluate(() => localStorage.getItem('shuttle-diplomacy:save'))).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when storage is full, and goes on', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await newGameToHall(page, inject('baseUrl'));
    await page.waitForSelector('#notice .notice');
    expect(await page.textContent('#notice')).toContain('storage is full');
    await act(page, '2');
    await waitScene(page, 'room');
    await act(page, 'l');
    expect(await page.evaluate(() => window.__shuttle!.committed())).toBeNull();
    await shot(page, 'storage-full');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when storage is unavailable, and goes on', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('Access denied', 'SecurityError');
      };
    });
    await newGameToHall(page, inject('baseUrl'));
    await page.waitForSelector('#notice .notice');
    expect(await page.textContent('#notice')).toContain('does not let the game save');
    await act(page, '1');
    await waitScene(page, 'room');
    expect((await state(page)).location).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
