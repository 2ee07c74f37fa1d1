// Listening: positions on what matters most, a priority cue (clearer when trusted), and a trade
// by the side's own priorities when it has something left to give. South (1) weighs border .6,
// water .3, arms .1.
import { describe, expect, it } from 'vitest';
import { listen, priorityOf } from '../../../src/model/rules/listen.ts';
import { concessionBudget } from '../../../src/model/reciprocity.ts';
import type { GameState, Offer, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, edit, replies, situations, world } from '../helpers.ts';

const WATER = 0;
const BORDER = 1;

const { c, state } = world();
const hear = (s: GameState, side: SideIndex) =>
  apply(
    c,
    edit(s, (x) => {
      x.location = side;
    }),
    (d, ctx) => listen(d, ctx, side),
  ).next;

describe('listen', () => {
  it('ranks priorities in thirds', () => {
    expect([0, 1, 2].map((r) => priorityOf(r, 3))).toEqual(['high', 'medium', 'low']);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => priorityOf(r, 9))).toEqual(['high', 'high', 'high', 'medium', 'medium', 'medium', 'low', 'low', 'low']);
  });

  it('with credibility 60, three positions are heard, most important first, and the top priority is told truly', () => {
    const next = hear(state, 1);
    expect(next.sides[1].heard).toBe('433');
    expect(next.sides[1].priorities).toBe('?h?');
    expect(next.sides[1].closeness).toBe(51);
    expect(next.sides[1].patience).toBe(61);
    expect(acts(next)).toEqual([{ type: 'LISTEN', side: 1 }]);
    const said = replies(next, 1);
    expect(said[0]).toEqual({ type: 'priority', issue: BORDER, level: 'h' });
    expect(said[1]).toEqual({ type: 'position', issues: [1, 0, 2] });
    // what it stated goes into its message for the other side, most important first
    expect(next.sides[1].pending!.items.filter((i) => i.type === 'stated')).toEqual([
      { type: 'stated', issue: 1, option: 3 },
      { type: 'stated', issue: 0, option: 4 },
      { type: 'stated', issue: 2, option: 3 },
    ]);
    expect(situations(c, next, 1).slice(0, 2)).toEqual(['priority', 'position']);
    // the next priority heard is the second by weight
    expect(hear(next, 1).sides[1].priorities).toBe('mh?');
  });

  it('with less credibility, fewer positions are heard, by weight', () => {
    const two = hear(edit(state, (s) => void (s.sides[1].credibility = 40)), 1);
    expect(two.sides[1].heard).toBe('43?');
    const one = hear(edit(state, (s) => void (s.sides[1].credibility = 20)), 1);
    expect(one.sides[1].heard).toBe('?3?');
  });

  it('the priority cue is always one of h, m, l; trusted, it is always true; distrusted, sometimes not', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const w = world(undefined, { seed });
      const doubted = hear(edit(w.state, (x) => void (x.sides[0].credibility = 0)), 0).sides[0].priorities;
      expect(doubted).toMatch(/^[hml]\?\?$/);
      if (doubted !== 'h??') wrong.push(doubted);
      expect(hear(w.state, 0).sides[0].priorities).toBe('h??');
    }
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('with something left to give, it proposes a trade by its own priorities: water for border', () => {
    expect(concessionBudget(c, state, 1)).toBeGreaterThan(0);
    const next = hear(state, 1);
    const offer: Offer = { kind: 'trade', from: 1, step: state.step, give: [{ issue: WATER, option: 3 }], want: [{ issue: BORDER, option: 1 }] };
    expect(next.offers).toEqual([offer]);
    expect(replies(next, 1).at(-1)).toEqual({ type: 'offer', offer });
    expect(next.sides[1].pending!.items.at(-1)).toEqual({ type: 'offer', offer });
    expect(situations(c, next, 1).at(-1)).toBe('offer');
  });

  it('no second trade while its own is on the table, and none once it has given all it will', () => {
    const once = hear(state, 1);
    expect(hear(once, 1).offers).toEqual(once.offers);
    const spent = edit(state, (s) => void (s.sides[1].conceded = 1));
    expect(concessionBudget(c, spent, 1)).toBeLessThan(0);
    const next = hear(spent, 1);
    expect(next.offers).toEqual([]);
    expect(replies(next, 1).some((r) => r.type === 'offer')).toBe(false);
  });
});
