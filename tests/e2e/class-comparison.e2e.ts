// Class comparison: from the title screen, a teacher picks many students' save files at once
// (made here by the headless core); good files are compared, a broken or tampered file is listed
// with its reason and skipped, and a copy of the same game is marked and counted once.
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

    const ana = saveFile('broker', 11);
    const tampered = JSON.parse(saveFile('passive', 12)) as { finalStateHash: string };
    tampered.finalStateHash = 'ffffffffffffffff';
    await page.setInputFiles('[data-action="class-files"]', [
      asFile('ana.json', ana),
      asFile('ben.json', saveFile('passive', 12)),
      asFile('cleo.json', saveFile('manipulator', 13)),
      asFile('dev.json', saveFile('formulator', 14)),
      asFile('ana-copy.json', ana),
      asFile('broken.json', '{"format": "shuttle-diplomacy-save", "version": 2'),
      asFile('tampered.json', JSON.stringify(tampered)),
    ]);
    await page.waitForSelector('.class-table');
    const rows = await page.$$eval('.class-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual(['ana.json', 'ben.json', 'cleo.json', 'dev.json', 'ana-copy.json', 'broken.json', 'tampered.json']);
    for (const r of rows.slice(0, 4)) {
      expect(r[1]).toBe('Muscat, February 2026');
      expect(r[5]).toBe('Counted');
    }
    expect(rows[4]![5]).toContain('Duplicate of ana.json');
    expect(rows[5]![5]).toContain('Skipped');
    expect(rows[6]![5]).toContain('Skipped');
    expect(rows[6]![5]).toContain('final state hash');
    expect(await page.textContent('.class-summary')).toBe('4 games compared; 2 files skipped; 1 duplicate.');
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
