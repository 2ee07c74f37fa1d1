// Each game draws every delegation's hidden truth around the scenario's published priors, by the
// spreads of its `uncertainty`. The mini's priors: North weighs water .5, border .3, arms .2,
// reservation .35, exponent 1, red line water w4; South weighs .3, .6, .1, red line border b0.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawSide, normal } from '../../src/model/draw.ts';
import { compile, type CompiledScenario } from '../../src/model/compile.ts';
import { initialState } from '../../src/model/init.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import type { SideIndex, SideTruth } from '../../src/model/types.ts';
import { MINI_SETTINGS, miniWith } from './helpers.ts';

interface Spread {
  reservation: number;
  exponent: number;
  weights: number;
  values: number;
  redLines: number;
}

const NONE: Spread = { reservation: 0, exponent: 0, weights: 0, values: 0, redLines: 0 };

/** The mini scenario with both delegations drawn by these spreads. */
function uncertain(spread: Partial<Spread>): CompiledScenario {
  return compile(
    miniWith((input) => {
      for (const d of input.delegations) d.uncertainty = { ...NONE, ...spread };
    }),
  );
}

const draw = (c: CompiledScenario, s: SideIndex, seed: number) => drawSide(c, s, new Rng(seedState(seed)));

/** Mean absolute difference between two lists. */
const distance = (a: readonly number[], b: readonly number[]) => a.reduce((sum, x, i) => sum + Math.abs(x - b[i]!), 0) / a.length;

/** The mean distance of drawn weights (or values) from the priors, over many draws. */
function meanDeviation(c: CompiledScenario, pick: (t: SideTruth, s: SideIndex) => number): number {
  let sum = 0;
  let n = 0;
  for (let seed = 1; seed <= 200; seed++) {
    for (const s of [0, 1] as const) {
      sum += pick(draw(c, s, seed).truth, s);
      n++;
    }
  }
  return sum / n;
}

/** The options of an issue from best to worst (ties by index). */
const order = (values: readonly number[]) => values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);

/**
 * The drawn values keep the priors' order: taken in the priors' order from best to worst, they
 * never rise. (Two may tie where a large spread clamps them at the same end.)
 */
function keepsOrder(drawn: readonly number[], prior: readonly number[]): boolean {
  const ranked = order(prior).map((i) => drawn[i]!);
  return ranked.every((v, k) => k === 0 || v <= ranked[k - 1]!);
}

const PRIORS = uncertain({});

describe('normal', () => {
  it('is a standard normal draw: mean near 0, spread near 1, and repeatable', () => {
    const rng = new Rng(seedState(11));
    const xs = Array.from({ length: 4000 }, () => normal(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(Math.abs(sd - 1)).toBeLessThan(0.06);
    const again = new Rng(seedState(11));
    expect(Array.from({ length: 5 }, () => normal(again))).toEqual(xs.slice(0, 5));
  });
});

describe('drawSide', () => {
  const c = uncertain({ reservation: 0.1, exponent: 0.3, weights: 0.5, values: 0.2, redLines: 0.5 });

  it('is deterministic by the generator\'s state: the same seed draws the same truth, another seed another', () => {
    expect(draw(c, 0, 3)).toEqual(draw(c, 0, 3));
    expect(draw(c, 0, 3)).not.toEqual(draw(c, 0, 4));
    // and so is a game's initial state
    const game = (seed: number) => initialState(c, { ...MINI_SETTINGS, seed });
    expect(game(9).truth).toEqual(game(9).truth);
    expect(game(9).sides.map((s) => s.reservation)).toEqual(game(9).sides.map((s) => s.reservation));
    expect(game(9).truth).not.toEqual(game(10).truth);
  });

  it('with no uncertainty, the truth is the published priors', () => {
    const exact = PRIORS;
    for (const s of [0, 1] as const) {
      const { truth, reservation } = draw(exact, s, 5);
      expect(truth.weights).toEqual(exact.sides[s].weights);
      expect(truth.values).toEqual(exact.sides[s].values);
      expect(truth.redLine).toEqual(exact.sides[s].redLine);
      expect(truth.exponent).toBe(exact.scenario.delegations[s]!.concession.exponent);
      expect(reservation).toBe(exact.scenario.delegations[s]!.reservation.initial);
    }
  });

  it('weights are positive and sum to 1; values keep the priors\' order, best 1 and worst 0', () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const s of [0, 1] as const) {
        const { truth } = draw(c, s, seed);
        expect(truth.weights.every((w) => w > 0)).toBe(true);
        // rounded to 4 decimals each
        expect(Math.abs(truth.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(2e-4);
        truth.values.forEach((row, issue) => {
          const prior = c.sides[s].values[issue]!;
          expect(keepsOrder(row, prior)).toBe(true);
          expect(Math.max(...row)).toBe(1);
          expect(Math.min(...row)).toBe(0);
        });
      }
    }
  });

  it('reservation and exponent stay within their spreads of the priors', () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const s of [0, 1] as const) {
        const { truth, reservation } = draw(c, s, seed);
        const d = c.scenario.delegations[s]!;
        expect(Math.abs(reservation - d.reservation.initial)).toBeLessThanOrEqual(0.1 + 1e-4);
        expect(Math.abs(truth.exponent - d.concession.exponent)).toBeLessThanOrEqual(0.3 * d.concession.exponent + 1e-3);
      }
    }
  });

  it('red lines reach at most one option further toward the side\'s own end, never its opening', () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const s of [0, 1] as const) {
        const { truth } = draw(c, s, seed);
        const prior = c.sides[s].redLine;
        truth.redLine.forEach((row, issue) => {
          row.forEach((red, option) => {
            // every listed red line stays; a new one is next to a listed one, on the side's own side of it
            if (prior[issue]![option]) expect(red).toBe(true);
            else if (red) expect(prior[issue]![option + c.sides[s].directions[issue]!]).toBe(true);
          });
          expect(row[c.sides[s].opening.charCodeAt(issue) - 48]).toBe(false);
        });
      }
    }
    // with odds 1 every red line reaches one further: water w3 for North, border b1 for South
    const certain = uncertain({ redLines: 1 });
    expect(draw(certain, 0, 1).truth.redLine[0]).toEqual([false, false, false, true, true]);
    expect(draw(certain, 1, 1).truth.redLine[1]).toEqual([true, true, false, false]);
  });

  it('the spread of the draws follows the scenario\'s uncertainty', () => {
    const weightsOff = (t: SideTruth, s: SideIndex) => distance(t.weights, PRIORS.sides[s].weights);
    const low = meanDeviation(uncertain({ weights: 0.2 }), weightsOff);
    const high = meanDeviation(uncertain({ weights: 0.8 }), weightsOff);
    expect(meanDeviation(PRIORS, weightsOff)).toBe(0);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(low);
    const valuesOff = (t: SideTruth, s: SideIndex) => distance(t.values.flat(), PRIORS.sides[s].values.flat());
    expect(meanDeviation(uncertain({ values: 0.3 }), valuesOff)).toBeGreaterThan(meanDeviation(uncertain({ values: 0.05 }), valuesOff));
  });

  it('property: for any seed and spreads, weights sum to 1, values keep their order and the opening is never a red line', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.record({
          reservation: fc.double({ min: 0, max: 0.3, noNaN: true }),
          exponent: fc.double({ min: 0, max: 0.9, noNaN: true }),
          weights: fc.double({ min: 0, max: 1.5, noNaN: true }),
          values: fc.double({ min: 0, max: 0.5, noNaN: true }),
          redLines: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.constantFrom(0 as const, 1 as const),
        (seed, spread, s) => {
          const cc = uncertain(spread);
          const { truth, reservation } = draw(cc, s, seed);
          expect(Math.abs(truth.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(2e-4);
          truth.values.forEach((row, issue) => expect(keepsOrder(row, cc.sides[s].values[issue]!)).toBe(true));
          truth.redLine.forEach((row, issue) => expect(row[cc.sides[s].opening.charCodeAt(issue) - 48]).toBe(false));
          expect(reservation).toBeGreaterThanOrEqual(0);
          expect(reservation).toBeLessThanOrEqual(0.95);
          expect(truth.exponent).toBeGreaterThanOrEqual(0.05);
        },
      ),
      { numRuns: 40 },
    );
  });
});
