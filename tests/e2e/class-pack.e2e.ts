// A class on a scenario the teacher opened from disk: its code alone names a scenario the
// students' copies do not have, so the teacher saves a class pack (the scenario and the code in
// one file) and a student opening it in a fresh page plays the same game. A file that is not a
// pack is refused where a refused code is, and starts nothing.
import { readFileSync } from 'node:fs';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTitle } from './actions.ts';
import { launch, openPage, savedGame, shot, snapshot, waitScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const ADAPTED = readFileSync('scenarios/camp-david-1978.yaml', 'utf8')
  .replace(/^id: camp-david-1978$/m, 'id: camp-david-class-pack')
  .replace(/^title: .*$/m, 'title: "Camp David, as our class plays it"');

/** The file choosers a page opens, in turn (the listener must exist before the dialog opens). */
function fileChoosers(page: Page): () => Promise<FileChooser> {
  const waiting: ((c: FileChooser) => void)[] = [];
  page.on('filechooser', (c) => waiting.shift()?.(c));
  return () => new Promise((resolve) => waiting.push(resolve));
}

async function choose(page: Page, next: () => Promise<FileChooser>, button: string, name: string, text: string): Promise<void> {
  const chooser = next();
  await page.click(button);
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

const settingsOf = async (page: Page) => ((await snapshot(page)) as { context: { settings: unknown } }).context.settings;

describe('class packs', () => {
  it('carry a scenario from disk and its code to a student who does not have the scenario', async () => {
    const teacher = await openPage(browser, inject('baseUrl'));
    const teacherFiles = fileChoosers(teacher.page);
    await openTitle(teacher.page, inject('baseUrl'));
    await choose(teacher.page, teacherFiles, 'button:has-text("Open a scenario file…")', 'our-class.yaml', ADAPTED);
    await teacher.page.waitForSelector('.scenario-choice:has-text("Camp David, as our class plays it")');
    await teacher.page.click('[data-action="teacher-setup"]');
    await teacher.page.waitForSelector('dialog[open] [data-setup="code"]');
    expect(await teacher.page.inputValue('[data-setup="scenario"]')).toBe('camp-david-class-pack');
    await teacher.page.selectOption('[data-setup="rounds"]', '2');
    await teacher.page.fill('[data-setup="seed"]', '31337');
    const code = (await teacher.page.textContent('[data-setup="code"]'))!.trim();
    const [download] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.click('[data-setup="save-pack"]')]);
    expect(download.suggestedFilename()).toBe(`camp-david-class-pack-class-${code}.json`);
    const pack = readFileSync(await download.path(), 'utf8');
    await teacher.page.waitForSelector(`dialog[open] :text("Saved ${download.suggestedFilename()}.")`);
    await shot(teacher.page, 'class-pack-setup');
    // A shipped scenario's pack carries its file exactly as shipped (the game itself plays the
    // build's parsed copy of it).
    await teacher.page.selectOption('[data-setup="scenario"]', 'muscat-2026');
    const [shipped] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.click('[data-setup="save-pack"]')]);
    const shippedPack = JSON.parse(readFileSync(await shipped.path(), 'utf8')) as { scenario: { fileName: string; text: string } };
    expect(shippedPack.scenario).toEqual({ fileName: 'muscat-2026.yaml', text: readFileSync('scenarios/muscat-2026.yaml', 'utf8') });
    expect(teacher.errors).toEqual([]);
    await teacher.page.context().close();

    // The student's copy has no such scenario: the code alone is refused, and says what to ask for.
    const student = await openPage(browser, inject('baseUrl'));
    const studentFiles = fileChoosers(student.page);
    await openTitle(student.page, inject('baseUrl'));
    await student.page.fill('[data-action="class-code"]', code);
    await student.page.keyboard.press('Enter');
    await student.page.waitForFunction(() => (document.querySelector('[data-role="code-error"]')?.textContent ?? '').includes('class pack'));
    expect(await snapshot(student.page)).toBeNull();

    // Not a pack: refused where a code's error goes, nothing started.
    await choose(student.page, studentFiles, '[data-action="open-pack"]', 'notes.json', '{"kind": "something else"}');
    await student.page.waitForFunction(() => (document.querySelector('[data-role="code-error"]')?.textContent ?? '').includes('notes.json is not a class pack'));
    expect(await snapshot(student.page)).toBeNull();

    // The pack: the teacher's scenario and settings, saved so the game can be resumed.
    await choose(student.page, studentFiles, '[data-action="open-pack"]', 'pack.json', pack);
    await waitScene(student.page, 'briefing');
    expect(await settingsOf(student.page)).toEqual(expect.objectContaining({ seed: 31337, rounds: 2 }));
    expect((await savedGame(student.page))?.scenario.id).toBe('camp-david-class-pack');
    expect(await student.page.evaluate(() => document.body.innerText)).toContain('Camp David, as our class plays it');
    expect(student.errors).toEqual([]);
    expect(student.external).toEqual([]);
    await student.page.context().close();
  });
});
