// Helpers for the pages over the game (the debrief, the class comparison): playing a quick game
// to its outcome with the keyboard, and save files made by the headless core.
import type { Page } from 'playwright-core';
import { settingsFor } from '../../src/machine/game.ts';
import { createSave } from '../../src/replay/save.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { newGameToHall } from './actions.ts';
import { scene, waitScene } from './browser.ts';
import { shipped } from '../fixtures/shipped.ts';

/** Title → a new game → recess after recess until the outcome. */
export async function playToOutcome(page: Page, url: string): Promise<void> {
  await newGameToHall(page, url);
  while ((await scene(page)) !== 'outcome') {
    const current = await scene(page);
    await page.keyboard.press(current === 'news' ? 'n' : 'r');
    await page.waitForFunction((was) => window.__shuttle!.scene() !== was, current);
  }
  await waitScene(page, 'outcome');
  await page.waitForSelector('#outcome-heading');
}

const muscat = shipped('muscat-2026');

/** A save file of a game the headless core played with a built-in policy (`player`: the name it carries). */
export function saveFile(policy: string, seed: number, player?: string): string {
  const game = playGame(muscat.scenario, policyByName(policy)!, seed);
  return JSON.stringify(createSave(muscat.scenario, muscat.hash, settingsFor(seed), game.events, [], player ? { player } : {}));
}

export const asFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
