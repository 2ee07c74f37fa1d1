// The glossary opens with the keyboard (`t`) from every screen: the title, the briefing, the
// hall, a room, the news, the outcome and the debrief page; the help overlay names its key, and
// a button opens it too. Terms in the briefing link to their entries.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, newGameToHall, openTitle } from './actions.ts';
import { launch, openPage, scene, shot, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Presses `t`, checks the glossary is open with its entries and sources, and closes it with Escape. */
async function glossaryByKey(page: Page, where: string): Promise<void> {
  await page.keyboard.press('t');
  await page.waitForSelector('dialog[open] [data-glossary]');
  const seen = await page.evaluate(() => ({
    title: document.querySelector('dialog[open] h2')?.textContent,
    entries: document.querySelectorAll('dialog[open] .glossary-entry').length,
    links: document.querySelectorAll('dialog[open] .glossary-entry a[href^="https://"]').length,
    terms: [...document.querySelectorAll('dialog[open] dt')].map((d) => d.textContent),
  }));
  expect(seen.title, where).toBe('Glossary');
  expect(seen.entries, where).toBeGreaterThanOrEqual(20);
  expect(seen.links, where).toBeGreaterThanOrEqual(15);
  expect(seen.terms, where).toEqual(expect.arrayContaining(['BATNA', 'Ripeness', 'Snapback', 'Nash bargaining point', 'Pareto frontier']));
  await shot(page, `glossary-${where}`);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog[open]', { state: 'detached' });
}

describe('the glossary', () => {
  it('opens by keyboard from every scene and from the debrief page', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    await glossaryByKey(page, 'title');
    // The help overlay names the key.
    await page.keyboard.press('?');
    await page.waitForSelector('dialog[open]');
    expect(await page.textContent('dialog[open]')).toContain('glossary');
    await page.keyboard.press('Escape');

    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    await glossaryByKey(page, 'briefing');
    // An issue in the briefing links to its glossary entry, which takes the focus.
    await page.click('[data-tab="issues"]');
    await page.click('[data-glossary-term="enrichment"]');
    await page.waitForSelector('dialog[open] [data-glossary]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-enrichment');
    await shot(page, 'glossary-from-briefing');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    await glossaryByKey(page, 'hall');
    await act(page, '2');
    await waitScene(page, 'room');
    await glossaryByKey(page, 'room');
    await act(page, 'r');
    await waitScene(page, 'news');
    await glossaryByKey(page, 'news');
    while ((await scene(page)) !== 'outcome') {
      const current = await scene(page);
      await page.keyboard.press(current === 'news' ? 'n' : 'r');
      await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current);
    }
    await page.waitForSelector('#outcome-heading');
    await glossaryByKey(page, 'outcome');
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief-page');
    await glossaryByKey(page, 'debrief');
    // The glossary closed; the page is still open, and the button opens the glossary too.
    expect(await page.$('.debrief-page')).not.toBeNull();
    await page.click('[data-action="glossary"]');
    await page.waitForSelector('dialog[open] [data-glossary]');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('links the terms delegates use to their entries', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    await act(page, '2');
    await waitScene(page, 'room');
    // Listening brings positions and priorities: issue names such as sanctions relief or enrichment.
    for (let i = 0; i < 3 && !(await page.$('.dialogue button.term')); i++) await act(page, 'l');
    const term = await page.waitForSelector('.dialogue button.term');
    const id = await term.getAttribute('data-glossary-term');
    expect(id).toBeTruthy();
    // The term is part of the line's text, still readable as a sentence.
    const line = await term.evaluate((b) => b.closest('li')?.textContent ?? '');
    expect(line).toContain(await term.textContent());
    await term.click();
    await page.waitForSelector('dialog[open] [data-glossary]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`glossary-${id}`);
    await shot(page, 'glossary-from-dialogue');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
