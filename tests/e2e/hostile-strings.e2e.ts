// Safety: a scenario whose strings contain markup shows the markup literally, everywhere the
// player can see it (title, dossier, hall, room, news), and none of it ever runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act } from './actions.ts';
import { launch, openPage, shot, waitReady, waitScene } from './browser.ts';
import { HOSTILE, hostileScenarioText, INJECTED } from './hostile.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function assertInert(page: Page): Promise<void> {
  expect(await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((n) => n.outerHTML.slice(0, 80)), INJECTED)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

describe('a scenario with hostile strings', () => {
  it('renders every string literally and runs none of it', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("script-src 'self'");
    await waitReady(page);
    await page.waitForSelector('input[type="radio"]:checked');
    await page.setInputFiles('input[type="file"]', { name: 'hostile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(hostileScenarioText()) });
    await page.waitForFunction((t) => document.body.textContent?.includes(t), HOSTILE.title);
    expect(await page.evaluate(() => (document.querySelector('input[type="radio"]:checked')?.closest('.scenario-choice')?.querySelector('label')?.textContent ?? ''))).toBe(HOSTILE.title);
    await assertInert(page);
    await shot(page, 'hostile-title');

    await page.click('[data-action="new-game"]');
    await waitScene(page, 'briefing');
    expect(await bodyText(page)).toContain(HOSTILE.title);
    expect(await bodyText(page)).toContain(HOSTILE.subtitle);
    for (const tab of ['Who is who', 'Washington’s case', 'The issues', 'Facts and sources']) {
      await page.click(`[role="tab"]:has-text("${tab}")`);
    }
    const text = await bodyText(page);
    for (const s of [HOSTILE.member, HOSTILE.publicCase, HOSTILE.issue, HOSTILE.option, HOSTILE.sourceTitle, `${HOSTILE.shortName}’s case`]) expect(text).toContain(s);
    await assertInert(page);
    await shot(page, 'hostile-briefing');

    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    expect(await bodyText(page)).toContain(HOSTILE.rung);
    expect(await bodyText(page)).toContain(HOSTILE.shortName);
    await act(page, '2');
    await waitScene(page, 'room');
    expect(await bodyText(page)).toContain('<b onmouseover="window.__pwned=5">Hello</b>');
    await page.hover('.speech');
    await assertInert(page);
    await shot(page, 'hostile-room');

    await act(page, 'r');
    await waitScene(page, 'news');
    expect(await bodyText(page)).toContain(HOSTILE.headline);
    await assertInert(page);
    await shot(page, 'hostile-news');

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
