// The settings do what they say (titles instead of names, larger text, single-key shortcuts
// off), and the mouse alone can play: buttons, and the doors of the hall on the canvas.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTitle } from './actions.ts';
import { launch, openPage, shot, state, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Clicks a point of the 1600×1000 world drawn on the canvas. */
async function clickWorld(page: Page, x: number, y: number): Promise<void> {
  const box = (await page.locator('#stage canvas').boundingBox())!;
  await page.mouse.click(box.x + (x / 1600) * box.width, box.y + (y / 1000) * box.height);
}

describe('settings', () => {
  it('shows titles instead of names, everywhere people appear', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    await page.click('button:has-text("Settings")');
    await page.click('dialog label:has-text("Their titles only")');
    await page.click('dialog label:has-text("Larger")');
    await page.click('dialog button:has-text("Done")');
    expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('larger');
    await page.click('[data-action="new-game"]');
    await waitScene(page, 'briefing');
    await page.click('[role="tab"]:has-text("Who is who")');
    const dossier = await page.textContent('[role="tabpanel"]:not([hidden])');
    expect(dossier).toContain('US Special Envoy');
    expect(dossier).not.toContain('Witkoff');
    expect(dossier).toContain('Foreign Minister of Oman');
    expect(dossier).not.toContain('Albusaidi');
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    await page.keyboard.press('1');
    await waitScene(page, 'room');
    const members = await page.textContent('.members');
    expect(members).toContain('Commander, US Central Command');
    expect(members).not.toContain('Cooper');
    // The greeting names the mediator by title too (the game's own setting).
    expect(await page.textContent('.dialogue')).not.toContain('Albusaidi');
    await shot(page, 'titles-larger-text');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('can turn single-key shortcuts off; the buttons still work', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    await page.click('button:has-text("Settings")');
    await page.click('dialog label:has-text("Single-key shortcuts")');
    await page.click('dialog button:has-text("Done")');
    await page.click('[data-action="new-game"]');
    await waitScene(page, 'briefing');
    await page.keyboard.press('b');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shuttle!.scene())).toBe('briefing');
    await page.click('[data-action="begin"]');
    await waitScene(page, 'hall');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the mouse alone', () => {
  it('walks through the doors of the hall and takes actions with the buttons', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    await page.click('[data-action="new-game"]');
    await waitScene(page, 'briefing');
    await page.click('[data-action="begin"]');
    await waitScene(page, 'hall');
    await clickWorld(page, 1360, 490);
    await waitScene(page, 'room');
    expect((await state(page)).location).toBe(1);
    await page.click('[data-action="listen"]');
    await page.waitForFunction(() => (window.__shuttle!.snapshot() as { context: { transcript: unknown[] } }).context.transcript.length > 2);
    await page.click('[data-action="walk-majlis"]');
    await waitScene(page, 'hall');
    await clickWorld(page, 240, 490);
    await waitScene(page, 'room');
    expect((await state(page)).location).toBe(0);
    // Hovering a meter answers "why did this move?".
    await page.hover('.standing.side1 .meter');
    await page.waitForSelector('.why:not([hidden])');
    expect(await page.textContent('.why')).toContain('you listened');
    await shot(page, 'mouse-why');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
