// Time-dependent aspiration. In the mini scenario both sides start at .9, have reservation .35,
// hardliners 40 with a ratification scale of .1 (floor .39), exponent 1, hurt 30 and way-out 30
// (ripeness .09), over three rounds of 6 hours (18 hours in all).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptanceFloor, aspiration, ratificationMargin, ripeness, timeFraction } from '../../src/model/aspiration.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import type { GameState } from '../../src/model/types.ts';
import { edit, world } from './helpers.ts';

const at = (state: GameState, round: number, hoursLeft: number) =>
  edit(state, (s) => {
    s.round = round;
    s.hoursLeft = hoursLeft;
  });

const exponentOf = (exponent: number) => (input: ScenarioInput) => {
  input.delegations[0]!.concession.exponent = exponent;
};

describe('time', () => {
  const { c, state } = world();
  it('runs from 0 at the start to 1 when the last round has no hours left', () => {
    expect(timeFraction(c, state)).toBe(0);
    expect(timeFraction(c, at(state, 0, 3))).toBeCloseTo(3 / 18, 12);
    expect(timeFraction(c, at(state, 1, 3))).toBeCloseTo(9 / 18, 12);
    expect(timeFraction(c, at(state, 2, 0))).toBe(1);
    // past the last round it stays at 1
    expect(timeFraction(c, at(state, 5, 0))).toBe(1);
  });
});

describe('aspiration', () => {
  const { c, state } = world();

  it('has a floor of reservation plus the hardliners\' ratification margin', () => {
    expect(ratificationMargin(c, state, 0)).toBeCloseTo(0.4 * 0.1, 12);
    expect(acceptanceFloor(c, state, 0)).toBeCloseTo(0.39, 12);
    expect(ripeness(state.sides[0])).toBeCloseTo(0.09, 12);
  });

  it('starts at startAspiration', () => {
    expect(aspiration(c, state, 0)).toBeCloseTo(0.9, 12);
    expect(aspiration(c, state, 1)).toBeCloseTo(0.9, 12);
  });

  it('falls to the floor at the deadline', () => {
    expect(aspiration(c, at(state, 2, 0), 0)).toBeCloseTo(0.39, 12);
  });

  it('follows floor + (start - floor)(1 - t^(1/e)) in between, e = exponent * (.5 + 1.5 * ripeness)', () => {
    const e = 1 * (0.5 + 1.5 * 0.09);
    const expected = 0.39 + (0.9 - 0.39) * (1 - Math.pow(0.5, 1 / e));
    expect(aspiration(c, at(state, 1, 3), 0)).toBeCloseTo(expected, 12);
  });

  it('never rises as time passes', () => {
    let last = Infinity;
    for (let round = 0; round < 3; round++) {
      for (let h = 6; h >= 0; h -= 0.5) {
        const a = aspiration(c, at(state, round, h), 0);
        expect(a).toBeLessThanOrEqual(last + 1e-12);
        last = a;
      }
    }
  });

  it('stays at the floor when startAspiration is below it', () => {
    const low = world((i) => {
      i.delegations[0]!.concession.startAspiration = 0.2;
    });
    expect(aspiration(low.c, low.state, 0)).toBeCloseTo(0.39, 12);
    expect(aspiration(low.c, at(low.state, 1, 3), 0)).toBeCloseTo(0.39, 12);
  });

  it('Boulware (exponent < 1) holds out above a conceder (exponent > 1) at mid-time, both ending at the floor', () => {
    const boulware = world(exponentOf(0.3));
    const conceder = world(exponentOf(3));
    const mid = (w: typeof boulware) => aspiration(w.c, at(w.state, 1, 3), 0);
    expect(mid(boulware)).toBeGreaterThan(mid(conceder));
    expect(mid(boulware) - mid(conceder)).toBeGreaterThan(0.2);
    // the same start and the same floor
    expect(aspiration(boulware.c, boulware.state, 0)).toBeCloseTo(aspiration(conceder.c, conceder.state, 0), 12);
    expect(aspiration(boulware.c, at(boulware.state, 2, 0), 0)).toBeCloseTo(aspiration(conceder.c, at(conceder.state, 2, 0), 0), 12);
  });

  it('a riper side (more hurt and way out) concedes faster', () => {
    const mid = at(state, 1, 3);
    const ripe = edit(mid, (s) => {
      s.sides[0].hurt = 90;
      s.sides[0].wayOut = 90;
    });
    expect(ripeness(ripe.sides[0])).toBeCloseTo(0.81, 12);
    expect(aspiration(c, ripe, 0)).toBeLessThan(aspiration(c, mid, 0));
    // with no hurt at all, nothing is ripe
    const unripe = edit(mid, (s) => {
      s.sides[0].hurt = 0;
    });
    expect(aspiration(c, unripe, 0)).toBeGreaterThan(aspiration(c, mid, 0));
  });

  it('more hardliners raise the floor and the aspiration', () => {
    const hard = edit(state, (s) => {
      s.sides[0].hardliners = 90;
    });
    expect(acceptanceFloor(c, hard, 0)).toBeCloseTo(0.35 + 0.09, 12);
    expect(acceptanceFloor(c, hard, 0)).toBeGreaterThan(acceptanceFloor(c, state, 0));
    expect(aspiration(c, at(hard, 2, 0), 0)).toBeGreaterThan(aspiration(c, at(state, 2, 0), 0));
    expect(aspiration(c, at(hard, 1, 3), 0)).toBeGreaterThan(aspiration(c, at(state, 1, 3), 0));
  });

  it('property: stays between the floor and the start for any time, hardliners and ripeness', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 6, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (round, hoursLeft, hardliners, hurt, wayOut) => {
          const s = edit(at(state, round, hoursLeft), (x) => {
            x.sides[0].hardliners = hardliners;
            x.sides[0].hurt = hurt;
            x.sides[0].wayOut = wayOut;
          });
          const a = aspiration(c, s, 0);
          const floor = acceptanceFloor(c, s, 0);
          expect(a).toBeGreaterThanOrEqual(floor - 1e-12);
          expect(a).toBeLessThanOrEqual(Math.max(0.9, floor) + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
