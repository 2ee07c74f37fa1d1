// The mediator proposes a trade to the side in the room: "would you move on this if they moved on
// that?" A yes becomes the side's own offer for the mediator to carry; a no is evidence that the
// first matters more to it than the second. Mini: North (0) weighs water .5, border .3.
import { describe, expect, it } from 'vitest';
import { proposeTrade, wouldOffer } from '../../../src/model/rules/trade.ts';
import { acceptsTrade, mediatorTrade } from '../../../src/model/offers.ts';
import type { GameState, Offer, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, edit, replies, situations, world } from '../helpers.ts';

const WATER = 0;
const BORDER = 1;

const { c, state } = world();

const propose = (s: GameState, side: SideIndex, give: number, get: number) =>
  apply(
    c,
    edit(s, (x) => void (x.location = side)),
    (d, ctx) => proposeTrade(d, ctx, side, give, get),
  ).next;

describe('wouldOffer', () => {
  it('the side judges the trade as it would judge one offered to it: its own gain against its own cost', () => {
    const good = mediatorTrade(c, state, 0, BORDER, WATER)!;
    const bad = mediatorTrade(c, state, 0, WATER, BORDER)!;
    expect(wouldOffer({ c }, state, 0, good)).toBe(true);
    expect(wouldOffer({ c }, state, 0, bad)).toBe(false);
    // the mirror of the offer, judged by acceptsTrade
    const mirrored: Offer = { ...good, from: 1, give: good.want, want: good.give };
    expect(wouldOffer({ c }, state, 0, good)).toBe(acceptsTrade(c, state, 0, mirrored));
  });
});

describe('proposeTrade (the mediator\'s)', () => {
  it('a yes becomes the side\'s own offer, in its message for the other side', () => {
    const next = propose(state, 0, BORDER, WATER);
    const offer: Offer = { kind: 'trade', from: 0, step: state.step, give: [{ issue: BORDER, option: 1 }], want: [{ issue: WATER, option: 3 }] };
    expect(acts(next)).toEqual([{ type: 'PROPOSE_TRADE', side: 0, trade: { give: BORDER, get: WATER } }]);
    expect(next.offers).toEqual([offer]);
    expect(replies(next, 0)).toEqual([{ type: 'offer', offer }]);
    expect(next.sides[0].pending!.items).toEqual([{ type: 'offer', offer }]);
    expect(situations(c, next, 0)).toEqual(['tradeYes']);
    expect(next.sides[0].closeness).toBe(51);
    // nothing moves until the other side takes it
    expect(next.sides[0].position).toBe(state.sides[0].position);
  });

  it('a new offer of its own replaces one it had not yet sent', () => {
    const earlier: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: WATER, option: 1 }], want: [{ issue: BORDER, option: 2 }] };
    const theirs: Offer = { kind: 'trade', from: 1, step: 0, give: [{ issue: WATER, option: 3 }], want: [{ issue: BORDER, option: 1 }] };
    const next = propose(edit(state, (x) => void (x.offers = [earlier, theirs])), 0, BORDER, WATER);
    expect(next.offers).toEqual([theirs, expect.objectContaining({ from: 0, give: [{ issue: BORDER, option: 1 }] })]);
  });

  it('a no costs a little patience and tells the mediator what matters more to the side', () => {
    const next = propose(state, 0, WATER, BORDER);
    expect(next.offers).toEqual([]);
    expect(replies(next, 0)).toEqual([{ type: 'tradeDeclined', offer: mediatorTrade(c, state, 0, WATER, BORDER) }]);
    expect(situations(c, next, 0)).toEqual(['tradeNo']);
    expect(next.sides[0].patience).toBe(59);
    expect(next.sides[0].pending).toBeNull();
  });

  it('a trade that cannot be taken is only put, never answered', () => {
    const next = propose(state, 0, WATER, WATER);
    expect(acts(next)).toHaveLength(1);
    expect(replies(next, 0)).toEqual([]);
    expect(next.offers).toEqual([]);
  });
});
