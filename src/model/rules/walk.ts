// Walking through the hall costs time: from the majlis to a room and back, or across the hall.
import type { RuleContext } from '../context.ts';
import { say } from '../dialogue.ts';
import type { GameState, Location } from '../types.ts';

export function walkCost(ctx: RuleContext, from: Location, to: Location): number {
  const hall = ctx.c.scenario.rules.walkHours;
  return from === 'majlis' || to === 'majlis' ? hall : 2 * hall;
}

export function walk(state: GameState, ctx: RuleContext, to: Location): void {
  state.hoursLeft = Math.max(0, state.hoursLeft - walkCost(ctx, state.location, to));
  state.location = to;
  if (to === 'majlis') return;
  // A delegation greets the mediator on the first visit of each day.
  const bit = 1 << to;
  if (state.greeted & bit) return;
  state.greeted |= bit;
  say(state, ctx, to, 'greet');
}
