// Each scenario's own world in the hall: the venue it chooses is the one drawn (the test hook
// reports the hall's painting and window view), the hall's record is headed in its words, the
// pressure ladder wears its icon and is named by its label, and no word of another venue (the
// palace's majlis and lanterns, the lodge's fireplace) is on screen or in an accessible label.
// The rooms are the venue's too, and only the venue's paintings are fetched. The shipped
// scenarios, and a copy of one moved to a conference base, opened from disk.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hallPicture } from '../../src/game/art/venue.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { VENUES, type Scenario } from '../../src/scenario/schema.ts';
import { openTitle } from './actions.ts';
import { launch, openPage, screenWords, shot, waitScene, wholeWord } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const text = (file: string) => readFileSync(`scenarios/${file}`, 'utf8');
function load(source: string, file: string): Scenario {
  const r = loadScenarioText(source, file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** Camp David's file moved to a conference base: another id, hall and setting; the rest as shipped. */
const BASE_COPY = text('camp-david-1978.yaml')
  .replace(/^id: camp-david-1978$/m, 'id: summit-at-a-base')
  .replace(/^title: .*$/m, 'title: "A summit at a conference base"')
  .replace(/^ {2}hallName: .*$/m, '  hallName: "the plenary room"')
  .replace(/^setting:\n(?: {2}.*\n)+/m, 'setting:\n  venue: conference-base\n  pressureIcon: aircraft\n');

/** The words of each venue's picture and its scenario's hall: none may show in another's hall. */
const muscat = load(text('muscat-2026.yaml'), 'muscat-2026.yaml');
const campDavid = load(text('camp-david-1978.yaml'), 'camp-david-1978.yaml');
const dayton = load(text('dayton-1995.yaml'), 'dayton-1995.yaml');
const VENUE_WORDS: Record<string, string[]> = {
  'gulf-palace': ['palace', 'majlis', 'lantern', 'lanterns', 'warship', 'warships', 'armada', muscat.mediator.hallName.replace(/^the /, '')],
  'country-retreat': ['lodge', 'fireplace', campDavid.mediator.hallName],
  'conference-base': ['plenary', 'Wright-Patterson', dayton.mediator.hallName.replace(/^the /, '')],
};

interface Case {
  name: string;
  scenario: Scenario;
  open(page: Page): Promise<void>;
}

/** Opens a scenario file through the title screen's button; the file opened is chosen. */
async function openFile(page: Page, name: string, body: string): Promise<void> {
  const before = await page.$$eval('.scenario-choice', (c) => c.length);
  const chooser = page.waitForEvent('filechooser');
  await page.click('button:has-text("Open a scenario file…")');
  await (await chooser).setFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(body, 'utf8') });
  await page.waitForFunction((n) => document.querySelectorAll('.scenario-choice').length > n, before);
}

const CASES: Case[] = [
  { name: 'muscat', scenario: muscat, open: (page) => page.check('input[value="built-in:muscat-2026.yaml"]') },
  { name: 'camp-david', scenario: campDavid, open: (page) => page.check('input[value="built-in:camp-david-1978.yaml"]') },
  { name: 'dayton', scenario: dayton, open: (page) => page.check('input[value="built-in:dayton-1995.yaml"]') },
  { name: 'conference-copy', scenario: load(BASE_COPY, 'base.yaml'), open: (page) => openFile(page, 'base.yaml', BASE_COPY) },
];



describe('each scenario’s venue in the hall', () => {
  it.each(CASES)('$name: its own hall, record heading and ladder, and no other venue’s words', async ({ name, scenario, open }) => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openTitle(page, inject('baseUrl'));
    await open(page);
    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    await page.keyboard.press('b');
    await waitScene(page, 'hall');

    const setting = scenario.setting;
    // The hall draws the scenario's venue: its painting and its view through the windows.
    expect(await page.evaluate(() => window.__shuttle!.picture())).toEqual(hallPicture(setting.venue));
    // The record of the day is headed in the scenario's words, or the game's for its venue.
    const heading = await page.$eval('#side .dialogue h3', (h) => h.textContent ?? '');
    if (setting.recordTitle) expect(heading).toBe(setting.recordTitle);
    else expect(heading.length).toBeGreaterThan(0);
    // The ladder: named by the scenario's label for screen readers, wearing its icon.
    expect(await page.getAttribute('#ladder', 'aria-label')).toBe(scenario.labels.pressure);
    expect(await page.getAttribute('#ladder .ladder-focus', 'aria-label')).toBe(scenario.labels.pressure);
    expect(await page.getAttribute('#ladder [data-icon]', 'data-icon')).toBe(setting.pressureIcon);

    const words = await screenWords(page);
    for (const [venue, list] of Object.entries(VENUE_WORDS)) {
      if (venue === setting.venue) continue;
      for (const w of list) expect(wholeWord(w).test(words), `${name}: "${w}" (${venue}) in the hall`).toBe(false);
    }
    await shot(page, `venue-${name}-${setting.venue}`);

    // The delegations' rooms are the venue's too; the second room's words keep to the venue as well.
    for (const key of ['1', '2']) {
      const step = await page.evaluate(() => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step);
      await page.keyboard.press(key);
      await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, step);
      await waitScene(page, 'room');
      const roomWords = await screenWords(page);
      for (const [venue, list] of Object.entries(VENUE_WORDS)) {
        if (venue === setting.venue) continue;
        for (const w of list) expect(wholeWord(w).test(roomWords), `${name}: "${w}" (${venue}) in room ${key}`).toBe(false);
      }
      await shot(page, `venue-${name}-${setting.venue}-room-${key}`);
    }
    // The paintings fetched are this venue's, no other's (a built file is named `<name>-<8-character hash>.svg`).
    for (const venue of VENUES) {
      const p = hallPicture(venue);
      for (const key of [p.texture, ...p.rooms.map((r) => r.texture)]) {
        const pattern = new RegExp(`/${key}-[\\w-]{8}\\.svg$`);
        expect(fetched.some((path) => pattern.test(path)), `${name}: ${key} fetched`).toBe(venue === setting.venue);
      }
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
