// The teacher's controls: a key chosen in the teacher's setup unlocks pause, bringing an event
// forward and more time from the game's menu. Each is in the ledger as the teacher's doing and
// in the save, so a reload comes back to the same (paused) game.
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, openTitle } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, shot, snapshot, waitReady, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Ctx {
  step: number;
  hoursLeft: number;
  paused?: boolean;
  location: string | number;
  ledger: { meter: string; cause: { actor: string; source: string } }[];
  news: { headline: string; cause: string }[];
}

const context = async (page: Page): Promise<Ctx> => ((await snapshot(page)) as { context: Ctx }).context;

async function unlock(page: Page, key: string): Promise<void> {
  await page.waitForSelector('dialog[open] [data-teacher="key"]');
  await page.fill('[data-teacher="key"]', key);
  await page.click('[data-dialog-button="unlock"]');
}

async function openControls(page: Page): Promise<void> {
  await page.click('.hud-menu button:has-text("Menu")');
  await page.click('dialog[open] [data-action="teacher-controls"]');
}

describe('teacher controls', () => {
  it('pause, an event brought forward and more time, behind the teacher key, kept in the save', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await openTitle(page, inject('baseUrl'));
    await page.click('[data-action="teacher-setup"]');
    await page.waitForSelector('dialog[open] [data-setup="teacher-key"]');
    // Too short a key keeps the setup open and says why.
    await page.fill('[data-setup="teacher-key"]', 'abc');
    await page.click('[data-dialog-button="start"]');
    expect(await page.isVisible('dialog[open]')).toBe(true);
    expect(await page.getAttribute('[data-setup="teacher-key"]', 'aria-invalid')).toBe('true');
    await page.fill('[data-setup="teacher-key"]', 'owl-lamp-42');
    await page.click('[data-dialog-button="start"]');
    await waitScene(page, 'briefing');
    expect(await page.evaluate(() => localStorage.getItem('shuttle-diplomacy:teacher-key') ?? '')).not.toContain('owl-lamp-42');
    await page.keyboard.press('b');
    await waitScene(page, 'hall');

    // A wrong key opens nothing.
    await openControls(page);
    await unlock(page, 'owl-lamp-41');
    await page.waitForFunction(() => /not the teacher key/.test(document.querySelector('dialog[open]')?.textContent ?? ''));
    expect(await page.$('[data-teacher="pause"]')).toBeNull();
    await page.fill('[data-teacher="key"]', 'owl-lamp-42');
    await page.click('[data-dialog-button="unlock"]');
    await page.waitForSelector('dialog[open] [data-teacher="pause"]');
    expect(await audit(page)).toEqual([]);

    // Pause: the game below takes nothing until the teacher resumes.
    await page.click('[data-teacher="pause"]');
    expect((await context(page)).paused).toBe(true);
    await page.click('[data-dialog-button="close"]');
    await page.waitForSelector('[data-teacher="paused"]');
    await shot(page, 'teacher-paused');
    const held = await context(page);
    await page.keyboard.press('2');
    expect(await page.evaluate(() => window.__shuttle!.send({ type: 'WALK', to: 'majlis' }))).toBe(false);
    expect((await context(page)).step).toBe(held.step);

    // Through the layer's button: bring an event forward and give more time.
    await page.click('[data-teacher="paused"] [data-action="teacher-controls"]');
    await unlock(page, 'owl-lamp-42');
    await page.waitForSelector('dialog[open] [data-teacher="event"]');
    const headline = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-teacher="event"]')!;
      return select.selectedOptions[0]!.textContent!.replace(/ \(.*\)$/, '');
    });
    await page.click('[data-teacher="inject"]');
    const injected = await context(page);
    expect(injected.news.at(-1)).toMatchObject({ headline, cause: 'teacher' });
    expect(injected.ledger.filter((e) => e.cause.source === 'TEACHER_INJECT').every((e) => e.cause.actor === 'teacher')).toBe(true);
    await page.fill('[data-teacher="hours"]', '30');
    await page.click('[data-teacher="extend"]');
    expect(await page.textContent('[data-teacher="done"]')).toMatch(/from 1 to 24/);
    await page.fill('[data-teacher="hours"]', '3');
    await page.click('[data-teacher="extend"]');
    expect((await context(page)).hoursLeft).toBe(injected.hoursLeft + 3);
    // The save holds the teacher's events; a reload brings back the same held game.
    await page.waitForFunction(async () => /TEACHER_EXTEND/.test((await window.__shuttle!.savedGame()) ?? ''));
    await page.click('[data-dialog-button="close"]');
    const before = await snapshot(page);
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'hall');
    await page.waitForSelector('[data-teacher="paused"]');
    expect(await snapshot(page)).toEqual(before);

    // Resume: the layer goes and play goes on.
    await page.click('[data-teacher="paused"] [data-action="teacher-controls"]');
    await unlock(page, 'owl-lamp-42');
    await page.waitForSelector('dialog[open] [data-teacher="pause"]');
    await page.click('[data-teacher="pause"]');
    await page.click('[data-dialog-button="close"]');
    await page.waitForSelector('[data-teacher="paused"]', { state: 'detached' });
    expect((await context(page)).paused).toBeFalsy();
    await act(page, '2');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
