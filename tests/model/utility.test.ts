// Linear additive utility over the mini scenario. North (side 0) weighs water .5, border .3,
// arms .2 and prefers the low option indices; South (side 1) weighs .3, .6, .1 and prefers the
// high ones. Values (North): water 1, .75, .5, .25, 0; border and arms 1, .67, .33, 0.
import { describe, expect, it } from 'vitest';
import { concessionMade, packageUtility, redLinesCrossed, stepValue, utility } from '../../src/model/utility.ts';
import { world } from './helpers.ts';

const { c } = world();
const [north, south] = c.sides;

describe('compiled sides', () => {
  it('take weights, values, red lines and openings from the scenario, by index', () => {
    expect(north.weights).toEqual([0.5, 0.3, 0.2]);
    expect(south.weights).toEqual([0.3, 0.6, 0.1]);
    expect(north.values[0]).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(south.values[1]).toEqual([0, 0.33, 0.67, 1]);
    expect(north.redLine[0]).toEqual([false, false, false, false, true]);
    expect(south.redLine[1]).toEqual([true, false, false, false]);
    expect(north.opening).toBe('000');
    expect(south.opening).toBe('433');
    expect(north.directions).toEqual([1, 1, 1]);
    expect(south.directions).toEqual([-1, -1, -1]);
    expect(north.byWeight).toEqual([0, 1, 2]);
    expect(south.byWeight).toEqual([1, 0, 2]);
  });
});

describe('utility', () => {
  it('is additive: the weighted sum of option values', () => {
    // North on water w1, border b2, arms inside: .5*.75 + .3*.33 + .2*1
    expect(packageUtility(north, '120')).toBeCloseTo(0.375 + 0.099 + 0.2, 10);
    // South on the same package: .3*.25 + .6*.67 + .1*0
    expect(packageUtility(south, '120')).toBeCloseTo(0.075 + 0.402, 10);
    expect(utility(north, '120', 0.35)).toBeCloseTo(packageUtility(north, '120'), 12);
  });

  it('is 1 at a side\'s own opening and 0 at the other side\'s', () => {
    expect(packageUtility(north, north.opening)).toBeCloseTo(1, 12);
    expect(packageUtility(north, south.opening)).toBeCloseTo(0, 12);
    expect(packageUtility(south, south.opening)).toBeCloseTo(1, 12);
    expect(packageUtility(south, north.opening)).toBeCloseTo(0, 12);
  });

  it('counts open items at the reservation value', () => {
    expect(utility(north, '---', 0.35)).toBeCloseTo(0.35, 12);
    expect(utility(south, '---', 0.6)).toBeCloseTo(0.6, 12);
    // Only arms set (later = .33 for North): .5*.35 + .3*.35 + .2*.33
    expect(utility(north, '--2', 0.35)).toBeCloseTo(0.175 + 0.105 + 0.066, 12);
    // '?' (unknown) counts as open too
    expect(utility(north, '?0?', 0.5)).toBeCloseTo(0.25 + 0.3 + 0.1, 12);
  });

  it('grows with the reservation value only through the open items', () => {
    const low = utility(north, '2-2', 0.2);
    const high = utility(north, '2-2', 0.4);
    expect(high - low).toBeCloseTo(0.3 * 0.2, 12);
  });

  it('detects red lines that a text crosses, and only set items', () => {
    expect(redLinesCrossed(north, '412')).toEqual([0]);
    expect(redLinesCrossed(north, '312')).toEqual([]);
    expect(redLinesCrossed(south, '402')).toEqual([1]);
    expect(redLinesCrossed(south, '4-2')).toEqual([]);
    expect(redLinesCrossed(north, '---')).toEqual([]);
  });

  it('values a step on one issue by its weight: positive toward the side, negative away from it', () => {
    expect(stepValue(north, 0, 0, 0)).toBe(0);
    expect(stepValue(north, 0, 0, 2)).toBeCloseTo(-0.5 * 0.5, 12);
    expect(stepValue(north, 1, 3, 2)).toBeCloseTo(0.3 * 0.33, 12);
    expect(stepValue(south, 1, 1, 0)).toBeCloseTo(-0.6 * 0.33, 12);
    // a step and its way back cancel
    expect(stepValue(south, 2, 1, 3) + stepValue(south, 2, 3, 1)).toBeCloseTo(0, 12);
  });

  it('measures a concession from the opening position, never below 0', () => {
    expect(concessionMade(north, north.opening, north.opening)).toBe(0);
    expect(concessionMade(north, north.opening, '100')).toBeCloseTo(0.5 * 0.25, 12);
    expect(concessionMade(north, north.opening, '110')).toBeCloseTo(0.125 + 0.3 * 0.33, 12);
    expect(concessionMade(south, south.opening, '423')).toBeCloseTo(0.6 * 0.33, 12);
    expect(concessionMade(north, north.opening, south.opening)).toBeCloseTo(1, 12);
    // a position better than the opening is no concession
    expect(concessionMade(north, '111', '000')).toBe(0);
  });
});
