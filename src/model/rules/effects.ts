// Scenario effects (from scripted and random events) applied to the meters, with their cause.
import type { Effect } from '../../scenario/index.ts';
import type { RuleContext } from '../context.ts';
import { sideIndex } from '../compile.ts';
import { addGlobal, addSide } from '../meters.ts';
import type { GameState, SideIndex } from '../types.ts';

export function applyEffects(state: GameState, ctx: RuleContext, effects: readonly Effect[]): void {
  for (const e of effects) {
    if (e.meter === 'pressure') {
      addGlobal(state, ctx, 'pressure', e.delta);
      continue;
    }
    const found = e.delegation === undefined ? -1 : sideIndex(ctx.c, e.delegation);
    const targets: readonly SideIndex[] = found === -1 ? ctx.c.sideIndices : [found];
    for (const s of targets) addSide(state, ctx, e.meter, s, e.delta);
  }
}
