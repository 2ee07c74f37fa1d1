// Listening: positions on what matters most, a priority cue, clearer when trusted.
import { describe, expect, it } from 'vitest';
import { listen, priorityOf } from '../../../src/model/rules/listen.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { apply, edit, world } from '../helpers.ts';

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
    expect(next.sides[1].pending).toEqual(expect.objectContaining({ concession: 0, issues: [1, 0, 2] }));
    // the next priority heard is the second by weight
    expect(hear(next, 1).sides[1].priorities).toBe('mh?');
  });

  it('with less credibility, fewer positions are heard, by weight', () => {
    const two = hear(edit(state, (s) => void (s.sides[1].credibility = 40)), 1);
    expect(two.sides[1].heard).toBe('43?');
    const one = hear(edit(state, (s) => void (s.sides[1].credibility = 20)), 1);
    expect(one.sides[1].heard).toBe('?3?');
  });

  it('the priority cue is always one of h, m, l', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const s = edit(world(undefined, { seed }).state, (x) => void (x.sides[0].credibility = 0));
      const p = hear(s, 0).sides[0].priorities;
      expect(p).toMatch(/^[hml]\?\?$/);
    }
  });
});
