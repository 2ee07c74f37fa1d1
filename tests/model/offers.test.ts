// Trades across issues (logrolling): a side offers a step on what it weighs less for a step of the
// other side on what it weighs more, and the other side judges the trade in its own values.
// Mini: North (0) weighs water .5, border .3; South (1) water .3, border .6; arms is the scope
// issue, never traded.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptanceFloor } from '../../src/model/acceptance.ts';
import { acceptsTrade, afterSteps, giveStep, mediatorTrade, offerStillOpen, proposeTrade, TRADE_TOLERANCE, tradeBalance } from '../../src/model/offers.ts';
import { optionAt, packageOf } from '../../src/model/package.ts';
import type { GameState, Offer, SideIndex } from '../../src/model/types.ts';
import { packageUtility, stepValue } from '../../src/model/utility.ts';
import { edit, world } from './helpers.ts';

const WATER = 0;
const BORDER = 1;
const ARMS = 2;

const { c, state } = world();

/** North's logroll at the openings: border b0 -> b1 for South's water w4 -> w3. */
const northLogroll: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: BORDER, option: 1 }], want: [{ issue: WATER, option: 3 }] };

/** What a trade is worth to the side proposing it, in its true values: gain on what it wants less the cost of what it gives. */
function proposerNet(s: GameState, offer: Offer): { gain: number; cost: number } {
  const from = offer.from;
  const to: SideIndex = from === 0 ? 1 : 0;
  const want = offer.want[0]!;
  const give = offer.give[0]!;
  return {
    gain: stepValue(s.truth[from]!, want.issue, optionAt(s.sides[to].position, want.issue), want.option),
    cost: -stepValue(s.truth[from]!, give.issue, optionAt(s.sides[from].position, give.issue), give.option),
  };
}

describe('giveStep', () => {
  it('is one step toward the other side, when the side may take it', () => {
    expect(giveStep(c, state, 0, WATER)).toEqual({ issue: WATER, option: 1 });
    expect(giveStep(c, state, 1, BORDER)).toEqual({ issue: BORDER, option: 2 });
  });

  it('never on the scope issue, across a red line, past the other side or off the scale', () => {
    expect(giveStep(c, state, 0, ARMS)).toBeNull();
    expect(giveStep(c, edit(state, (x) => void (x.sides[0].position = '300')), 0, WATER)).toBeNull();
    const met = edit(state, (x) => {
      x.sides[0].position = '200';
      x.sides[1].position = '233';
    });
    expect(giveStep(c, met, 0, WATER)).toBeNull();
    expect(giveStep(c, met, 1, WATER)).toBeNull();
    const end = edit(state, (x) => void (x.sides[1].position = '403'));
    expect(giveStep(c, end, 1, BORDER)).toBeNull();
  });
});

describe('proposeTrade (logrolling)', () => {
  it('North gives on border, which it weighs less, for water, which it weighs more', () => {
    const offer = proposeTrade(c, state, 0);
    expect(offer).toEqual({ ...northLogroll, step: state.step });
    expect(state.truth[0]!.weights[BORDER]).toBeLessThan(state.truth[0]!.weights[WATER]!);
  });

  it('South gives on water, which it weighs less, for border, which it weighs more', () => {
    expect(proposeTrade(c, state, 1)).toEqual({ kind: 'trade', from: 1, step: state.step, give: [{ issue: WATER, option: 3 }], want: [{ issue: BORDER, option: 1 }] });
    expect(state.truth[1]!.weights[WATER]).toBeLessThan(state.truth[1]!.weights[BORDER]!);
  });

  it('follows the side\'s true priorities, not the published ones', () => {
    // a North that in truth weighs border more than water trades the other way round
    const swapped = edit(state, (x) => void (x.truth[0]!.weights = [0.3, 0.5, 0.2]));
    const offer = proposeTrade(c, swapped, 0)!;
    expect(offer.give[0]!.issue).toBe(WATER);
    expect(offer.want[0]!.issue).toBe(BORDER);
  });

  it('both sides gain from the logroll, each in its own values', () => {
    const toNorth = proposerNet(state, northLogroll);
    expect(toNorth.gain).toBeGreaterThan(toNorth.cost);
    const toSouth = tradeBalance(state, 1, northLogroll);
    expect(toSouth.gain).toBeGreaterThan(toSouth.cost);
  });

  it('none on the issue it was just asked about, and none when nothing else is worth giving', () => {
    // asked for water, South has nothing else to give but the scope issue
    expect(proposeTrade(c, state, 1, WATER)).toBeNull();
  });

  it('none when the other side has nothing to give that it wants', () => {
    // the sides have met on water, and South's next step on border would cross its red line
    const stuck = edit(state, (x) => {
      x.sides[0].position = '210';
      x.sides[1].position = '213';
    });
    expect(proposeTrade(c, stuck, 0)).toBeNull();
  });

  it('none that would take it below its floor', () => {
    const poor = edit(state, (x) => {
      x.sides[0].position = '220';
      x.sides[0].reservation = 0.6;
    });
    // giving border from '220' would leave North .25 + .1 + .2 = .55, below its floor .64
    expect(packageUtility(poor.truth[0]!, '230')).toBeLessThan(acceptanceFloor(c, poor, 0));
    expect(proposeTrade(c, poor, 0)).toBeNull();
  });

  it('property: any trade proposed gains the proposer more than it costs, is open, and keeps it above its floor', () => {
    const weight = fc.integer({ min: 1, max: 20 });
    fc.assert(
      fc.property(
        fc.tuple(weight, weight, weight),
        fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })),
        fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
        fc.constantFrom(0 as const, 1 as const),
        fc.option(fc.constantFrom(WATER, BORDER), { nil: null }),
        (w, water, border, s, avoid) => {
          const total = w[0] + w[1] + w[2];
          const st = edit(state, (x) => {
            x.truth[s]!.weights = w.map((v) => v / total);
            x.sides[0].position = packageOf([Math.min(...water), Math.min(...border), 0]);
            x.sides[1].position = packageOf([Math.max(...water), Math.max(...border), 3]);
          });
          const offer = proposeTrade(c, st, s, avoid);
          if (!offer) return;
          expect(offer.from).toBe(s);
          const give = offer.give[0]!.issue;
          const want = offer.want[0]!.issue;
          expect(give).not.toBe(want);
          expect(give).not.toBe(avoid);
          expect(c.scenario.issues[give]!.scope).toBeFalsy();
          expect(c.scenario.issues[want]!.scope).toBeFalsy();
          expect(offerStillOpen(c, st, offer)).toBe(true);
          const net = proposerNet(st, offer);
          expect(net.gain).toBeGreaterThan(net.cost);
          expect(packageUtility(st.truth[s]!, afterSteps(st.sides[s].position, offer.give))).toBeGreaterThanOrEqual(acceptanceFloor(c, st, s));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('acceptsTrade', () => {
  it('takes a trade that gives it about as much as it costs, in its own values', () => {
    const { gain, cost } = tradeBalance(state, 1, northLogroll);
    // South gains border b0 -> b1 (.6 * .33) for water w4 -> w3 (.3 * .25)
    expect(gain).toBeCloseTo(0.6 * 0.33, 12);
    expect(cost).toBeCloseTo(0.3 * 0.25, 12);
    expect(acceptsTrade(c, state, 1, northLogroll)).toBe(true);
  });

  it('declines one that asks for more than it gives', () => {
    const bad: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: WATER, option: 1 }], want: [{ issue: BORDER, option: 2 }] };
    const { gain, cost } = tradeBalance(state, 1, bad);
    expect(gain).toBeLessThan(TRADE_TOLERANCE * cost);
    expect(acceptsTrade(c, state, 1, bad)).toBe(false);
  });

  it('a perceived bonus (a softened telling) can tip one just short of even', () => {
    const close = edit(state, (x) => void (x.truth[1]!.weights = [0.55, 0.3, 0.15]));
    const { gain, cost } = tradeBalance(close, 1, northLogroll);
    expect(gain).toBeLessThan(TRADE_TOLERANCE * cost);
    expect(acceptsTrade(c, close, 1, northLogroll)).toBe(false);
    expect(acceptsTrade(c, close, 1, northLogroll, 0.25)).toBe(true);
  });

  it('declines once the trade can no longer be carried out from where the sides stand', () => {
    const moved = edit(state, (x) => void (x.sides[0].position = '010'));
    expect(offerStillOpen(c, moved, northLogroll)).toBe(false);
    expect(acceptsTrade(c, moved, 1, northLogroll)).toBe(false);
  });

  it('declines one that would take it below its floor', () => {
    const proud = edit(state, (x) => {
      x.sides[1].position = '333';
      x.sides[1].reservation = 0.85;
    });
    const offer: Offer = { ...northLogroll, want: [{ issue: WATER, option: 2 }] };
    expect(offerStillOpen(c, proud, offer)).toBe(true);
    expect(packageUtility(proud.truth[1]!, afterSteps(proud.sides[1].position, offer.want))).toBeLessThan(acceptanceFloor(c, proud, 1));
    expect(acceptsTrade(c, proud, 1, offer)).toBe(false);
  });
});

describe('mediatorTrade', () => {
  it('puts one step on each side\'s issue, or nothing when either step cannot be taken', () => {
    expect(mediatorTrade(c, state, 0, BORDER, WATER)).toEqual({ ...northLogroll, step: state.step });
    expect(mediatorTrade(c, state, 0, WATER, WATER)).toBeNull();
    expect(mediatorTrade(c, state, 0, ARMS, WATER)).toBeNull();
    expect(mediatorTrade(c, edit(state, (x) => void (x.sides[1].position = '403')), 0, WATER, BORDER)).toBeNull();
  });

  it('afterSteps applies the steps to a position', () => {
    expect(afterSteps('000', [{ issue: BORDER, option: 1 }])).toBe('010');
    expect(afterSteps('433', [])).toBe('433');
  });
});
