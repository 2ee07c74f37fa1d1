// Classroom play: the teacher's setup makes a class code; a student joining with that code in a
// fresh page gets the same scenario and settings; a mistyped or short code starts nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTitle } from './actions.ts';
import { audit, injectAxe } from './axe.ts';
import { launch, openPage, savedGame, scene, shot, snapshot, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

async function title(page: Page): Promise<void> {
  await openTitle(page, inject('baseUrl'));
}

async function settingsOf(page: Page): Promise<unknown> {
  return ((await snapshot(page)) as { context: { settings: unknown } }).context.settings;
}

async function savedScenarioId(page: Page): Promise<string | null> {
  return (await savedGame(page))?.scenario.id ?? null;
}

async function join(page: Page, code: string): Promise<void> {
  await page.focus('[data-action="class-code"]');
  await page.fill('[data-action="class-code"]', code);
  await page.keyboard.press('Enter');
}

describe('class codes', () => {
  it('a code from the teacher setup starts the same game in a fresh page', async () => {
    const teacher = await openPage(browser, inject('baseUrl'));
    await title(teacher.page);
    await teacher.page.click('[data-action="teacher-setup"]');
    await teacher.page.waitForSelector('dialog[open] [data-setup="code"]');
    // Keyboard and mouse both work: choose the other scenario, two rounds, hard, titles, a seed.
    await teacher.page.selectOption('[data-setup="scenario"]', 'camp-david-1978');
    await teacher.page.selectOption('[data-setup="rounds"]', '2');
    await teacher.page.check('dialog input[type="radio"][value="hard"]');
    await teacher.page.check('dialog input[type="radio"][value="titles"]');
    const distortion = await teacher.page.isChecked('[data-setup="distortion"]');
    await teacher.page.setChecked('[data-setup="distortion"]', !distortion);
    await teacher.page.fill('[data-setup="seed"]', '123456');
    const code = (await teacher.page.textContent('[data-setup="code"]'))!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    await shot(teacher.page, 'class-code-setup');
    // Copy says what happened (copied, or not allowed here), and never fails the page.
    await teacher.page.click('[data-setup="copy"]');
    await teacher.page.waitForFunction(() => (document.querySelector('.class-code-box [aria-live]:not(output)')?.textContent ?? '') !== '');
    const expected = { seed: 123456, names: 'titles', allowDistortion: !distortion, difficulty: 'hard', rounds: 2, people: [false, false] };

    // A bad seed shows no code, and "Start this game" keeps the dialog open.
    await teacher.page.fill('[data-setup="seed"]', '99999999');
    expect(await teacher.page.getAttribute('[data-setup="seed"]', 'aria-invalid')).toBe('true');
    expect(await teacher.page.textContent('[data-setup="code"]')).not.toContain('-');
    await teacher.page.click('[data-dialog-button="start"]');
    expect(await teacher.page.isVisible('dialog[open]')).toBe(true);
    await teacher.page.fill('[data-setup="seed"]', '123456');
    expect((await teacher.page.textContent('[data-setup="code"]'))!.trim()).toBe(code);

    // "Start this game" starts exactly these settings.
    await teacher.page.click('[data-dialog-button="start"]');
    await waitScene(teacher.page, 'briefing');
    expect(await settingsOf(teacher.page)).toEqual(expected);
    expect(await savedScenarioId(teacher.page)).toBe('camp-david-1978');
    expect(teacher.errors).toEqual([]);
    expect(teacher.external).toEqual([]);
    await teacher.page.context().close();

    // A student, in a fresh page, types it in lower case.
    const student = await openPage(browser, inject('baseUrl'));
    await title(student.page);
    await join(student.page, code.toLowerCase());
    await waitScene(student.page, 'briefing');
    expect(await settingsOf(student.page)).toEqual(expected);
    expect(await savedScenarioId(student.page)).toBe('camp-david-1978');

    // Back on the title with a game saved, joining again starts the code's game in a slot of its
    // own: the first game stays among the saved games.
    await student.page.keyboard.press('b');
    await waitScene(student.page, 'hall');
    await student.page.click('#hud button:has-text("Menu")');
    await student.page.click('dialog button:has-text("Back to the title screen")');
    await waitScene(student.page, 'title');
    await student.page.waitForSelector('.slot-list [data-slot]');
    await join(student.page, code);
    await waitScene(student.page, 'briefing');
    expect(await settingsOf(student.page)).toEqual(expected);
    await student.page.keyboard.press('b');
    await waitScene(student.page, 'hall');
    await student.page.click('#hud button:has-text("Menu")');
    await student.page.click('dialog button:has-text("Back to the title screen")');
    await waitScene(student.page, 'title');
    await student.page.waitForFunction(() => document.querySelectorAll('.slot-list [data-slot]').length === 2);
    expect(student.errors).toEqual([]);
    expect(student.external).toEqual([]);
    await student.page.context().close();
  });

  it('refuses a mistyped code and a short code, and starts nothing', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await title(page);
    await page.click('[data-action="teacher-setup"]');
    await page.waitForSelector('dialog[open] [data-setup="code"]');
    const code = (await page.textContent('[data-setup="code"]'))!.trim();
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => undefined);

    // One character changed.
    const i = 1;
    const other = CHARS[(CHARS.indexOf(code[i]!) + 7) % CHARS.length]!;
    const typo = code.slice(0, i) + other + code.slice(i + 1);
    await join(page, typo);
    await page.waitForFunction(() => (document.querySelector('[data-role="code-error"]')?.textContent ?? '') !== '');
    expect(await page.textContent('[data-role="code-error"]')).toContain('typo');
    expect(await page.getAttribute('[data-action="class-code"]', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('class-code');
    expect(await scene(page)).toBe('title');
    expect(await snapshot(page)).toBeNull();

    // The wrong length (clicking Join: the focus goes back to the field).
    await page.fill('[data-action="class-code"]', code.slice(0, -2));
    await page.click('[data-action="join"]');
    await page.waitForFunction(() => (document.querySelector('[data-role="code-error"]')?.textContent ?? '').includes('9 letters'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('class-code');
    await shot(page, 'class-code-refused');

    expect(await scene(page)).toBe('title');
    expect(await snapshot(page)).toBeNull();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('finds no serious or critical violation in the setup dialog and the join field', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await injectAxe(page);
    await title(page);
    await join(page, 'K7Q2-M9XF-4');
    await page.waitForFunction(() => (document.querySelector('[data-role="code-error"]')?.textContent ?? '') !== '');
    expect(await audit(page)).toEqual([]);
    // The setup starts on the scenario chosen on the title screen.
    await page.check('input[type="radio"][value="built-in:camp-david-1978.yaml"]');
    await page.click('[data-action="teacher-setup"]');
    await page.waitForSelector('dialog[open] [data-setup="code"]');
    expect(await page.inputValue('[data-setup="scenario"]')).toBe('camp-david-1978');
    expect(await audit(page)).toEqual([]);
    await page.fill('[data-setup="seed"]', 'abc');
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
