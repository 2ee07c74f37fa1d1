// The replay viewer in the browser: a game's save downloaded from the viewer and opened again
// from the title screen shows the same steps and outcome (a file starting with a byte-order mark
// too); bad files (an edited outcome, an illegal move in a branch) are refused in one line, in the
// words the command line prints, and change nothing; the keyboard scrubs; branching from a step plays on in a new line, which the
// tree shows, renames, deletes and brings back, all saved with the game.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGameToHall } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, savedGame, shot, snapshot, waitReady, waitScene } from './browser.ts';
import { asFile, playToOutcome, saveFile } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface StoredSave {
  events: unknown[];
  outcome: string | null;
  branches: { id: string; name: string; parent: string; at: number; events: unknown[] }[];
}

const stored = async (page: Page) => (await savedGame<StoredSave>(page))!;
/** What the title screen lists of the saved games. */
const slotsListed = (page: Page) => page.$$eval('.slot-list [data-slot]', (cards) => cards.map((c) => c.textContent));
const stepLabel = (page: Page) => page.textContent('[data-role="step-label"]');
const lines = (page: Page) => page.$$eval('.line-tree [data-line]', (items) => items.map((li) => li.getAttribute('data-line')));

/** A move sent through the test hook (the viewer, not the keys of play, is under test here). */
async function send(page: Page, event: object): Promise<void> {
  expect(await page.evaluate((e) => window.__shuttle!.send(e), event)).toBe(true);
}

const FIRST_MOVES = [{ type: 'WALK', to: 'iran' }, { type: 'LISTEN' }, { type: 'WALK', to: 'us' }, { type: 'LISTEN' }];

async function openMenuReplays(page: Page): Promise<void> {
  await page.click('#hud button:has-text("Menu")');
  await page.click('dialog [data-action="replays"]');
  await page.waitForSelector('.replay-viewer [data-role="palace"]');
}

async function pageBack(page: Page): Promise<void> {
  await page.click('[data-action="page-back"]');
  await page.waitForSelector('[data-page]', { state: 'detached' });
}

describe('the replay viewer', () => {
  it('downloads a save with its steps, opens it again from the title screen, and refuses bad files', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await newGameToHall(page, inject('baseUrl'));
    for (const move of FIRST_MOVES) await send(page, move);
    await page.waitForFunction(() => window.__shuttle!.committed() === 5);
    await openMenuReplays(page);
    expect(await stepLabel(page)).toMatch(/^Step 5 of 5 · Round 1 · Listen to /);
    await shot(page, 'replay-viewer');
    expect(await audit(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-save"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const saved = JSON.parse(text) as StoredSave;
    expect(saved.events).toHaveLength(5);
    expect(saved.branches).toEqual([]);

    // Back to the title; open the downloaded file in the viewer.
    await pageBack(page);
    await page.click('#hud button:has-text("Menu")');
    await page.click('dialog button:has-text("Back to the title screen")');
    await waitScene(page, 'title');
    await page.waitForSelector('.slot-list [data-slot]');
    const before = await slotsListed(page);
    // With a byte-order mark in front, as some editors write it: read as the command line reads it.
    await page.setInputFiles('[data-action="replay-file"]', { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await stepLabel(page)).toBe('Step 0 of 5 · Round 1 · The start');
    expect(await page.textContent('[data-role="replay-source"]')).toContain(`${download.suggestedFilename()} · seed `);
    expect(await page.textContent('[data-role="replay-source"]')).toContain('main line not finished');
    expect(await lines(page)).toEqual(['main']);
    await pageBack(page);

    // A finished game made by the core: the same number of steps and its outcome.
    const finished = saveFile('broker', 11);
    const done = JSON.parse(finished) as StoredSave;
    await page.setInputFiles('[data-action="replay-file"]', asFile('broker.json', finished));
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.getAttribute('[data-action="scrub"]', 'max')).toBe(String(done.events.length));
    expect(await page.textContent('[data-role="replay-source"]')).toContain('main line ended: ');
    expect(await page.getAttribute('[data-role="replay-source"]', 'data-outcome')).toBe(done.outcome);
    await page.focus('[data-action="scrub"]');
    await page.keyboard.press('End');
    expect(await stepLabel(page)).toMatch(new RegExp(`^Step ${done.events.length} of ${done.events.length} `));
    expect(await page.textContent('[data-role="status"]')).toContain('The talks are over');
    expect(await page.isDisabled('[data-action="branch-here"]')).toBe(true);
    // The debrief of the line's end.
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief-page');
    expect(await page.textContent('#page-heading')).toBe('Debrief: Muscat, February 2026');
    await pageBack(page);

    // A save dropped on the title screen opens in the viewer too.
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, finished);
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.textContent('[data-role="replay-source"]')).toContain('dropped.json');
    await pageBack(page);

    // Bad files: one line saying what is wrong; no page, and the game in progress untouched.
    const tampered = JSON.parse(text) as { events: { type: string; to?: string }[] };
    tampered.events[1] = { type: 'WALK', to: 'majlis' };
    // The finished game with only its outcome edited, as in the report that a viewer showed it.
    const claimed = done.outcome === 'framework' ? 'strike' : 'framework';
    const edited = JSON.stringify({ ...done, outcome: claimed });
    // A branch whose second move the game does not allow there.
    const illegal = JSON.stringify({ ...(JSON.parse(text) as object), branches: [{ id: 'b1', name: 'Mine', parent: 'main', at: 2, events: [{ type: 'LISTEN' }, { type: 'CONTINUE' }] }] });
    const bad: [string, string, RegExp][] = [
      ['notes.json', 'these are my notes', /^notes\.json cannot be opened: \(file\): not valid JSON: .* \(line 1, column 1\)\.$/],
      ['cut.json', text.slice(0, 200), /^cut\.json cannot be opened: \(file\): not valid JSON: .* \(line \d+, column \d+\)\.$/],
      ['tampered.json', JSON.stringify(tampered), /^tampered\.json cannot be opened: events\[1\]: .*\(line \d+, column \d+\)\.$/],
      ['foreign.json', text.replace(/"id": "muscat-2026"/, '"id": "yalta-1945"'), /^foreign\.json cannot be opened: scenario\.id: the scenario “yalta-1945” is not available here/],
      ['edited.json', edited, new RegExp(`^edited\\.json cannot be opened: outcome: the save records the outcome “${claimed}”, but its replay ends in “${done.outcome}” \\(line 1, column \\d+\\)\\.$`)],
      ['illegal.json', illegal, /^illegal\.json cannot be opened: branches\[0\]\.events\[1\]: in the branch “Mine”, event 4 \(CONTINUE\) is not a move the game allows where that line stands \(round 1\) \(line \d+, column \d+\)\.$/],
    ];
    for (const [name, body, why] of bad) {
      await page.setInputFiles('[data-action="replay-file"]', asFile(name, body));
      await page.waitForFunction((n) => document.querySelector('.title-panel > [role="alert"]:last-of-type')?.textContent?.startsWith(n), name);
      const message = (await page.textContent('.title-panel > [role="alert"]:last-of-type'))!;
      expect(message).toMatch(why);
      expect(message).not.toContain('\n');
      expect(await page.$('[data-page]')).toBeNull();
    }
    expect(await slotsListed(page)).toEqual(before);
    await shot(page, 'replay-bad-file');

    // The saved game's replays straight from the title screen.
    await page.click('[data-action="saved-replays"]');
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.textContent('[data-role="replay-source"]')).toContain('the game in progress');
    expect(await stepLabel(page)).toMatch(/^Step 5 of 5 /);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('scrubs with the keyboard, branches from a step, and keeps the tree: rename, delete and undo', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await newGameToHall(page, inject('baseUrl'));
    for (const move of FIRST_MOVES) await send(page, move);
    await openMenuReplays(page);

    // The keyboard: the slider's own keys, and the arrows from anywhere on the page.
    await page.focus('[data-action="scrub"]');
    await page.keyboard.press('Home');
    expect(await stepLabel(page)).toBe('Step 0 of 5 · Round 1 · The start');
    await page.keyboard.press('ArrowRight');
    expect(await stepLabel(page)).toBe('Step 1 of 5 · Round 1 · The talks open');
    await page.focus('#page-heading');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await stepLabel(page)).toMatch(/^Step 3 of 5 · Round 1 · Listen to /);
    expect(await page.getAttribute('[data-role="timeline"] [aria-current="step"]', 'data-step')).toBe('3');
    expect(await page.textContent('[data-room="1"]')).toContain('The mediator is here');
    // The chart and the timeline jump too.
    const chart = (await (await page.$('[data-role="viewer-chart"]'))!.boundingBox())!;
    await page.mouse.click(chart.x + (chart.width * (34 + (2 / 5) * 676)) / 720, chart.y + chart.height / 2);
    expect(await stepLabel(page)).toMatch(/^Step 2 of 5 · Round 1 · Walk to /);
    await page.click('[data-role="timeline"] [data-step="4"]');
    expect(await stepLabel(page)).toMatch(/^Step 4 of 5 /);
    await page.keyboard.press('ArrowUp');
    expect(await stepLabel(page)).toMatch(/^Step 3 of 5 /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('3');

    // Branch from step 3 and play two moves there.
    await page.click('[data-action="branch-here"]');
    await page.waitForSelector('[data-page]', { state: 'detached' });
    await waitScene(page, 'room');
    await send(page, { type: 'WALK', to: 'majlis' });
    await send(page, { type: 'WALK', to: 'us' });
    // The line in play is the branch: its five moves (three kept, two its own), committed.
    await page.waitForFunction(() => window.__shuttle!.committed() === 5);
    let save = await stored(page);
    expect(save.events).toHaveLength(5);
    expect(save.branches.map((b) => [b.id, b.parent, b.at, b.events.length])).toEqual([['b1', 'main', 3, 2]]);
    // A reload continues the branch, not the main line.
    const playing = await snapshot(page);
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'room');
    expect(await snapshot(page)).toEqual(playing);

    // The viewer shows both lines, the branch being played marked and shown.
    await openMenuReplays(page);
    expect(await lines(page)).toEqual(['main', 'b1']);
    expect(await page.getAttribute('[data-line="b1"]', 'data-current')).toBe('true');
    expect(await stepLabel(page)).toMatch(/^Step 5 of 5 /);
    // Compare offers the other line, and sets the two side by side: they part where the branch left.
    await page.click('[data-action="compare"]');
    await page.waitForSelector('dialog[open] input[type="radio"]');
    expect(await page.textContent('dialog[open] fieldset')).toContain('Main line (5 steps)');
    await page.check('dialog[open] input[type="radio"][value="line:main"]');
    await page.click('[data-dialog-button="compare"]');
    await page.waitForSelector('[data-page-kind="compare"] [data-field="parting"]');
    expect(await page.textContent('[data-field="parting"]')).toMatch(/^They part at step 4, round 1: /);
    // Back to the viewer, on the same line and step.
    await page.click('[data-action="compare-back"]');
    await page.waitForSelector('[data-line="b1"][data-current="true"]');
    expect(await stepLabel(page)).toMatch(/^Step 5 of 5 /);

    // Rename it in place.
    await page.click('[data-line="b1"] [data-action="rename-line"]');
    await page.fill('[data-action="line-name"]', 'Back through the majlis');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-line="b1"] .line-choose:has-text("Back through the majlis")');
    save = await stored(page);
    expect(save.branches[0]!.name).toBe('Back through the majlis');

    // Choose the main line, branch again at step 4: the first branch can then be deleted.
    await page.click('[data-line="main"] .line-choose');
    await page.waitForSelector('[data-line="main"][data-current="true"]');
    await page.focus('[data-action="scrub"]');
    await page.keyboard.press('ArrowLeft');
    expect(await stepLabel(page)).toMatch(/^Step 4 of 5 /);
    await page.click('[data-action="branch-here"]');
    await page.waitForSelector('[data-page]', { state: 'detached' });
    await send(page, { type: 'WALK', to: 'majlis' });
    await openMenuReplays(page);
    expect(await lines(page)).toEqual(['main', 'b1', 'b2']);
    expect(await page.$('[data-line="b2"] [data-action="delete-line"]')).toBeNull();
    await page.click('[data-line="b1"] [data-action="delete-line"]');
    expect(await lines(page)).toEqual(['main', 'b2']);
    expect((await stored(page)).branches.map((b) => b.id)).toEqual(['b2']);
    await shot(page, 'replay-deleted');
    await page.click('[data-action="undo-delete"]');
    expect(await lines(page)).toEqual(['main', 'b2', 'b1']);
    save = await stored(page);
    expect(save.branches.map((b) => [b.id, b.name])).toEqual([
      ['b2', 'Branch 2'],
      ['b1', 'Back through the majlis'],
    ]);
    expect(save.branches.find((b) => b.id === 'b2')!.events).toHaveLength(1);

    // Playing it at 4×: the step moves on by itself until paused.
    await page.click('[data-line="main"] .line-choose');
    await page.focus('[data-action="scrub"]');
    await page.keyboard.press('Home');
    await page.selectOption('[data-action="speed"]', '4');
    await page.click('[data-action="play"]');
    await page.waitForFunction(() => document.querySelector('[data-role="step-label"]')?.textContent?.startsWith('Step 2 '));
    await page.click('[data-action="play"]');
    expect(await page.getAttribute('[data-action="play"]', 'aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});

describe('the replay viewer of a game just finished', () => {
  it('treats it as over: no line being played, the last step is the end, and no what-if after the end', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await playToOutcome(page, inject('baseUrl'));
    await page.click('[data-action="replays"]');
    await page.waitForSelector('.replay-viewer [data-role="palace"]');
    expect(await page.textContent('[data-role="replay-source"]')).toMatch(/^the game just played · seed \d+ · main line ended: /);
    expect(await page.$$eval('.line-tree .badge', (b) => b.map((x) => x.textContent))).not.toContain('being played');
    await page.focus('[data-action="scrub"]');
    await page.keyboard.press('End');
    // The way on from the last day's news ended the talks: it opened no next day.
    expect(await stepLabel(page)).toMatch(/ · The end of the talks$/);
    await page.click('[data-action="what-if"]');
    await page.waitForSelector('[data-page-kind="whatif"] [data-whatif="over"]');
    expect(await page.isDisabled('[data-action="whatif-run"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
