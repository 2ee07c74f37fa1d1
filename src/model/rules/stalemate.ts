// Painting the stalemate (the mediator as manipulator): make the cost of no deal felt.
// Only credible when the pressure is real and the mediator is believed.
import type { RuleContext } from '../context.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import type { GameState, SideIndex } from '../types.ts';
import { believability } from './relay.ts';

export const CREDIBLE_RUNG = 2;
export const CREDIBLE_TRUST = 35;

export function stalemateCredible(state: GameState, s: SideIndex): boolean {
  return state.pressure >= CREDIBLE_RUNG && state.sides[s].credibility >= CREDIBLE_TRUST;
}

export function paintStalemate(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const was = ctx.base;
  narrate(state, ctx, { type: 'PAINT_STALEMATE', side: s });
  if (stalemateCredible(was, s)) {
    // Diminishing: a side already hurting hears less that is new. A warning is believed by trust
    // and by the mediator's interests (Kydd: see relay.ts).
    addSide(state, ctx, 'hurt', s, (4 + 2 * was.pressure) * (1 - was.sides[s].hurt / 100) * believability(ctx.c, was, s, 'warning'));
    addSide(state, ctx, 'patience', s, -2);
    say(state, ctx, s, 'stalemateHeard');
  } else {
    addSide(state, ctx, 'patience', s, -6);
    addSide(state, ctx, 'credibility', s, -3);
    say(state, ctx, s, 'stalemateDismissed');
  }
}
