// The second scenario in the browser: Camp David chosen on the title screen (keyboard), its own
// glossary there and in the briefing, a few real moves, then the bulk of a game through the test
// hook to an outcome. Every screen shows Camp David's names and labels, and none of Muscat's.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { act, openTitle } from './actions.ts';
import { launch, openPage, scene, shot, state, waitScene } from './browser.ts';
import { shipped } from '../fixtures/shipped.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function load(file: string): Scenario {
  return shipped(file).scenario;
}
const campDavid = load('camp-david-1978.yaml');
const muscat = load('muscat-2026.yaml');

/** Words only the Muscat scenario uses: its place, people and glossary terms. */
const MUSCAT_WORDS = ['Muscat', 'Oman', 'Tehran', 'Iran', 'Hormuz', 'majlis', 'Snapback', 'JCPOA', muscat.mediator.name, ...muscat.delegations.flatMap((d) => d.members.map((m) => m.name))];

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function expectNoMuscat(page: Page, where: string): Promise<void> {
  const text = await visibleText(page);
  for (const word of MUSCAT_WORDS) expect(text.includes(word), `${where}: "${word}" on screen`).toBe(false);
}

/** Opens the glossary with `t`, returns its terms, and closes it. */
async function glossaryTerms(page: Page): Promise<string[]> {
  await page.keyboard.press('t');
  await page.waitForSelector('dialog[open] [data-glossary]');
  const terms = await page.$$eval('dialog[open] dt', (dts) => dts.map((d) => d.textContent ?? ''));
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog[open]', { state: 'detached' });
  return terms;
}

describe('Camp David in the browser', () => {
  it('is chosen on the title screen and played to an outcome, in its own words', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await openTitle(page, inject('baseUrl'));

    // With the default chosen, the glossary has Muscat's terms; choose Camp David with the arrow key.
    expect(await glossaryTerms(page)).toEqual(expect.arrayContaining(['Snapback', 'BATNA']));
    await page.focus('input[type="radio"]:checked');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('input[type="radio"]:checked', (i) => (i as HTMLInputElement).value)).toBe('built-in:camp-david-1978.yaml');
    // The title screen's glossary follows the choice: Camp David's terms and the general ones.
    const titleTerms = await glossaryTerms(page);
    expect(titleTerms).toEqual(expect.arrayContaining(['Camp David Accords', 'Sinai', 'The American text', 'BATNA', 'Ripeness']));
    expect(titleTerms).not.toContain('Snapback');

    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    const briefing = await visibleText(page);
    expect(briefing).toContain(campDavid.title);
    // The mediator's own interests (Kydd), in the situation, with their sources.
    const interests = await page.$eval('[data-dossier="interests"]', (n) => (n as HTMLElement).innerText);
    expect(interests).toContain(campDavid.mediator.interests.text[0]!.slice(0, 60));
    for (const id of campDavid.mediator.interests.sources) expect(interests).toContain(campDavid.sources.find((x) => x.id === id)!.title);
    await expectNoMuscat(page, 'briefing');
    // Who is who: the delegations' own people.
    await page.click('[data-tab="who"]');
    const who = await visibleText(page);
    for (const name of [campDavid.mediator.name, campDavid.delegations[0]!.members[0]!.name, campDavid.delegations[1]!.members[0]!.name]) expect(who, name).toContain(name);
    // The issues link to Camp David's glossary entries.
    await page.click('[data-tab="issues"]');
    expect(await visibleText(page)).toContain(campDavid.issues[0]!.name);
    await page.click('[data-glossary-term="sinai"]');
    await page.waitForSelector('dialog[open] [data-glossary]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-sinai');
    expect(await page.getAttribute('dialog[open] [data-glossary]', 'data-scenario')).toBe('camp-david-1978');
    await shot(page, 'camp-david-glossary');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });

    // The game opens in Aspen Lodge, with Camp David's pressure label and delegations.
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    // Headings are set in capitals by the style sheet: compare without case.
    const hall = (await visibleText(page)).toLowerCase();
    for (const words of [campDavid.place.split(',')[0]!, campDavid.labels.pressure, campDavid.labels.scopeNarrow, campDavid.delegations[0]!.shortName, campDavid.delegations[1]!.shortName]) expect(hall, words).toContain(words.toLowerCase());
    await expectNoMuscat(page, 'hall');
    await shot(page, 'camp-david-hall');

    // A few real moves: to Egypt's cabin, listen, back, to Israel's, listen.
    await act(page, '1');
    await waitScene(page, 'room');
    await act(page, 'l');
    expect(await visibleText(page)).toContain(campDavid.delegations[0]!.shortName);
    await expectNoMuscat(page, 'room');
    await act(page, '2');
    await act(page, 'l');

    // The bulk: each day a draft in the spirit of the real frameworks, presented in both cabins,
    // then the recess and the news, until the game ends.
    const draft = { withdrawal: 'three-years', settlements: 'knesset', airfields: 'replaced', security: 'demilitarised', relations: 'interim' };
    let sourced = 0;
    for (let day = 0; day < 40 && (await state(page)).outcome === null; day++) {
      if ((await scene(page)) === 'news') {
        // Each source of a news card carries its own kind: one tag at the end read as the kind of them all.
        const lists = await page.$$eval('.card .sources', (ps) => ps.filter((p) => p.querySelector('a')).map((p) => ({ links: p.querySelectorAll('a').length, tags: (p.textContent ?? '').match(/\([^()]+\)(;|$)/g)?.length ?? 0 })));
        for (const l of lists) expect(l.tags).toBe(l.links);
        sourced += lists.length;
        await page.keyboard.press('n');
        await page.waitForFunction(() => window.__shuttle!.scene() !== 'news' || (window.__shuttle!.snapshot() as { context: { outcome: unknown } }).context.outcome !== null);
        continue;
      }
      const accepted = await page.evaluate((items) => {
        const send = (e: unknown) => window.__shuttle!.send(e);
        return [
          send({ type: 'WALK', to: 'majlis' }),
          send({ type: 'EDIT_DRAFT', items }),
          send({ type: 'WALK', to: 'egypt' }),
          send({ type: 'PRESENT_DRAFT' }),
          send({ type: 'WALK', to: 'israel' }),
          send({ type: 'PRESENT_DRAFT' }),
          send({ type: 'RECESS' }),
        ];
      }, draft);
      // Some moves are refused on the way (the text unchanged; the day's hours spent, which ends
      // the day by itself): fine, as long as the day moves on to the news or the end. A day
      // ended by a move keeps its answer on screen until the player goes on (N).
      expect(accepted.includes(true), `day ${day}: every move was refused`).toBe(true);
      await page.waitForFunction(() => ['news', 'outcome'].includes(window.__shuttle!.scene() ?? '') || document.querySelector('[data-action="day-over"]') !== null, null, { timeout: 15_000 });
      if (await page.$('[data-action="day-over"]')) await page.keyboard.press('n');
      await page.waitForFunction(() => ['news', 'outcome'].includes(window.__shuttle!.scene() ?? ''), null, { timeout: 15_000 });
    }
    expect(sourced).toBeGreaterThan(0);
    const outcome = (await state(page)).outcome;
    expect(outcome).not.toBeNull();
    await waitScene(page, 'outcome');
    await page.waitForSelector('#outcome-heading');
    const ending = await visibleText(page);
    expect(ending).toContain(campDavid.labels.outcomes[outcome!.id as keyof typeof campDavid.labels.outcomes]);
    await expectNoMuscat(page, 'outcome');
    await shot(page, 'camp-david-outcome');

    // The debrief speaks of this case too.
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief-page');
    await expectNoMuscat(page, 'debrief');
    const debriefTerms = await glossaryTerms(page);
    expect(debriefTerms).toEqual(expect.arrayContaining(['Sinai', 'BATNA']));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
