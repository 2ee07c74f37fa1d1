// A three-person hot-seat game, played to its outcome: the teacher's setup has people play both
// delegations; the mediator plays with the keyboard; each question goes through the privacy
// screen, the confidential brief, the answer and the hand-back. At every screen the mediator
// sees, the page holds no brief node and none of the hidden figures the briefs showed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeClassCode } from '../../src/classroom/code.ts';
import { act, openTitle } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, savedGame, scene, shot, snapshot, state, waitReady, waitScene, type Watched } from './browser.ts';
import type { Browser } from 'playwright-core';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, inject('baseUrl'));
});
afterAll(async () => browser?.close());

interface Hidden {
  side: number;
  reservation: number;
}

/** What the briefs showed: each sentence and table row holding a hidden figure. */
const secrets = new Set<string>();

async function hiddenValues(page: Page): Promise<Hidden[]> {
  const s = (await snapshot(page)) as { context: { sides: { reservation: number }[]; settings: { people: boolean[] } } };
  return s.context.sides.flatMap((side, i) => (s.context.settings.people[i] ? [{ side: i, reservation: side.reservation }] : []));
}

/** The privacy check at a mediator's screen: no brief node, no hidden figure, in text or attributes. */
async function assertPrivate(page: Page, where: string): Promise<void> {
  const hidden = await hiddenValues(page);
  const found = await page.evaluate(
    ({ secrets, hidden }) => {
      const problems: string[] = [];
      for (const selector of ['[data-brief]', '[data-secret]', '[data-secret-line]', '[data-hotseat]', '.brief', '.hotseat']) {
        if (document.querySelector(selector)) problems.push(`a node ${selector}`);
      }
      // Everything a screen reader or the eye could get: text, and every attribute value.
      const parts: string[] = [document.body.textContent ?? '', document.body.innerText];
      for (const node of document.querySelectorAll('*')) for (const a of node.attributes) parts.push(a.value);
      const all = parts.join('\n');
      for (const s of secrets) if (all.includes(s)) problems.push(`the brief's “${s}”`);
      for (const phrase of ['Confidential brief', 'on our own scale', 'Our fallback', 'Our red lines']) if (all.includes(phrase)) problems.push(phrase);
      for (const h of hidden) {
        const points = Math.round(h.reservation * 100);
        for (const figure of [`${points} out of 100`, h.reservation.toFixed(2), h.reservation.toFixed(3), String(h.reservation)]) if (all.includes(figure)) problems.push(`side ${h.side}'s fallback as ${figure}`);
      }
      return problems;
    },
    { secrets: [...secrets], hidden },
  );
  expect(found, `the mediator's screen (${where}) shows something of a brief`).toEqual([]);
}

/** The privacy screen is up: nothing of the brief exists yet, and the game beneath is inert. */
async function expectPrivacyScreen(page: Page, delegation: string): Promise<void> {
  await page.waitForSelector('[data-hotseat="privacy"]');
  expect(await page.textContent('[data-hotseat] h1')).toBe(`Hand the device to the player of the ${delegation}`);
  expect(await page.textContent('[data-hotseat-action="show-brief"]')).toBe(`I am the ${delegation}: show our brief`);
  expect(await page.$('[data-brief]')).toBeNull();
  expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hotseat-action'))).toBe('show-brief');
  // A modal <dialog>: Tab and Shift+Tab reach nothing beneath it. Past its one button the focus
  // leaves the page for the browser's own controls (the document's body here), then comes back.
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const where = await page.evaluate(() => (document.activeElement === document.body ? 'outside the page' : (document.activeElement?.getAttribute('data-hotseat-action') ?? document.activeElement?.outerHTML.slice(0, 80))));
    expect(['show-brief', 'outside the page']).toContain(where);
  }
  await page.focus('[data-hotseat-action="show-brief"]');
}

/** Opens the brief and notes its hidden figures for the privacy checks that follow. */
async function openBrief(page: Page, delegation: string): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-brief]');
  expect(await page.textContent('[data-brief] h1')).toBe(`Confidential brief: the ${delegation}`);
  for (const line of await page.$$eval('[data-brief] [data-secret-line]', (nodes) => nodes.map((n) => n.textContent ?? ''))) secrets.add(line);
  expect(secrets.size).toBeGreaterThan(0);
  for (const row of await page.$$eval('[data-brief] tr[data-secret-line]', (rows) => rows.map((r) => `${(r as HTMLTableRowElement).cells[0]?.textContent}: ${(r as HTMLTableRowElement).cells[1]?.textContent}`))) secrets.add(row);
  // The fallback shown is this side's hidden reservation value on its 0–100 scale.
  const hidden = await hiddenValues(page);
  const fallback = await page.textContent('[data-brief] section:has(h2:text("Our fallback")) [data-secret]');
  expect(hidden.map((h) => `${Math.round(h.reservation * 100)} out of 100`)).toContain(fallback);
}

/** Sends the form and hands the device back; the brief is gone from the page, not hidden. */
async function answerAndHandBack(page: Page, where: string): Promise<void> {
  const before = ((await snapshot(page)) as { context: { step: number } }).context.step;
  await page.click('[data-hotseat-action="answer"]');
  await page.waitForSelector('[data-hotseat="handback"]');
  expect(((await snapshot(page)) as { context: { step: number; question: unknown } }).context.step).toBeGreaterThan(before);
  expect(((await snapshot(page)) as { context: { question: unknown } }).context.question).toBeNull();
  expect(await page.$('[data-brief]')).toBeNull();
  expect(await page.textContent('[data-hotseat] h1')).toBe('Hand the device back to the mediator');
  await shot(page, `hot-seat-${where}-handback`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-hotseat]', { state: 'detached' });
  expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(false);
  await assertPrivate(page, `after answering: ${where}`);
}

/**
 * The mediator has come into a room a person plays: the device is offered to its player, who
 * reads the brief (no answer: nothing was asked) or lets the mediator go on. No event is sent.
 */
async function arrival(page: Page, delegation: string, mode: 'read' | 'speak' | 'skip'): Promise<void> {
  await page.waitForSelector('[data-hotseat="arrival"]');
  expect(await page.textContent('[data-hotseat] h1')).toBe(`The mediator comes into the room of the ${delegation}`);
  expect(await page.$('[data-brief]')).toBeNull();
  const step = ((await snapshot(page)) as { context: { step: number } }).context.step;
  if (mode === 'skip') await page.click('[data-hotseat-action="skip"]');
  else {
    await openBrief(page, delegation);
    expect(await page.$('[data-hotseat-action="answer"]')).toBeNull();
    await shot(page, 'hot-seat-arrival-brief');
    if (mode === 'read') await page.click('[data-hotseat-action="read"]');
    else {
      // Saying nothing is refused with a reason; then a position and words, taken as one event.
      await page.click('[data-hotseat-action="speak"]');
      await page.waitForFunction(() => (document.querySelector('[data-hotseat] [data-answer-part="error"]')?.textContent ?? '') !== '');
      const first = await page.$eval('[data-hotseat] select[data-position]', (s) => (s as HTMLSelectElement).options[1]!.value);
      await page.selectOption('[data-hotseat] select[data-position]', first);
      await page.fill('[data-hotseat] [data-answer-part="message"]', 'We came to settle, not to posture.');
      await page.click('[data-hotseat-action="speak"]');
    }
    await page.waitForSelector('[data-hotseat="handback"]');
    expect(await page.$('[data-brief]')).toBeNull();
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-hotseat]', { state: 'detached' });
  expect(((await snapshot(page)) as { context: { step: number } }).context.step).toBe(mode === 'speak' ? step + 1 : step);
  expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(false);
}

async function answersLogged(page: Page): Promise<unknown[]> {
  const save = await savedGame<{ events: { type: string }[] }>(page);
  return save ? save.events.filter((e) => e.type === 'ANSWER') : [];
}

describe('a hot-seat game with three people', () => {
  it('goes from the teacher setup to an outcome, every question answered in private', async () => {
    const { page } = w;
    await openTitle(page, inject('baseUrl'));

    // The teacher: Muscat, the first round only, both delegations played by people.
    await page.click('[data-action="teacher-setup"]');
    await page.waitForSelector('dialog[open] [data-setup="code"]');
    await page.selectOption('[data-setup="scenario"]', 'muscat-2026');
    await page.selectOption('[data-setup="rounds"]', '1');
    expect(await page.textContent('dialog fieldset:has([data-setup="person-0"])')).toContain('The United States delegation is played by a person');
    await page.check('[data-setup="person-0"]');
    await page.check('[data-setup="person-1"]');
    await page.fill('[data-setup="seed"]', '4242');
    expect(await page.textContent('dialog[open]')).toContain('Played by people: the United States delegation and the Iranian delegation.');
    await shot(page, 'hot-seat-setup');
    await page.click('[data-dialog-button="start"]');
    await waitScene(page, 'briefing');
    const settings = ((await snapshot(page)) as { context: { settings: { people: boolean[]; rounds: number } } }).context.settings;
    expect(settings.people).toEqual([true, true]);
    expect(settings.rounds).toBe(1);
    await assertPrivate(page, 'briefing');

    // The hall: the HUD says who plays each delegation.
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    expect(await page.$$eval('#hud [data-people]', (n) => n.length)).toBe(2);
    await assertPrivate(page, 'hall');

    // A draft in the majlis: the first option on enrichment.
    await page.keyboard.press('e');
    await page.waitForSelector('.editor select');
    await page.keyboard.press('ArrowDown');
    const version = (await state(page)).draftVersion;
    await page.click('[data-action="write-draft"]');
    await page.waitForFunction((v) => (window.__shuttle!.snapshot() as { context: { draftVersion: number } }).context.draftVersion > v, version);
    await page.keyboard.press('Escape');
    await assertPrivate(page, 'hall after the draft');

    // Tehran's room: its player reads the brief as the mediator comes in; then the draft is
    // presented and Tehran's player rejects it, first without naming an item.
    await act(page, '2');
    await waitScene(page, 'room');
    await arrival(page, 'Iranian delegation', 'speak');
    expect(await page.textContent('#side')).toContain('A person plays the Iranian delegation');
    expect(await page.textContent('#side')).toContain('We came to settle, not to posture.');
    await assertPrivate(page, 'Tehran’s room');
    await act(page, 'p');
    await expectPrivacyScreen(page, 'Iranian delegation');
    // The game's shortcuts are off under the privacy screen: a walk key does nothing.
    const hoursAsked = (await state(page)).hoursLeft;
    await page.keyboard.press('m');
    expect((await state(page)).location).toBe(1);
    await shot(page, 'hot-seat-privacy');
    await openBrief(page, 'Iranian delegation');
    await shot(page, 'hot-seat-brief');
    await page.check('[data-answer="reject"]');
    await page.click('[data-hotseat-action="answer"]');
    await page.waitForFunction(() => (document.querySelector('[data-answer-part="error"]')?.textContent ?? '') !== '');
    expect(await page.textContent('[data-answer-part="error"]')).toContain('at least one item');
    expect((await state(page)).hoursLeft).toBe(hoursAsked);
    await page.check('[data-objection]');
    await page.fill('[data-answer-part="message"]', 'Enrichment is our <b>right</b>.');
    await answerAndHandBack(page, 'tehran-draft');
    // The person's words are carried as text.
    expect(await page.textContent('#side')).toContain('Enrichment is our <b>right</b>.');

    // A concession asked of Tehran: its player declines.
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowDown');
    const steps = ((await snapshot(page)) as { context: { step: number } }).context.step;
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step > s, steps);
    await expectPrivacyScreen(page, 'Iranian delegation');
    await openBrief(page, 'Iranian delegation');
    await page.check('[data-answer="reject"]');
    await answerAndHandBack(page, 'tehran-concession');

    // Listening: Tehran's player states its top positions (the form's defaults).
    await act(page, 'l');
    await expectPrivacyScreen(page, 'Iranian delegation');
    await openBrief(page, 'Iranian delegation');
    expect(await page.isChecked('[data-answer="state"]')).toBe(true);
    await answerAndHandBack(page, 'tehran-listen');

    // Washington's room: its player lets the mediator go on; the draft is presented and accepted.
    await act(page, '1');
    await waitScene(page, 'room');
    await arrival(page, 'United States delegation', 'read');
    await assertPrivate(page, 'Washington’s room');
    if ((await state(page)).hoursLeft > 0) {
      await act(page, 'p');
      await expectPrivacyScreen(page, 'United States delegation');
      await openBrief(page, 'United States delegation');
      await page.check('[data-answer="accept"]');
      await answerAndHandBack(page, 'washington-draft');
    }
    expect(await answersLogged(page)).toHaveLength(4);

    // End the day, and on to the outcome, checking every screen the mediator sees.
    for (let i = 0; i < 6; i++) {
      const current = await scene(page);
      if (current === 'outcome') break;
      await assertPrivate(page, current ?? 'unknown');
      if (current === 'news') await page.keyboard.press('n');
      else await page.keyboard.press('r');
      await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current, { timeout: 15_000 });
    }
    await waitScene(page, 'outcome');
    expect((await state(page)).outcome).not.toBeNull();
    await page.waitForSelector('#outcome-heading');
    // The outcome reveals what the game hid (the debrief's job); no brief is left on the page.
    for (const selector of ['[data-brief]', '[data-secret]', '[data-hotseat]']) expect(await page.$(selector)).toBeNull();
    await shot(page, 'hot-seat-outcome');
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });

  it('starts a hot-seat game from a class code, and the question waits for the person', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await openTitle(page, inject('baseUrl'));
    const code = encodeClassCode({ scenarioId: 'camp-david-1978', settings: { seed: 7, names: 'titles', allowDistortion: false, difficulty: 'standard', rounds: 1, people: [false, true] } });
    await page.fill('[data-action="class-code"]', code);
    await page.click('[data-action="join"]');
    await waitScene(page, 'briefing');
    expect(((await snapshot(page)) as { context: { settings: { people: boolean[] } } }).context.settings.people).toEqual([false, true]);
    await page.keyboard.press('b');
    await waitScene(page, 'hall');
    expect(await page.$$eval('#hud [data-people]', (n) => n.length)).toBe(1);
    // The computer plays Egypt: listening there asks no one. Israel's player is asked.
    await act(page, '1');
    await waitScene(page, 'room');
    await act(page, 'l');
    expect(await page.$('[data-hotseat]')).toBeNull();
    await act(page, '2');
    await waitScene(page, 'room');
    await arrival(page, 'Israeli delegation', 'skip');
    await act(page, 'l');
    await expectPrivacyScreen(page, 'Israeli delegation');
    // A reload keeps the question waiting, behind the privacy screen again.
    await page.waitForFunction(async () => {
      const text = await window.__shuttle!.savedGame();
      return text !== null && (JSON.parse(text) as { events: { type: string }[] }).events.at(-1)?.type === 'LISTEN';
    });
    await page.reload();
    await waitReady(page);
    await waitScene(page, 'room');
    await expectPrivacyScreen(page, 'Israeli delegation');
    expect(await audit(page)).toEqual([]);
    await openBrief(page, 'Israeli delegation');
    expect(await audit(page)).toEqual([]);
    await answerAndHandBack(page, 'israel-listen');
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
