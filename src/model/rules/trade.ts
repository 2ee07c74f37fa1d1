// The mediator proposes a trade to the side in the room (the formulator's move): "would you move
// on this if they moved on that?" A yes becomes the side's own offer, for the mediator to carry;
// a no tells the mediator the first matters more to it than the second.
import type { RuleContext } from '../context.ts';
import { narrate, reply, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { acceptsTrade, mediatorTrade } from '../offers.ts';
import { named, offerTo } from '../parties.ts';
import type { GameState, Offer, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

/** The side judges the mediator's trade as the other side would judge one: in its own values, for its own gain. */
export function wouldOffer(ctx: Pick<RuleContext, 'c'>, state: GameState, s: SideIndex, offer: Offer): boolean {
  // Seen from the side itself: the counterpart's step is its gain, its own step its cost.
  const mirrored: Offer = { ...offer, from: offerTo(offer), give: offer.want, want: offer.give, ...(offer.to === undefined ? {} : { to: s }) };
  return acceptsTrade(ctx.c, state, s, mirrored);
}

export function proposeTrade(state: GameState, ctx: RuleContext, s: SideIndex, give: number, get: number, counterpart?: SideIndex): void {
  narrate(state, ctx, { type: 'PROPOSE_TRADE', side: s, trade: { give, get, ...(counterpart !== undefined && named(ctx.c) ? { with: counterpart } : {}) } });
  const offer = mediatorTrade(ctx.c, ctx.base, s, give, get, counterpart);
  if (!offer) return;
  if (wouldOffer(ctx, ctx.base, s, offer)) {
    // An offer of its own it had not yet sent is replaced by this one.
    state.offers = [...ctx.base.offers.filter((o) => o.from !== s), offer];
    say(state, ctx, s, 'tradeYes', { issue: give, option: offer.give[0]!.option });
    reply(state, ctx, s, { type: 'offer', offer });
    addToMessage(state, ctx, s, [{ type: 'offer', offer }]);
    addSide(state, ctx, 'closeness', s, 1);
  } else {
    say(state, ctx, s, 'tradeNo', { issue: give });
    reply(state, ctx, s, { type: 'tradeDeclined', offer });
    addSide(state, ctx, 'patience', s, -1);
  }
}
