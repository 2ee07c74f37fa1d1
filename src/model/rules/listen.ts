// Listening: the side hints at a priority, states its position on what matters most to it, and,
// when it has something to give, proposes a trade by its own priorities. A trusted mediator hears
// more, and hears it right (Kydd: credibility makes messages informative).
import { sideDraft, type RuleContext } from '../context.ts';
import { narrate, reply, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { proposeTrade } from '../offers.ts';
import { byWeightDescending } from '../order.ts';
import { optionAt, withItem, type PriorityCode } from '../package.ts';
import { concessionBudget } from '../reciprocity.ts';
import type { GameState, Priority, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

export function priorityOf(weightRank: number, issueCount: number): Priority {
  if (weightRank < Math.ceil(issueCount / 3)) return 'high';
  if (weightRank < Math.ceil((2 * issueCount) / 3)) return 'medium';
  return 'low';
}

export const PRIORITY_CODES: Record<Priority, PriorityCode> = { high: 'h', medium: 'm', low: 'l' };

/** The side's issues from most to least important, in its true weights. */
export function byTrueWeight(state: GameState, s: SideIndex): number[] {
  return byWeightDescending(state.truth[s]!.weights);
}

export function listen(state: GameState, ctx: RuleContext, s: SideIndex): void {
  narrate(state, ctx, { type: 'LISTEN', side: s });
  const was = ctx.base.sides[s];
  const order = byTrueWeight(ctx.base, s);
  const count = was.credibility >= 60 ? 3 : was.credibility >= 35 ? 2 : 1;
  const position = was.position;
  let heard = was.heard;
  const revealed: number[] = [];
  for (const i of order) {
    if (heard[i] === position[i]) continue;
    heard = withItem(heard, i, optionAt(position, i));
    revealed.push(i);
    if (revealed.length === count) break;
  }
  const side = sideDraft(state, ctx, s);
  if (heard !== was.heard) side.heard = heard;
  const unheard = order.find((i) => was.priorities[i] === '?');
  if (unheard !== undefined) {
    // The most important issue not yet hinted at; with low credibility the hint may be wrong.
    const noise = Math.max(0, (60 - was.credibility) / 100);
    const truth = priorityOf(order.indexOf(unheard), order.length);
    const levels: Priority[] = ['high', 'medium', 'low'];
    const cue = ctx.rng.chance(noise) ? levels[ctx.rng.int(3)]! : truth;
    side.priorities = was.priorities.slice(0, unheard) + PRIORITY_CODES[cue] + was.priorities.slice(unheard + 1);
    say(state, ctx, s, 'priority', { issue: unheard });
    reply(state, ctx, s, { type: 'priority', issue: unheard, level: PRIORITY_CODES[cue] as 'h' | 'm' | 'l' });
  }
  if (revealed.length > 0) {
    say(state, ctx, s, 'position', { issue: revealed[0]!, option: optionAt(position, revealed[0]!) });
    reply(state, ctx, s, { type: 'position', issues: revealed });
    addToMessage(state, ctx, s, revealed.map((issue) => ({ type: 'stated' as const, issue, option: optionAt(position, issue) })));
  }
  // With something left to give and no offer of its own on the table, it proposes a trade.
  const hasOffer = ctx.base.offers.some((o) => o.from === s);
  if (!hasOffer && concessionBudget(ctx.c, ctx.base, s) > 0) {
    const offer = proposeTrade(ctx.c, ctx.base, s);
    if (offer) {
      state.offers = [...ctx.base.offers, offer];
      say(state, ctx, s, 'offer', { issue: offer.give[0]!.issue, option: offer.give[0]!.option });
      reply(state, ctx, s, { type: 'offer', offer });
      addToMessage(state, ctx, s, [{ type: 'offer', offer }]);
    }
  }
  addSide(state, ctx, 'closeness', s, 1);
  addSide(state, ctx, 'patience', s, 1);
}
