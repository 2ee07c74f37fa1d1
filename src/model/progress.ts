// Visible progress and agenda scope: both derived from what is on the table, so they can be
// recomputed after any change and recorded in the ledger when they move.
import type { CompiledScenario } from './compile.ts';
import { positionsGap } from './compile.ts';
import type { RuleContext } from './context.ts';
import { setGlobal } from './meters.ts';
import { itemAt, type Package } from './package.ts';
import type { GameState } from './types.ts';

/** 0 core issues only to 100 all-encompassing: scope options run from widest (index 0) to narrowest. */
export function scopeOf(c: CompiledScenario, text: Package): number {
  let sum = 0;
  let n = 0;
  for (const i of c.scopeIssues) {
    const option = itemAt(text, i);
    if (option === null) continue;
    sum += 1 - option / Math.max(1, c.optionCount[i]! - 1);
    n++;
  }
  return n === 0 ? 50 : (100 * sum) / n;
}

/** What a banked partial text and a side's yes to the current text add to visible progress. */
export const BANKED_PROGRESS = 15;
export const ACCEPTED_PROGRESS = 15;

/**
 * Visible progress: how much of the gap between the openings the positions have closed, plus the
 * yeses to the current text (each of two sides' worth ACCEPTED_PROGRESS; more sides share it),
 * plus a banked partial.
 */
export function progressOf(c: CompiledScenario, state: GameState): number {
  const gap = positionsGap(c, state.sides.map((s) => s.position));
  const closed = c.initialGap > 0 ? 1 - gap / c.initialGap : 1;
  const yes = state.sides.filter((s) => s.accepted !== null && s.accepted === state.draftVersion).length;
  return 100 * closed + (ACCEPTED_PROGRESS * 2 * yes) / state.sides.length + (state.banked ? BANKED_PROGRESS : 0);
}

export function updateProgress(state: GameState, ctx: RuleContext): void {
  setGlobal(state, ctx, 'progress', progressOf(ctx.c, state));
}

export function updateScope(state: GameState, ctx: RuleContext): void {
  setGlobal(state, ctx, 'scope', scopeOf(ctx.c, state.draft));
}
