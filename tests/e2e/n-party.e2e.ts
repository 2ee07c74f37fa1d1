// Scenarios of three and four delegations in the browser, played as a person would by keyboard:
// opened from disk, a door and a room for every delegation (keys 1 to N), every delegation's
// meters in the HUD, a message carried naming its sender, a trade naming its counterpart, the
// draft editor with a column per delegation, then day after day to the outcome and the debrief,
// where every delegation is named. On every screen, no word of the shipped scenarios (their
// delegations, mediators, halls) or of another venue shows, and the hall draws the file's venue.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { hallPicture } from '../../src/game/art/venue.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { nPartyInput } from '../fixtures/n-party.ts';
import { act, openTitle } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, savedGame, scene, screenWords, shot, waitScene, wholeWord } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function load(source: string, file: string): Scenario {
  const r = loadScenarioText(source, file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** The words of the shipped scenarios that must not show in another's game: names of delegations, people and halls. */
function shippedWords(): string[] {
  const words = new Set<string>();
  for (const file of ['muscat-2026.yaml', 'camp-david-1978.yaml']) {
    const s = load(readFileSync(`scenarios/${file}`, 'utf8'), file);
    words.add(s.mediator.name);
    words.add(s.mediator.hallName.replace(/^the /, ''));
    for (const d of s.delegations) {
      words.add(d.shortName);
      words.add(d.capital);
      for (const m of d.members) words.add(m.name);
    }
  }
  return [...words];
}

const VENUE_WORDS: Record<string, string[]> = {
  'gulf-palace': ['palace', 'majlis', 'lantern', 'lanterns', 'warship', 'warships', 'armada'],
  'country-retreat': ['lodge', 'fireplace'],
  'conference-base': ['plenary'],
};

/** The fixture in a venue of its own, so the back-wall doors are drawn in more than one hall. */
function fixture(count: 3 | 4): ScenarioInput {
  const input = nPartyInput(count);
  input.setting = count === 3 ? { venue: 'conference-base', pressureIcon: 'aircraft' } : { venue: 'country-retreat', pressureIcon: 'aircraft' };
  // The schema's default news of easing tension speaks of "both sides": an author of more writes its own.
  input.escalation.deescalation = { headline: 'Tension eases', body: 'With visible progress at the table, the delegations step back a little.', cause: 'visible progress in the talks' };
  return input;
}


/** Words that assume two delegations: none may show when there are more. */
const TWO_PARTY = [/\bboth sides\b/i, /\bboth delegations\b/i, /\btwo delegations\b/i, /\bthe two rooms\b/i, /\bthe other side(’s|'s)?\b/i, /\bboth can\b/i, /room on the right/i, /\bfor both\b/i];


interface Context {
  step: number;
  location: string | number;
  sides: { outbox?: (unknown | null)[] }[];
}
const context = (page: Page) => page.evaluate(() => (window.__shuttle!.snapshot() as { context: Context }).context);

describe('more than two delegations in the browser', () => {
  it.each([3, 4] as const)('%i delegations: doors, rooms, HUD, messages, trades, the draft, the outcome and the debrief', async (count) => {
    const input = fixture(count);
    const yaml = stringify(input);
    const scenario = load(yaml, `talks-${count}.yaml`);
    const names = scenario.delegations.map((d) => d.shortName);
    const forbidden = [...shippedWords(), ...Object.entries(VENUE_WORDS).flatMap(([venue, list]) => (venue === scenario.setting.venue ? [] : list))];
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    /** Reads the screen for words of other scenarios and venues; `named` when every delegation must appear. */
    const check = async (where: string, named: boolean) => {
      const words = await screenWords(page);
      for (const w of forbidden) expect(wholeWord(w).test(words), `"${w}" on the ${where}`).toBe(false);
      expect(words).not.toMatch(/undefined|NaN/);
      for (const phrase of TWO_PARTY) expect(words, `two-party words on the ${where}`).not.toMatch(phrase);
      if (named) for (const n of names) expect(words, `${n} on the ${where}`).toContain(n);
    };

    await openTitle(page, inject('baseUrl'));
    const chooser = page.waitForEvent('filechooser');
    await page.click('button:has-text("Open a scenario file…")');
    await (await chooser).setFiles({ name: `talks-${count}.yaml`, mimeType: 'text/yaml', buffer: Buffer.from(yaml, 'utf8') });
    await page.waitForSelector(`.scenario-choice:has-text("${scenario.title}")`);
    expect(await page.$eval('input[type="radio"]:checked', (i) => (i as HTMLInputElement).value)).toMatch(/^file:/);
    // A fixed seed: the same game, hence the same screens, on every run.
    await page.fill('#' + (await page.$eval('label:has-text("Seed")', (l) => (l as HTMLLabelElement).htmlFor)), String(100 + count));
    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    await check('briefing', false);
    await page.keyboard.press('b');
    await waitScene(page, 'hall');

    // The hall draws the file's venue; the HUD has a block of meters for every delegation.
    expect(await page.evaluate(() => window.__shuttle!.picture())).toEqual(hallPicture(scenario.setting.venue));
    expect(await page.$$eval('#hud .standing', (b) => b.length)).toBe(count);
    expect(await page.getAttribute('#hud', 'class')).toContain(`parties-${count}`);
    // The concessions: a meter per delegation, each named.
    expect(await page.$$eval('#bars [role="meter"]', (m) => m.map((x) => x.getAttribute('aria-label')))).toHaveLength(count + 1);
    await check('hall', true);
    // The HUD's columns, the concessions' meters and the doors' menu pass the audit as the two-party hall does.
    expect(await audit(page)).toEqual([]);
    await shot(page, `n-party-${count}-hall`);

    // The draft editor: the text, then a column for every delegation's stated position.
    await page.keyboard.press('e');
    await page.waitForSelector('.editor select');
    expect(await page.$$eval('.draft-table thead th', (h) => h.length)).toBe(count + 2);
    // Each row says what kind of item it is: core, agenda, or one a framework may leave open.
    const kinds = scenario.issues.map((i) => (i.core ? 'Core' : i.scope ? 'Agenda' : 'Optional'));
    expect(await page.$$eval('.draft-table tbody tr', (rows) => rows.map((r) => r.querySelector('th .tag')?.textContent ?? ''))).toEqual(kinds);
    await check('draft editor', true);
    expect(await audit(page)).toEqual([]);
    await shot(page, `n-party-${count}-editor`);
    await page.keyboard.press('Escape');

    // Every door leads to its delegation's room, by its number key; listening there leaves a message for the others.
    for (let s = 0; s < count; s++) {
      await act(page, String(s + 1));
      await waitScene(page, 'room');
      expect((await context(page)).location).toBe(s);
      // From room to room the scene key stays 'room': wait for this room's own panel.
      await page.waitForFunction((n) => document.querySelector('#where-heading')?.textContent?.includes(n), names[s]!);
      await page.waitForSelector('[data-action="listen"]');
      await act(page, 'l');
      await check(`room ${s + 1}`, false);
      if (s === count - 1) await shot(page, `n-party-${count}-room-${s + 1}`);
    }
    // In the last room: a message waits from at least one other delegation; carry it as given.
    const relays = await page.$$eval('[data-action^="relay-"][aria-expanded]', (b) => b.map((x) => ({ id: x.getAttribute('data-action'), disabled: x.getAttribute('aria-disabled') })));
    expect(relays.map((r) => r.id)).toEqual(scenario.delegations.slice(0, count - 1).map((d) => `relay-${d.id}`));
    const carried = relays.find((r) => r.disabled !== 'true');
    expect(carried, 'a message to carry').toBeDefined();
    await page.focus(`[data-action="${carried!.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-action="${carried!.id}-faithful"]`);
    const step = (await context(page)).step;
    await page.focus(`[data-action="${carried!.id}-faithful"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, step);

    // A trade names its counterpart: the form's first choice, one option per delegation it can be made with.
    await page.keyboard.press('x');
    await page.waitForSelector('[data-panel="trade"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.trade)).toBe('with');
    expect(await audit(page)).toEqual([]);
    const counterparts = await page.$$eval('[data-trade="with"] option', (o) => o.map((x) => x.textContent ?? ''));
    expect(counterparts.length).toBeGreaterThanOrEqual(1);
    for (const c of counterparts) expect(names.some((n) => c.includes(n))).toBe(true);
    const summary = await page.textContent('[data-trade="summary"]');
    expect(summary).toContain(counterparts[0]!.replace(/^the /, ''));
    // Another counterpart: the label of what it would move on names it, and its steps are listed.
    if (counterparts.length > 1) {
      await page.selectOption('[data-trade="with"]', { index: 1 });
      await page.waitForFunction((n) => document.querySelector('label[for="' + document.querySelector('[data-trade="get"]')!.id + '"]')?.textContent?.includes(n), counterparts[1]!.replace(/^the /, ''));
      expect(await page.textContent('[data-trade="summary"]')).toContain(counterparts[1]!.replace(/^the /, ''));
      await page.selectOption('[data-trade="with"]', { index: 0 });
    }
    const before = (await context(page)).step;
    await page.focus('[data-action="trade-propose"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, before);
    const events = (await savedGame<{ events: { type: string; from?: string; with?: string }[] }>(page))!.events;
    expect(events.find((e) => e.type === 'RELAY')?.from).toBe(carried!.id!.replace(/^relay-/, ''));
    expect(scenario.delegations.map((d) => d.id)).toContain(events.find((e) => e.type === 'PROPOSE_TRADE')?.with);

    // Day after day to the end of the talks, reading each screen on the way.
    for (let turn = 0; turn < 20 && (await scene(page)) !== 'outcome'; turn++) {
      const current = await scene(page);
      await check(current ?? 'screen', false);
      // However many messages and offers wait, the actions stay on screen, with room to use them.
      if (current === 'hall' || current === 'room') {
        const box = await page.$eval('#side .actions', (a) => ({ top: a.getBoundingClientRect().top, height: a.getBoundingClientRect().height, view: innerHeight }));
        expect(box.top, `the actions on the ${current}, day ${turn + 1}`).toBeLessThan(box.view - 80);
        expect(box.height, `the actions on the ${current}, day ${turn + 1}`).toBeGreaterThan(80);
      }
      await page.keyboard.press(current === 'news' ? 'n' : 'r');
      await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current, { timeout: 15_000 });
    }
    await waitScene(page, 'outcome');
    await page.waitForSelector('#outcome-heading');
    await check('outcome', true);
    expect(await audit(page)).toEqual([]);
    // A line per delegation, each with its reach on the frontier.
    expect(await page.$$eval('.frontier .delegation-line', (lines) => lines.map((l) => l.querySelectorAll('.reach').length))).toEqual(Array(count).fill(1));
    await shot(page, `n-party-${count}-outcome`);

    await page.focus('[data-action="debrief"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-page');
    await check('debrief', true);
    expect(await audit(page)).toEqual([]);
    await shot(page, `n-party-${count}-debrief`);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('a person plays the third delegation on the hot seat, from the teacher’s setup and its longer class code', async () => {
    const yaml = stringify(fixture(3));
    const scenario = load(yaml, 'talks-3.yaml');
    const third = scenario.delegations[2]!;
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));
    const chooser = page.waitForEvent('filechooser');
    await page.click('button:has-text("Open a scenario file…")');
    await (await chooser).setFiles({ name: 'talks-3.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml, 'utf8') });
    await page.waitForSelector(`.scenario-choice:has-text("${scenario.title}")`);

    // The teacher's setup: a box per delegation; a person plays the third, and the code grows a character.
    await page.click('[data-action="teacher-setup"]');
    await page.waitForSelector('dialog[open] [data-setup="code"]');
    await page.selectOption('[data-setup="scenario"]', scenario.id);
    expect(await page.$$eval('dialog[open] [data-setup^="person-"]', (b) => b.map((x) => x.getAttribute('data-setup')))).toEqual(['person-0', 'person-1', 'person-2']);
    expect(await page.textContent('[data-setup="code"]')).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    await page.check('[data-setup="person-2"]');
    await page.waitForFunction(() => /^[1-3]P-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/.test(document.querySelector('[data-setup="code"]')?.textContent ?? ''));
    await page.click('[data-dialog-button="start"]');
    await waitScene(page, 'briefing');
    expect(((await page.evaluate(() => window.__shuttle!.snapshot())) as { context: { settings: { people: boolean[] } } }).context.settings.people).toEqual([false, false, true]);
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    expect(await page.$$eval('#hud [data-people]', (n) => n.length)).toBe(1);

    // Its room: the device is offered to its player on arrival; listening asks the player, in private.
    await act(page, '3');
    await waitScene(page, 'room');
    await page.waitForSelector('[data-hotseat="arrival"]');
    expect(await page.textContent('[data-hotseat] h1')).toContain(third.name);
    await page.click('[data-hotseat-action="skip"]');
    await page.waitForSelector('[data-hotseat]', { state: 'detached' });
    await act(page, 'l');
    await page.waitForSelector('[data-hotseat="privacy"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-brief]');
    expect(await page.textContent('[data-brief] h1')).toContain(third.name);
    const before = ((await page.evaluate(() => window.__shuttle!.snapshot())) as { context: { step: number } }).context.step;
    await page.click('[data-hotseat-action="answer"]');
    await page.waitForSelector('[data-hotseat="handback"]');
    const after = (await page.evaluate(() => window.__shuttle!.snapshot())) as { context: { step: number; question: unknown } };
    expect(after.context.step).toBeGreaterThan(before);
    expect(after.context.question).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hotseat]', { state: 'detached' });

    // A trade put to the person: the brief names the counterpart chosen; its yes is an offer made to that counterpart.
    await page.keyboard.press('x');
    await page.waitForSelector('[data-panel="trade"]');
    const partner = (await page.$eval('[data-trade="with"]', (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')).replace(/^the /, '');
    const partnerId = await page.$eval('[data-trade="with"]', (s) => (s as HTMLSelectElement).value);
    await page.focus('[data-action="trade-propose"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hotseat="privacy"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-brief]');
    expect(await page.textContent('[data-brief]')).toContain(`if ${partner} moves on`);
    await page.check('[data-answer="accept"]');
    await page.click('[data-hotseat-action="answer"]');
    await page.waitForSelector('[data-hotseat="handback"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hotseat]', { state: 'detached' });
    const end = (await page.evaluate(() => window.__shuttle!.snapshot())) as { context: { offers: { from: number; to?: number }[] } };
    const ids = scenario.delegations.map((d) => d.id);
    expect(end.context.offers.filter((o) => o.from === 2).map((o) => o.to)).toEqual([ids.indexOf(partnerId)]);
    await shot(page, 'n-party-3-hot-seat');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
