// When a delegation says yes. In the mini scenario both sides' truths are the published priors (no
// uncertainty): reservation .35, hardliners 40 with a ratification scale of .1 (floor .39),
// exponent 1, hurt 30 and way out 30 (ripeness .09, below the test threshold .12), three rounds
// of 6 hours. Each opens at its own best text, worth 1 to it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  acceptanceFloor,
  acceptanceThreshold,
  engagement,
  positionWorth,
  ratificationMargin,
  ripeBonus,
  ripeness,
  settledWeight,
  shortfall,
  timeFraction,
  timePressure,
  wouldAccept,
} from '../../src/model/acceptance.ts';
import { packageOf } from '../../src/model/package.ts';
import type { GameState, SideIndex } from '../../src/model/types.ts';
import { packageUtility, redLinesCrossed } from '../../src/model/utility.ts';
import { edit, NEGOTIATION, world } from './helpers.ts';

const { c, state } = world();

const at = (s: GameState, round: number, hoursLeft: number) =>
  edit(s, (x) => {
    x.round = round;
    x.hoursLeft = hoursLeft;
  });

/** The side believes the other has given this much (in the other's terms, as it estimates them). */
const perceiving = (s: GameState, side: SideIndex, perceived: number) => edit(s, (x) => void (x.sides[side].perceived = perceived));

const withExponent = (s: GameState, side: SideIndex, exponent: number) => edit(s, (x) => void (x.truth[side]!.exponent = exponent));

/** Full texts of the mini scenario (water 5 options, border 4, arms 4). */
const fullText = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map((items) => packageOf(items));
/** Texts with items left open. */
const partialText = fc.tuple(fc.option(fc.integer({ min: 0, max: 4 })), fc.option(fc.integer({ min: 0, max: 3 })), fc.option(fc.integer({ min: 0, max: 3 }))).map((items) => packageOf(items));

/** Any state a game could be in, as far as acceptance reads it. */
const anyState = fc
  .record({
    side: fc.constantFrom(0 as const, 1 as const),
    round: fc.integer({ min: 0, max: 2 }),
    hoursLeft: fc.double({ min: 0, max: 6, noNaN: true }),
    reservation: fc.double({ min: 0, max: 0.95, noNaN: true }),
    hardliners: fc.integer({ min: 0, max: 100 }),
    hurt: fc.integer({ min: 0, max: 100 }),
    wayOut: fc.integer({ min: 0, max: 100 }),
    perceived: fc.double({ min: 0, max: 1, noNaN: true }),
    exponent: fc.double({ min: 0.05, max: 10, noNaN: true }),
    position: fullText,
  })
  .map((a) => ({
    side: a.side,
    state: edit(at(state, a.round, a.hoursLeft), (x) => {
      const s = x.sides[a.side];
      s.reservation = a.reservation;
      s.hardliners = a.hardliners;
      s.hurt = a.hurt;
      s.wayOut = a.wayOut;
      s.perceived = a.perceived;
      s.position = a.position;
      x.truth[a.side]!.exponent = a.exponent;
    }),
  }));

describe('time', () => {
  it('runs from 0 at the start to 1 when the last round has no hours left', () => {
    expect(timeFraction(c, state)).toBe(0);
    expect(timeFraction(c, at(state, 0, 3))).toBeCloseTo(3 / 18, 12);
    expect(timeFraction(c, at(state, 1, 3))).toBeCloseTo(9 / 18, 12);
    expect(timeFraction(c, at(state, 2, 0))).toBe(1);
    // past the last round it stays at 1
    expect(timeFraction(c, at(state, 5, 0))).toBe(1);
  });

  it('the deadline presses by the day: the same all day, more each day, in full on the last', () => {
    for (const side of [0, 1] as const) {
      // the sides count days, not hours
      expect(timePressure(c, at(state, 0, 0), side)).toBe(timePressure(c, at(state, 0, 6), side));
      expect(timePressure(c, at(state, 1, 6), side)).toBeGreaterThan(timePressure(c, at(state, 0, 0), side));
      expect(timePressure(c, at(state, 2, 6), side)).toBe(1);
    }
  });

  it('presses a Boulware side (exponent below 1) later than a conceder', () => {
    const day2 = at(state, 1, 3);
    const boulware = timePressure(c, withExponent(day2, 0, 0.3), 0);
    const conceder = timePressure(c, withExponent(day2, 0, 3), 0);
    expect(boulware).toBeLessThan(conceder);
    // on the last day both are pressed in full
    expect(timePressure(c, withExponent(at(state, 2, 0), 0, 0.3), 0)).toBe(1);
    expect(timePressure(c, withExponent(at(state, 2, 0), 0, 3), 0)).toBe(1);
  });
});

describe('the floor', () => {
  it('is the reservation value plus what the hardliners demand', () => {
    expect(ratificationMargin(c, state, 0)).toBeCloseTo(0.4 * 0.1, 12);
    expect(acceptanceFloor(c, state, 0)).toBeCloseTo(0.39, 12);
    const hard = edit(state, (s) => void (s.sides[0].hardliners = 90));
    expect(acceptanceFloor(c, hard, 0)).toBeCloseTo(0.35 + 0.09, 12);
    const rich = edit(state, (s) => void (s.sides[1].reservation = 0.5));
    expect(acceptanceFloor(c, rich, 1)).toBeCloseTo(0.54, 12);
  });
});

describe('ripeness', () => {
  it('needs both hurt and a way out', () => {
    expect(ripeness(state.sides[0])).toBeCloseTo(0.09, 12);
    expect(ripeness({ hurt: 100, wayOut: 0 })).toBe(0);
    expect(ripeness({ hurt: 0, wayOut: 100 })).toBe(0);
    expect(ripeness({ hurt: 100, wayOut: 100 })).toBe(1);
  });

  it('counts only past the threshold, 0 to 1', () => {
    expect(ripeBonus(c, state.sides[0])).toBe(0);
    expect(ripeBonus(c, { hurt: 100, wayOut: 100 })).toBe(1);
    const past = ripeBonus(c, { hurt: 50, wayOut: 50 });
    expect(past).toBeCloseTo((0.25 - NEGOTIATION.ripenessThreshold) / (1 - NEGOTIATION.ripenessThreshold), 12);
  });
});

describe('engagement', () => {
  it('grows with what the side believes the other gave, up to 1', () => {
    expect(engagement(c, state, 0)).toBe(0);
    expect(engagement(c, perceiving(state, 0, NEGOTIATION.engagement / 2), 0)).toBeCloseTo(0.5, 12);
    expect(engagement(c, perceiving(state, 0, NEGOTIATION.engagement), 0)).toBe(1);
    expect(engagement(c, perceiving(state, 0, 1), 0)).toBe(1);
  });
});

describe('acceptanceThreshold', () => {
  it('is its own stated position while the other side has not moved, whatever the day (both wait each other out)', () => {
    for (const round of [0, 1, 2]) {
      for (const side of [0, 1] as const) {
        const s = at(state, round, 0);
        expect(positionWorth(s, side)).toBeCloseTo(1, 12);
        expect(acceptanceThreshold(c, s, side)).toBeCloseTo(positionWorth(s, side), 12);
      }
    }
  });

  it('falls day by day once the other side has engaged, toward the floor but not to it', () => {
    const engaged = perceiving(state, 0, 1);
    const days = [0, 1, 2].map((round) => acceptanceThreshold(c, at(engaged, round, 3), 0));
    expect(days[1]).toBeLessThan(days[0]!);
    expect(days[2]).toBeLessThan(days[1]!);
    const floor = acceptanceFloor(c, engaged, 0);
    // time alone gives up the test's share (.6) of the gap to the floor by the last day
    expect(days[2]).toBeCloseTo(1 - (1 - floor) * NEGOTIATION.timeSlack, 12);
    expect(days[2]).toBeGreaterThan(floor);
  });

  it('a Boulware side holds out above a conceder before the last day', () => {
    const engaged = at(perceiving(state, 0, 1), 1, 3);
    expect(acceptanceThreshold(c, withExponent(engaged, 0, 0.3), 0)).toBeGreaterThan(acceptanceThreshold(c, withExponent(engaged, 0, 3), 0));
  });

  it('a side that already stated a weaker position asks only for that', () => {
    const moved = edit(state, (s) => void (s.sides[0].position = '111'));
    expect(acceptanceThreshold(c, moved, 0)).toBeCloseTo(packageUtility(moved.truth[0]!, '111'), 12);
    expect(acceptanceThreshold(c, moved, 0)).toBeLessThan(acceptanceThreshold(c, state, 0));
  });

  it('ripeness below the threshold changes nothing; past it, it lowers the bar even before the other side moves', () => {
    const unripe = edit(state, (s) => {
      s.sides[0].hurt = 34;
      s.sides[0].wayOut = 35;
    });
    expect(ripeBonus(c, unripe.sides[0])).toBe(0);
    expect(acceptanceThreshold(c, unripe, 0)).toBe(acceptanceThreshold(c, state, 0));
    const ripe = edit(state, (s) => {
      s.sides[0].hurt = 90;
      s.sides[0].wayOut = 90;
    });
    expect(acceptanceThreshold(c, ripe, 0)).toBeLessThan(acceptanceThreshold(c, state, 0));
  });

  it('more hardliners never lower it', () => {
    const engaged = at(perceiving(state, 0, 1), 2, 0);
    const hard = edit(engaged, (s) => void (s.sides[0].hardliners = 95));
    expect(acceptanceThreshold(c, hard, 0)).toBeGreaterThan(acceptanceThreshold(c, engaged, 0));
  });

  it('property: never below the floor, never above the better of its position and the floor', () => {
    fc.assert(
      fc.property(anyState, ({ side, state: s }) => {
        const threshold = acceptanceThreshold(c, s, side);
        const floor = acceptanceFloor(c, s, side);
        expect(threshold).toBeGreaterThanOrEqual(floor - 1e-12);
        expect(threshold).toBeLessThanOrEqual(Math.max(floor, positionWorth(s, side)) + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('property: more ripeness never raises it (it speeds acceptance, never slows it)', () => {
    fc.assert(
      fc.property(anyState, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), ({ side, state: s }, moreHurt, moreWayOut) => {
        const riper = edit(s, (x) => {
          x.sides[side].hurt = Math.min(100, x.sides[side].hurt + moreHurt);
          x.sides[side].wayOut = Math.min(100, x.sides[side].wayOut + moreWayOut);
        });
        expect(acceptanceThreshold(c, riper, side)).toBeLessThanOrEqual(acceptanceThreshold(c, s, side) + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('property: later days and more engagement never raise it', () => {
    fc.assert(
      fc.property(anyState, fc.double({ min: 0, max: 1, noNaN: true }), ({ side, state: s }, more) => {
        const later = at(s, Math.min(2, s.round + 1), s.hoursLeft);
        expect(acceptanceThreshold(c, later, side)).toBeLessThanOrEqual(acceptanceThreshold(c, s, side) + 1e-12);
        const engaged = perceiving(s, side, s.sides[side].perceived + more);
        expect(acceptanceThreshold(c, engaged, side)).toBeLessThanOrEqual(acceptanceThreshold(c, s, side) + 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wouldAccept', () => {
  const engaged = at(perceiving(perceiving(state, 0, 1), 1, 1), 2, 0);

  it('never a text that crosses a red line, however good otherwise', () => {
    // water w4 is North's red line: even a position it stated itself (a person may) is refused there
    const moved = edit(engaged, (s) => void (s.sides[0].position = '400'));
    expect(packageUtility(moved.truth[0]!, '400')).toBeCloseTo(positionWorth(moved, 0), 12);
    expect(wouldAccept(c, moved, 0, '400')).toBe(false);
    expect(wouldAccept(c, moved, 0, '300')).toBe(true);
  });

  it('a text as good as its own stated position is accepted: public concessions bind', () => {
    const moved = edit(state, (s) => void (s.sides[0].position = '111'));
    expect(wouldAccept(c, moved, 0, '111')).toBe(true);
    expect(wouldAccept(c, moved, 0, '011')).toBe(true);
    expect(wouldAccept(c, moved, 0, '112')).toBe(false);
    // never below the floor (.39), whatever it stated
    const caved = edit(state, (s) => void (s.sides[0].position = '333'));
    expect(packageUtility(caved.truth[0]!, '333')).toBeLessThan(acceptanceFloor(c, caved, 0));
    expect(wouldAccept(c, caved, 0, '333')).toBe(false);
  });

  it('judges a partial text only on what it settles: a first step is easier to sell', () => {
    // South at the end of the talks, engaged, asks for 1 - .61 * .6 = .634 of a full text.
    // The full text '312' is worth .49 to it; its water item alone (w3, worth .75) is enough on
    // the .3 of weight it settles.
    const threshold = acceptanceThreshold(c, engaged, 1);
    expect(packageUtility(engaged.truth[1]!, '312')).toBeLessThan(threshold);
    expect(wouldAccept(c, engaged, 1, '312')).toBe(false);
    expect(settledWeight(engaged.truth[1]!.weights, '3--')).toBeCloseTo(0.3, 12);
    expect(wouldAccept(c, engaged, 1, '3--')).toBe(true);
    // an empty text settles nothing and is no better than no deal: nothing to refuse
    expect(shortfall(c, engaged, 1, '---')).toBeCloseTo(0, 12);
  });

  it('property: says yes exactly when the shortfall is not positive (and no red line is crossed)', () => {
    fc.assert(
      fc.property(anyState, partialText, ({ side, state: s }, text) => {
        const crossed = redLinesCrossed(s.truth[side]!, text).length > 0;
        const yes = wouldAccept(c, s, side, text);
        if (crossed) expect(yes).toBe(false);
        else expect(yes).toBe(shortfall(c, s, side, text) <= 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a full text worth at least its position and its floor, crossing no red line, is accepted', () => {
    fc.assert(
      fc.property(anyState, fullText, ({ side, state: s }, text) => {
        const truth = s.truth[side]!;
        fc.pre(redLinesCrossed(truth, text).length === 0);
        const worth = packageUtility(truth, text);
        if (worth >= Math.max(positionWorth(s, side), acceptanceFloor(c, s, side)) + 1e-9) expect(wouldAccept(c, s, side, text)).toBe(true);
        if (worth < acceptanceFloor(c, s, side) - 1e-9) expect(wouldAccept(c, s, side, text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
