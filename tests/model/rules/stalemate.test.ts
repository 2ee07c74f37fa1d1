// Painting the stalemate: credible only with pressure at rung 2 or more and credibility 35 or more;
// then the warning is believed by trust and by the mediator's interests (Kydd).
// The mini scenario starts at rung 2, credibility 60, hurt 30; the mediator's stake is .5.
import { describe, expect, it } from 'vitest';
import { CREDIBLE_RUNG, CREDIBLE_TRUST, paintStalemate, stalemateCredible } from '../../../src/model/rules/stalemate.ts';
import { believability } from '../../../src/model/rules/relay.ts';
import type { CompiledScenario } from '../../../src/model/compile.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, edit, entries, situations, world } from '../helpers.ts';

const { c, state } = world();
const paintIn = (cc: CompiledScenario, s: GameState, side: SideIndex) =>
  apply(
    cc,
    edit(s, (x) => {
      x.location = side;
    }),
    (d, ctx) => paintStalemate(d, ctx, side),
  ).next;
const paint = (s: GameState, side: SideIndex) => paintIn(c, s, side);

/** The hurt a credible painting adds: the rung's weight, diminishing, as far as the warning is believed. */
const added = (cc: CompiledScenario, s: GameState, side: SideIndex) => (4 + 2 * s.pressure) * (1 - s.sides[side].hurt / 100) * believability(cc, s, side, 'warning');

describe('paintStalemate', () => {
  it('thresholds are rung 2 and credibility 35', () => {
    expect(CREDIBLE_RUNG).toBe(2);
    expect(CREDIBLE_TRUST).toBe(35);
    expect(stalemateCredible(state, 0)).toBe(true);
    expect(stalemateCredible(edit(state, (s) => void (s.pressure = 1)), 0)).toBe(false);
    expect(stalemateCredible(edit(state, (s) => void (s.sides[1].credibility = 34.99)), 1)).toBe(false);
    expect(stalemateCredible(edit(state, (s) => void (s.sides[1].credibility = 35)), 1)).toBe(true);
  });

  it('credible: hurt rises by (4 + 2 * rung) * (1 - hurt / 100) as far as the warning is believed; patience falls a little', () => {
    const next = paint(state, 1);
    expect(next.sides[1].hurt).toBeCloseTo(30 + added(c, state, 1), 2);
    expect(next.sides[1].hurt).toBeGreaterThan(30);
    expect(next.sides[1].patience).toBe(58);
    expect(next.sides[1].credibility).toBe(60);
    expect(entries(next, 'hurt', 1)).toEqual([expect.objectContaining({ from: 30, to: next.sides[1].hurt, hidden: true })]);
    expect(situations(c, next, 1)).toEqual(['stalemateHeard']);
    expect(acts(next)).toEqual([{ type: 'PAINT_STALEMATE', side: 1 }]);
    // the other side is untouched
    expect(next.sides[0]).toEqual(state.sides[0]);
  });

  it('more pressure paints a darker picture; a side already hurting hears less that is new', () => {
    const base = paint(state, 1).sides[1].hurt - 30;
    const higher = paint(edit(state, (s) => void (s.pressure = 3)), 1);
    expect(higher.sides[1].hurt - 30).toBeGreaterThan(base);
    const hurting = edit(state, (s) => void (s.sides[1].hurt = 80));
    const more = paint(hurting, 1).sides[1].hurt - 80;
    expect(more).toBeGreaterThan(0);
    expect(more).toBeLessThan(base);
  });

  it('a mediator with a stake in any deal is believed more when it warns; so is one a side sees as close to it', () => {
    const detached = world((i) => void (i.mediator.interests = { stake: 0, leaning: {}, text: [], sources: [] }));
    const invested = world((i) => void (i.mediator.interests = { stake: 1, leaning: {}, text: [], sources: [] }));
    const close = world((i) => void (i.mediator.interests = { stake: 1, leaning: { south: 1 }, text: [], sources: [] }));
    const hurtFrom = (w: typeof detached) => paintIn(w.c, w.state, 1).sides[1].hurt;
    expect(hurtFrom(invested)).toBeGreaterThan(hurtFrom(detached));
    expect(hurtFrom(close)).toBeGreaterThan(hurtFrom(invested));
    // a more trusted mediator is believed more
    const trusted = edit(state, (s) => void (s.sides[1].credibility = 90));
    expect(paint(trusted, 1).sides[1].hurt).toBeGreaterThan(paint(state, 1).sides[1].hurt);
  });

  it('not credible when pressure is low: patience and credibility fall, hurt does not move', () => {
    const next = paint(edit(state, (s) => void (s.pressure = 1)), 0);
    expect(next.sides[0].hurt).toBe(30);
    expect(next.sides[0].patience).toBe(54);
    expect(next.sides[0].credibility).toBe(57);
    expect(situations(c, next, 0)).toEqual(['stalemateDismissed']);
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
