// A crash loses nothing: the browser is killed (SIGKILL, its whole process group) right after a
// move, then started again on the same profile, and the game is there at that move, on the same
// screen. Every move is committed to IndexedDB in its own transaction before the next one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { act, newGameToHall } from './actions.ts';
import { scene, shot, snapshot, waitReady, waitScene } from './browser.ts';
import { launchCrashable } from './crashable.ts';

const profiles: string[] = [];
afterAll(() => {
  // A killed browser's helpers may still be letting go of the profile: removing it is best effort.
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuttle-crash-'));
  profiles.push(dir);
  return dir;
}

const step = (page: Page) => page.evaluate(() => (window.__shuttle!.snapshot() as { context: { step: number } }).context.step);
const moves = (page: Page) => page.evaluate(async () => (JSON.parse((await window.__shuttle!.savedGame()) ?? '{"events":[]}') as { events: unknown[] }).events.length);

describe('a crash right after a move', () => {
  it('the relaunched game is at that move, on that screen (the move committed before the kill)', async () => {
    const dir = profile();
    const first = await launchCrashable(dir);
    await newGameToHall(first.page, inject('baseUrl'));
    await act(first.page, '2');
    await waitScene(first.page, 'room');
    await act(first.page, 'l');
    // BEGIN, WALK, LISTEN: the hook says when the slot holds all three, committed.
    await first.page.waitForFunction(() => window.__shuttle!.committed() === 3);
    const before = await snapshot(first.page);
    expect(first.errors).toEqual([]);
    await first.kill();

    const again = await launchCrashable(dir);
    await again.page.goto(inject('baseUrl'));
    await waitReady(again.page);
    await waitScene(again.page, 'room');
    expect(await snapshot(again.page)).toEqual(before);
    expect(await moves(again.page)).toBe(3);
    await shot(again.page, 'crash-relaunched');
    expect(again.errors).toEqual([]);
    await again.kill();
  });

  it('killed a quarter of a second after the move shows, without asking whether it was saved, the move is there', async () => {
    const dir = profile();
    const first = await launchCrashable(dir);
    await newGameToHall(first.page, inject('baseUrl'));
    await act(first.page, '1');
    await waitScene(first.page, 'room');
    const at = await step(first.page);
    // The move shows (the step grew); a player could not act on it sooner than this.
    await act(first.page, 'l');
    await new Promise((r) => setTimeout(r, 250));
    await first.kill();

    const again = await launchCrashable(dir);
    await again.page.goto(inject('baseUrl'));
    await waitReady(again.page);
    await waitScene(again.page, 'room');
    expect(await step(again.page)).toBe(at + 1);
    expect(await scene(again.page)).toBe('room');
    expect(again.errors).toEqual([]);
    await again.kill();
  });
});
