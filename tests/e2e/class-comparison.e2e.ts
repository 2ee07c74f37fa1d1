// Class comparison: from the title screen, a teacher picks many students' save files at once
// (made here by the headless core); good files are compared (a player's or team's name shown
// instead of the file's), a broken or tampered file (an edited outcome too) is listed with its
// reason and skipped, a file starting with a byte-order mark is read, and a copy of the same game
// is marked and counted once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot, waitReady } from './browser.ts';
import { asFile, saveFile } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('comparing a class', () => {
  it('compares good files, lists bad ones with the reason, and marks duplicates', async () => {
    const { page, errors, external } = await openPage(browser, inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await waitReady(page);
    await page.click('[data-action="compare-class"]');
    await page.waitForSelector('.class-page');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading');

    const ana = saveFile('broker', 11, 'Team Ana');
    const tampered = JSON.parse(saveFile('passive', 12)) as { finalStateHash: string };
    tampered.finalStateHash = 'ffffffffffffffff';
    // Only the outcome edited: the file claims what its replay does not give.
    const edited = JSON.parse(saveFile('formulator', 15)) as { outcome: string };
    const claimed = edited.outcome === 'framework' ? 'strike' : 'framework';
    const replayedOutcome = edited.outcome;
    edited.outcome = claimed;
    await page.setInputFiles('[data-action="class-files"]', [
      asFile('ana.json', ana),
      asFile('ben.json', saveFile('passive', 12)),
      asFile('cleo.json', saveFile('manipulator', 13)),
      { name: 'dev.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(saveFile('formulator', 14))]) },
      asFile('ana-copy.json', ana),
      asFile('broken.json', '{"format": "shuttle-diplomacy-save", "version": 2'),
      asFile('tampered.json', JSON.stringify(tampered)),
      asFile('edited.json', JSON.stringify(edited)),
    ]);
    await page.waitForSelector('.class-table');
    const rows = await page.$$eval('.class-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual(['Team Ana', 'ben.json', 'cleo.json', 'dev.json', 'Team Ana', 'broken.json', 'tampered.json', 'edited.json']);
    for (const r of rows.slice(0, 4)) {
      expect(r[1]).toBe('Muscat, February 2026');
      expect(r[5]).toBe('Counted');
    }
    expect(rows[4]![5]).toContain('Duplicate of Team Ana');
    expect(rows[5]![5]).toContain('Skipped');
    expect(rows[6]![5]).toContain('Skipped');
    expect(rows[6]![5]).toMatch(/finalStateHash: the save records “ffffffffffffffff”, but its replay gives “[0-9a-f]{16}”/);
    expect(rows[7]![5]).toMatch(new RegExp(`outcome: the save records the outcome “${claimed}”, but its replay ends in “${replayedOutcome}” \\(line 1, column \\d+\\)`));
    expect(await page.textContent('.class-summary')).toBe('4 games compared; 3 files skipped; 1 duplicate.');
    // The distribution adds up to the games counted; the other sections are there.
    const games = await page.$$eval('#class-outcomes ~ table tbody tr td:nth-child(2)', (tds) => tds.reduce((n, td) => n + Number(td.textContent), 0));
    expect(games).toBe(4);
    expect(await page.textContent('.class-page')).toContain('Turning points most games shared');
    expect(await page.$$eval('#class-actions ~ table tbody tr', (trs) => trs.length)).toBeGreaterThanOrEqual(5);
    await shot(page, 'class-comparison');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
