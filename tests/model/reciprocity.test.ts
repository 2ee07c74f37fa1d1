// Reciprocity and the sides' models of each other. A side gives up to what it believes the other
// gave (in the other's terms, as it estimates them) plus an allowance from trust, ripeness and the
// deadline, less what it has given; a step never goes past where the other side stands.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concessionBudget, estimatedCost, modelledWeights, pastTheOther, stepCost, stepToward } from '../../src/model/reciprocity.ts';
import { relay } from '../../src/model/rules/relay.ts';
import { optionAt, packageOf } from '../../src/model/package.ts';
import type { GameState, SideIndex } from '../../src/model/types.ts';
import { stepValue } from '../../src/model/utility.ts';
import { apply, edit, NEGOTIATION, world } from './helpers.ts';

const WATER = 0;
const BORDER = 1;
const ARMS = 2;

const { c, state } = world();

const withEvidence = (s: GameState, side: SideIndex, model: number[]) => edit(s, (x) => void (x.sides[side].model = model));

describe('modelledWeights', () => {
  it('are the other side\'s published weights until there is evidence', () => {
    expect(modelledWeights(c, state, 0, 1)).toEqual(c.sides[1].weights.map((w) => expect.closeTo(w, 12)));
  });

  it('evidence that an issue matters to the other raises its weight, evidence against lowers it; they still sum to 1', () => {
    const cares = modelledWeights(c, withEvidence(state, 0, [2, 0, 0]), 0, 1);
    const indifferent = modelledWeights(c, withEvidence(state, 0, [-2, 0, 0]), 0, 1);
    expect(cares[WATER]).toBeGreaterThan(c.sides[1].weights[WATER]!);
    expect(indifferent[WATER]).toBeLessThan(c.sides[1].weights[WATER]!);
    for (const w of [cares, indifferent]) expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('are built from this side\'s evidence only, never from the other side\'s truth', () => {
    const hidden = edit(state, (x) => void (x.truth[1]!.weights = [0.8, 0.1, 0.1]));
    expect(modelledWeights(c, hidden, 0, 1)).toEqual(modelledWeights(c, state, 0, 1));
  });
});

describe('estimatedCost', () => {
  it('is what a move cost the mover, in its published values and the judge\'s modelled weights', () => {
    // South moving border 3 -> 2 costs it .6 * .33 by its published values
    expect(estimatedCost(c, state, 0, 1, '433', [{ issue: BORDER, option: 2 }])).toBeCloseTo(0.6 * 0.33, 12);
    // a move toward the mover's own end costs it nothing
    expect(estimatedCost(c, state, 0, 1, '423', [{ issue: BORDER, option: 3 }])).toBe(0);
    expect(estimatedCost(c, state, 0, 1, '433', [])).toBe(0);
  });

  it('counts a move on an issue the mover is believed to care about for more', () => {
    const move = [{ issue: WATER, option: 3 }];
    const believed = estimatedCost(c, withEvidence(state, 0, [2, 0, 0]), 0, 1, '433', move);
    expect(believed).toBeGreaterThan(estimatedCost(c, state, 0, 1, '433', move));
  });

  it('does not read the mover\'s hidden truth', () => {
    const hidden = edit(state, (x) => void (x.truth[1]!.values[BORDER] = [0, 0.9, 0.95, 1]));
    expect(estimatedCost(c, hidden, 0, 1, '433', [{ issue: BORDER, option: 2 }])).toBe(estimatedCost(c, state, 0, 1, '433', [{ issue: BORDER, option: 2 }]));
  });
});

describe('stepCost, stepToward, pastTheOther', () => {
  it('a step back costs its weighted value lost; a step toward the side costs nothing', () => {
    expect(stepCost(state, 0, ARMS, 0, 1)).toBeCloseTo(0.2 * 0.33, 12);
    expect(stepCost(state, 0, ARMS, 0, 1)).toBeCloseTo(-stepValue(state.truth[0]!, ARMS, 0, 1), 12);
    expect(stepCost(state, 0, ARMS, 1, 0)).toBe(0);
    expect(stepCost(state, 1, WATER, 4, 3)).toBeCloseTo(0.3 * 0.25, 12);
  });

  it('steps one option toward the other side\'s end, none past the end of the scale', () => {
    expect(stepToward(c, '000', 0, WATER)).toBe(1);
    expect(stepToward(c, '433', 1, WATER)).toBe(3);
    expect(stepToward(c, '430', 1, ARMS)).toBeNull();
    expect(stepToward(c, '003', 0, ARMS)).toBeNull();
  });

  it('a step past where the other side stands is past it; one onto it is not', () => {
    const near = edit(state, (x) => {
      x.sides[0].position = '100';
      x.sides[1].position = '233';
    });
    expect(pastTheOther(c, near, 0, WATER, 2)).toBe(false);
    expect(pastTheOther(c, near, 0, WATER, 3)).toBe(true);
    expect(pastTheOther(c, near, 1, WATER, 1)).toBe(false);
    expect(pastTheOther(c, near, 1, WATER, 0)).toBe(true);
  });

  it('property: a step that is not past the other side lands between the two positions (it never overshoots)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(0 as const, 1 as const), (a, b, s) => {
        // positions on water that have not crossed: North's at most South's
        const north = Math.min(a, b);
        const south = Math.max(a, b);
        const st = edit(state, (x) => {
          x.sides[0].position = packageOf([north, 0, 0]);
          x.sides[1].position = packageOf([south, 3, 3]);
        });
        const to = stepToward(c, st.sides[s].position, s, WATER);
        if (to === null) return;
        const own = optionAt(st.sides[s].position, WATER);
        expect(Math.abs(to - own)).toBe(1);
        if (!pastTheOther(c, st, s, WATER, to)) {
          expect(to).toBeGreaterThanOrEqual(north);
          expect(to).toBeLessThanOrEqual(south);
        } else {
          // only a side already standing where the other stands is stopped
          expect(north).toBe(south);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('concessionBudget', () => {
  it('starts at the allowance: base, trust and the deadline (ripeness below its threshold adds nothing)', () => {
    const expected = NEGOTIATION.allowance + NEGOTIATION.trustAllowance * 0.6 + NEGOTIATION.timeAllowance * (1 / 3);
    expect(concessionBudget(c, state, 0)).toBeCloseTo(expected, 12);
  });

  it('grows with what the side believes the other gave, by the reciprocity factor', () => {
    const believes = (p: number) => concessionBudget(c, edit(state, (x) => void (x.sides[0].perceived = p)), 0);
    expect(believes(0.1) - believes(0)).toBeCloseTo(NEGOTIATION.reciprocity * 0.1, 12);
    // with no reciprocity at all, what the other gave changes nothing
    const { c: cold } = world((i) => void (i.rules.negotiation = { ...NEGOTIATION, reciprocity: 0 }));
    expect(concessionBudget(cold, edit(state, (x) => void (x.sides[0].perceived = 0.5)), 0)).toBeCloseTo(concessionBudget(cold, state, 0), 12);
  });

  it('falls by what the side has given', () => {
    const gave = edit(state, (x) => void (x.sides[0].conceded = 0.05));
    expect(concessionBudget(c, state, 0) - concessionBudget(c, gave, 0)).toBeCloseTo(0.05, 12);
  });

  it('a faithfully relayed move raises the receiver\'s budget by what it estimates the move cost the mover', () => {
    // South moved border 3 -> 2 (.6 * .33 by its published values); the message reaches North
    const sent = edit(state, (x) => {
      x.sides[1].position = '423';
      x.sides[1].pending = { from: 1, to: 0, items: [{ type: 'moved', issue: BORDER, to: 2 }], tone: 'neutral' };
      x.location = 0;
    });
    const next = apply(c, sent, (d, ctx) => relay(d, ctx, 0, 'faithful')).next;
    const credited = estimatedCost(c, sent, 0, 1, '433', [{ issue: BORDER, option: 2 }]);
    expect(next.sides[0].perceived).toBeCloseTo(credited, 4);
    // the relay also earns the mediator a point of trust; the rest is reciprocity
    const trusted = edit(sent, (x) => void (x.sides[0].credibility = next.sides[0].credibility));
    expect(concessionBudget(c, next, 0) - concessionBudget(c, trusted, 0)).toBeCloseTo(NEGOTIATION.reciprocity * credited, 4);
    // a bigger move (in the mover's terms) earns more: water 4 -> 3 is worth only .3 * .25 to South
    const small = edit(sent, (x) => {
      x.sides[1].position = '333';
      x.sides[1].pending = { from: 1, to: 0, items: [{ type: 'moved', issue: WATER, to: 3 }], tone: 'neutral' };
    });
    const smallNext = apply(c, small, (d, ctx) => relay(d, ctx, 0, 'faithful')).next;
    expect(smallNext.sides[0].perceived).toBeLessThan(next.sides[0].perceived);
  });

  it('property: never smaller with more trust, more ripeness, a later day or more perceived; never larger with more given', () => {
    fc.assert(
      fc.property(
        fc.record({
          side: fc.constantFrom(0 as const, 1 as const),
          round: fc.integer({ min: 0, max: 2 }),
          credibility: fc.integer({ min: 0, max: 100 }),
          hurt: fc.integer({ min: 0, max: 100 }),
          wayOut: fc.integer({ min: 0, max: 100 }),
          perceived: fc.double({ min: 0, max: 1, noNaN: true }),
          conceded: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, more) => {
          const base = edit(state, (x) => {
            x.round = a.round;
            Object.assign(x.sides[a.side], { credibility: a.credibility, hurt: a.hurt, wayOut: a.wayOut, perceived: a.perceived, conceded: a.conceded });
          });
          const budget = concessionBudget(c, base, a.side);
          const changed = (f: (x: GameState) => void) => concessionBudget(c, edit(base, f), a.side);
          const side = (x: GameState) => x.sides[a.side];
          expect(changed((x) => void (side(x).credibility = Math.min(100, a.credibility + 100 * more)))).toBeGreaterThanOrEqual(budget - 1e-12);
          expect(changed((x) => void (side(x).hurt = Math.min(100, a.hurt + 100 * more)))).toBeGreaterThanOrEqual(budget - 1e-12);
          expect(changed((x) => void (side(x).wayOut = Math.min(100, a.wayOut + 100 * more)))).toBeGreaterThanOrEqual(budget - 1e-12);
          expect(changed((x) => void (x.round = Math.min(2, a.round + 1)))).toBeGreaterThanOrEqual(budget - 1e-12);
          expect(changed((x) => void (side(x).perceived = a.perceived + more))).toBeGreaterThanOrEqual(budget - 1e-12);
          expect(changed((x) => void (side(x).conceded = a.conceded + more))).toBeLessThanOrEqual(budget + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
