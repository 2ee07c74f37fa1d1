// The compare view in the browser: a save with a branch, made by the headless core, opened from
// the title screen into the replay viewer; "Compare…" sets the branch beside the main line (where
// they part, both outcomes, the texts' differences, the moves that explain the split), then Line B
// switches, by keyboard, to what really happened: the dated real events with their sources.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { addBranch, MAIN } from '../../src/replay/branches.ts';
import { firstDifference } from '../../src/replay/compare.ts';
import { createSave } from '../../src/replay/save.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, shot, waitReady, waitScene } from './browser.ts';
import { asFile } from './pages.ts';
import { shipped } from '../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');
const { scenario, hash } = loaded;
const seed = 11;
const settings = settingsFor(seed);
const main = playGame(scenario, policyByName('broker')!, seed, settings).events;
const passive = playGame(scenario, policyByName('passive')!, seed, settings).events;
// The branch keeps the events both games share and goes on as the passive mediator played.
const split = firstDifference(main, passive);
const save = addBranch(createSave(scenario, hash, settings, main), MAIN, split, passive.slice(split), 'The passive line').save;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the compare view', () => {
  it('sets a branch beside the main line, then beside what really happened, by keyboard', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    await waitScene(page, 'title');
    await page.setInputFiles('[data-action="replay-file"]', asFile('branched.json', JSON.stringify(save)));
    await page.waitForSelector('.replay-viewer [data-role="palace"]');

    // "Compare…" asks which line to set beside the one shown; the branch is offered first.
    await page.focus('[data-action="compare"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] input[value="line:b1"]:checked');
    await page.keyboard.press('Enter');
    const view = await page.waitForSelector('[data-page-kind="compare"]');
    expect(await view.isVisible()).toBe(true);
    expect(await page.inputValue('select[data-field="line-a"]')).toBe(MAIN);
    expect(await page.inputValue('select[data-field="line-b"]')).toBe('b1');

    // Where they part, named in words.
    const parting = (await page.textContent('[data-field="parting"]'))!;
    expect(parting).toMatch(new RegExp(`^They part at step ${split + 1}, round \\d+: on Main line the mediator .+; on The passive line the mediator .+\\.$`));

    // Both outcomes, titled as the scenario names them.
    const outcomes = await page.$$eval('[data-field="outcomes"] li .outcome-label', (n) => n.map((x) => x.textContent));
    expect(outcomes).toHaveLength(2);
    for (const o of outcomes) expect(Object.values(scenario.labels.outcomes)).toContain(o);

    // The charts: one per meter, both lines drawn, the split marked; each with a summary.
    expect(await page.$$eval('.compare-figure', (n) => n.length)).toBe(9);
    expect(await page.$$eval('.compare-figure polyline.line-a', (n) => n.length)).toBe(9);
    expect(await page.$$eval('.compare-figure polyline.line-b', (n) => n.length)).toBe(9);
    expect(await page.$$eval('.compare-figure line.parts', (n) => n.length)).toBe(9);
    expect(await page.textContent('[data-chart="progress"] .chart-summary')).toMatch(/^Progress: .+ at step \d+, the last the lines share; it ends at .+ on Main line and .+ on The passive line\.$/);

    // The texts issue by issue, changed rows marked in words.
    const rows = await page.$$eval('[data-field="text-diff"] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual(scenario.issues.map((i) => i.name));
    const differing = rows.filter((r) => r[3] === 'Differs');
    expect(differing.length).toBeGreaterThan(0);
    for (const r of differing) expect(r[1]).not.toBe(r[2]);
    for (const r of rows.filter((x) => x[3] === 'Same')) expect(r[1]).toBe(r[2]);

    // The moves that explain the split, with their causes.
    expect(await page.$$eval('[data-field="gap"]', (n) => n.length)).toBeGreaterThan(0);
    expect(await page.textContent('[data-field="gap"] li')).toMatch(/^Round \d+, step \d+: .+ \(.+\)$/);
    expect(await audit(page)).toEqual([]);
    await shot(page, 'compare-lines');

    // Line B becomes what really happened, with the keyboard alone.
    await page.focus('select[data-field="line-b"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('[data-field="history-summary"]');
    expect(await page.inputValue('select[data-field="line-b"]')).toBe('@history');
    const summary = (await page.textContent('[data-field="history-summary"]'))!;
    expect(summary).toContain('This line: ');
    // The outcome's reason in words, never a structure printed as text.
    expect(summary).not.toContain('[object');
    // How the talks really ended: the scenario's ending, shown in full with its sources.
    expect(summary).toContain('What really happened in the end (28 Feb 2026): No agreement: the talks gave way to strikes (reported).');
    const ending = page.locator('[data-field="history-ending"] li');
    expect(await ending.textContent()).toContain(scenario.ending!.body);
    expect(await ending.locator('a').count()).toBe(scenario.ending!.sources.length);
    const strikes = page.locator('.history-beside li[data-date="2026-02-28"]');
    expect(await strikes.textContent()).toContain('Strikes, and the Strait closed');
    // A reported entry is labelled by what its first source is.
    expect(await strikes.locator('.badge').textContent()).toBe('news report');
    const links = await strikes.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('rel'), a.getAttribute('target'), (a as HTMLAnchorElement).protocol]));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toEqual(['noreferrer', '_blank', 'https:']);
    // Every dated real event is on the page, each day of talks beside them.
    const dates = await page.$$eval('.history-beside li[data-date]', (n) => n.map((x) => x.getAttribute('data-date')));
    expect(dates).toEqual(scenario.history.map((h) => h.date));
    expect(await page.$$eval('.history-beside tbody th', (n) => n.map((x) => x.textContent))).toContain('Round 1: Muscat, the first day (6 Feb 2026, Muscat)');
    expect(await audit(page)).toEqual([]);
    await shot(page, 'compare-history');

    // Back to the viewer it came from.
    await page.click('[data-action="compare-back"]');
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.$('[data-page-kind="compare"]')).toBeNull();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
