// Painting the stalemate: credible only with pressure at rung 2 or more and credibility 35 or more.
// The mini scenario starts at rung 2, credibility 60, hurt 30.
import { describe, expect, it } from 'vitest';
import { CREDIBLE_RUNG, CREDIBLE_TRUST, paintStalemate, stalemateCredible } from '../../../src/model/rules/stalemate.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { apply, edit, entries, world } from '../helpers.ts';

const { c, state } = world();
const paint = (s: GameState, side: SideIndex) =>
  apply(
    c,
    edit(s, (x) => {
      x.location = side;
    }),
    (d, ctx) => paintStalemate(d, ctx, side),
  ).next;

describe('paintStalemate', () => {
  it('thresholds are rung 2 and credibility 35', () => {
    expect(CREDIBLE_RUNG).toBe(2);
    expect(CREDIBLE_TRUST).toBe(35);
    expect(stalemateCredible(state, 0)).toBe(true);
    expect(stalemateCredible(edit(state, (s) => void (s.pressure = 1)), 0)).toBe(false);
    expect(stalemateCredible(edit(state, (s) => void (s.sides[1].credibility = 34.99)), 1)).toBe(false);
    expect(stalemateCredible(edit(state, (s) => void (s.sides[1].credibility = 35)), 1)).toBe(true);
  });

  it('credible: hurt rises by (4 + 2 * rung) * (1 - hurt / 100), patience falls a little', () => {
    const next = paint(state, 1);
    // (4 + 4) * .7 = 5.6
    expect(next.sides[1].hurt).toBe(35.6);
    expect(next.sides[1].patience).toBe(58);
    expect(next.sides[1].credibility).toBe(60);
    expect(entries(next, 'hurt', 1)).toEqual([expect.objectContaining({ from: 30, to: 35.6, hidden: true })]);
    expect(next.transcript.some((t) => t.speaker === 1 && t.text.startsWith('south stalemateHeard'))).toBe(true);
    // the other side is untouched
    expect(next.sides[0]).toEqual(state.sides[0]);
  });

  it('more pressure paints a darker picture; a side already hurting hears less that is new', () => {
    const higher = paint(edit(state, (s) => void (s.pressure = 3)), 1);
    // (4 + 6) * .7 = 7
    expect(higher.sides[1].hurt).toBe(37);
    const hurting = paint(edit(state, (s) => void (s.sides[1].hurt = 80)), 1);
    // 8 * .2 = 1.6
    expect(hurting.sides[1].hurt).toBe(81.6);
  });

  it('not credible when pressure is low: patience and credibility fall, hurt does not move', () => {
    const next = paint(edit(state, (s) => void (s.pressure = 1)), 0);
    expect(next.sides[0].hurt).toBe(30);
    expect(next.sides[0].patience).toBe(54);
    expect(next.sides[0].credibility).toBe(57);
    expect(next.transcript.some((t) => t.speaker === 0 && t.text.startsWith('north stalemateDismissed'))).toBe(true);
  });

  it('not credible when the mediator is not believed, whatever the pressure', () => {
    const next = paint(
      edit(state, (s) => {
        s.pressure = 3;
        s.sides[0].credibility = 30;
      }),
      0,
    );
    expect(next.sides[0].hurt).toBe(30);
    expect(next.sides[0].patience).toBe(54);
    expect(next.sides[0].credibility).toBe(27);
  });
});
