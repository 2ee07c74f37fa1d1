// "Open a scenario file…" on the title screen: a good file (a copy of a shipped scenario under
// another id and title) is listed, chosen and played; a bad one is listed with errors that name
// the field, and the choice stays where it was; hostile files (nested deep, or huge) are refused
// with a message before they are parsed; a scenario of five delegations is refused naming the field.
import { readFileSync } from 'node:fs';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { nPartyInput } from '../fixtures/n-party.ts';
import { openTitle } from './actions.ts';
import { launch, openPage, savedGame, shot, snapshot, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const CAMP_DAVID = readFileSync('scenarios/camp-david-1978.yaml', 'utf8');
const MUSCAT = readFileSync('scenarios/muscat-2026.yaml', 'utf8');

/**
 * The file choosers a page opens, in turn. The listener is added once, up front: Playwright
 * starts intercepting the browser's file dialog only after a listener exists, asynchronously.
 */
function fileChoosers(page: Page): () => Promise<FileChooser> {
  const waiting: ((c: FileChooser) => void)[] = [];
  page.on('filechooser', (c) => waiting.shift()?.(c));
  return () => new Promise((resolve) => waiting.push(resolve));
}

/** Opens a file through the title screen's button (by keyboard) and waits for it to be listed. */
async function openScenarioFile(page: Page, nextChooser: () => Promise<FileChooser>, name: string, text: string | Buffer): Promise<void> {
  const before = await page.$$eval('.scenario-choice', (c) => c.length);
  await page.focus('button:has-text("Open a scenario file…")');
  const chooser = nextChooser();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name, mimeType: 'text/yaml', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  await page.waitForFunction((n) => document.querySelectorAll('.scenario-choice').length > n, before);
}

const checked = (page: Page) => page.$eval('input[type="radio"]:checked', (i) => (i as HTMLInputElement).value);
const choiceCount = (page: Page) => page.$$eval('.scenario-choice', (c) => c.length);
const errorsOf = (page: Page, fileName: string) =>
  page.$$eval('.scenario-choice', (choices, f) => choices.filter((c) => c.textContent?.includes(`${f} cannot be played`)).flatMap((c) => [...c.querySelectorAll('.error-list li')].map((li) => li.textContent ?? '')), fileName);

describe('a scenario file from disk', () => {
  it('a bad file shows errors naming the field and changes nothing else; hostile files are refused; a good file is played', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    const chooser = fileChoosers(page);
    await openTitle(page, inject('baseUrl'));
    // Choose the second shipped scenario, so "kept" cannot be mistaken for "back to the default".
    await page.focus('input[type="radio"]:checked');
    await page.keyboard.press('ArrowDown');
    const chosen = await checked(page);
    expect(chosen).toBe('built-in:camp-david-1978.yaml');
    const seed = await page.inputValue('#' + (await page.$eval('label:has-text("Seed")', (l) => (l as HTMLLabelElement).htmlFor)));
    const shipped = await choiceCount(page);

    // Bad: a weight out of range; and, in another file, a glossary term citing a source that is not there.
    const badWeight = MUSCAT.replace(/^(\s+weights:\n\s+enrichment:) [0-9.]+$/m, '$1 2');
    expect(badWeight).not.toBe(MUSCAT);
    await openScenarioFile(page, chooser, 'bad-weights.yaml', badWeight);
    await page.waitForSelector('.scenario-choice:has-text("bad-weights.yaml cannot be played")');
    // The field, the value found, and the place in the file, as the command line says it.
    expect(await errorsOf(page, 'bad-weights.yaml')).toEqual([expect.stringMatching(/^delegations\[0\]\.weights\.enrichment: must be a number between 0 and 1 \(it is 2\) \(line \d+, column \d+\)$/)]);
    const glossaryAt = MUSCAT.indexOf('\nglossary:\n');
    const badSource = MUSCAT.slice(0, glossaryAt) + MUSCAT.slice(glossaryAt).replace('sources: [jcpoa-acs, jcpoa-longevity]', 'sources: [jcpoa-acs, no-such-source]');
    await openScenarioFile(page, chooser, 'bad-source.yaml', badSource);
    await page.waitForSelector('.scenario-choice:has-text("bad-source.yaml cannot be played")');
    expect(await errorsOf(page, 'bad-source.yaml')).toEqual([expect.stringMatching(/^glossary\[0\]\.sources\[1\]: names the source "no-such-source", which is not in sources \(line \d+, column \d+\)$/)]);
    // Listed, not playable; the choice, the seed and the rest of the list are as they were.
    expect(await page.$eval('.scenario-choice:has-text("bad-weights.yaml") input', (i) => (i as HTMLInputElement).disabled)).toBe(true);
    expect(await checked(page)).toBe(chosen);
    expect(await page.inputValue('#' + (await page.$eval('label:has-text("Seed")', (l) => (l as HTMLLabelElement).htmlFor)))).toBe(seed);
    expect(await choiceCount(page)).toBe(shipped + 2);
    expect(await snapshot(page)).toBeNull();
    await shot(page, 'scenario-file-bad');

    // Hostile: nested ten thousand deep, and larger than the limit.
    await openScenarioFile(page, chooser, 'deep.yaml', `id: x\nnested: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    await page.waitForSelector('.scenario-choice:has-text("deep.yaml cannot be played")');
    expect(await errorsOf(page, 'deep.yaml')).toEqual(['(file): is nested too deeply (more than 40 levels) (line 2, column 49)']);
    await openScenarioFile(page, chooser, 'huge.yaml', `id: x\nsummary: "${'a'.repeat(2_100_000)}"\n`);
    await page.waitForSelector('.scenario-choice:has-text("huge.yaml cannot be played")');
    const huge = await errorsOf(page, 'huge.yaml');
    expect(huge).toHaveLength(1);
    expect(huge[0]).toMatch(/^\(file\): the file is too large \(\d+ bytes; at most 2000000\)$/);
    expect(await checked(page)).toBe(chosen);
    expect(await choiceCount(page)).toBe(shipped + 4);

    // Five delegations: more than the game plays (two to four), refused naming the field and its
    // line; the choice stays where it was. (Three and four are played: n-party.e2e.ts.)
    const five = nPartyInput(4);
    five.delegations.push({ ...five.delegations[3]!, id: 'far', shortName: 'Farland', name: 'far delegation' });
    await openScenarioFile(page, chooser, 'five.yaml', stringify(five));
    await page.waitForSelector('.scenario-choice:has-text("five.yaml cannot be played")');
    expect(await errorsOf(page, 'five.yaml')).toEqual([expect.stringMatching(/^delegations: must list 2 to 4 delegations \(it is a list of 5\) \(line \d+, column 1\)$/)]);
    expect(await checked(page)).toBe(chosen);

    // Another encoding (Latin-1): named as such, with where its first byte that is not UTF-8 is.
    const latin1 = Buffer.from(CAMP_DAVID.replace(/^title: .*$/m, 'title: "Camp David, édition de la classe"'), 'latin1');
    await openScenarioFile(page, chooser, 'latin1.yaml', latin1);
    await page.waitForSelector('.scenario-choice:has-text("latin1.yaml cannot be played")');
    expect(await errorsOf(page, 'latin1.yaml')).toEqual([expect.stringMatching(/^\(file\): is not UTF-8 text: the byte 0xE9 is not UTF-8 .*save it again as UTF-8 \(line \d+, column \d+\)$/)]);

    // Good: a copy of Camp David under another id and title is listed, chosen, and played.
    const good = CAMP_DAVID.replace(/^id: camp-david-1978$/m, 'id: camp-david-classroom').replace(/^title: .*$/m, 'title: "Camp David, our class version"');
    // Saved with a byte-order mark, as some editors do: read all the same.
    await openScenarioFile(page, chooser, 'our-class.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]));
    await page.waitForSelector('.scenario-choice:has-text("Camp David, our class version")');
    const mine = await checked(page);
    expect(mine).toMatch(/^file:/);
    expect(await page.$eval('input[type="radio"]:checked', (i) => i.closest('.scenario-choice')?.textContent ?? '')).toContain('Camp David, our class version');
    expect(await page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.checked)).toBe(true);
    await shot(page, 'scenario-file-good');
    await page.focus('[data-action="new-game"]');
    await page.keyboard.press('Enter');
    await waitScene(page, 'briefing');
    expect(await page.evaluate(() => document.body.innerText)).toContain('Camp David, our class version');
    const saved = await savedGame(page);
    expect(saved?.scenario.id).toBe('camp-david-classroom');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
