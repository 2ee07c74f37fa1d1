// The Pareto frontier and the Nash point, checked against brute-force enumeration of every full
// package (the mini scenario has 5 * 4 * 4 = 80).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nashPoint, paretoFrontier, type FrontierPoint } from '../../src/model/bargaining.ts';
import type { CompiledScenario } from '../../src/model/compile.ts';
import { packageOf } from '../../src/model/package.ts';
import { packageUtility } from '../../src/model/utility.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { world } from './helpers.ts';

const TOL = 1e-9;

interface Point {
  items: number[];
  u: [number, number];
}

function allPackages(c: CompiledScenario): Point[] {
  let lists: number[][] = [[]];
  for (const n of c.optionCount) lists = lists.flatMap((l) => Array.from({ length: n }, (_, o) => [...l, o]));
  return lists.map((items) => ({ items, u: [packageUtility(c.sides[0], packageOf(items)), packageUtility(c.sides[1], packageOf(items))] }));
}

const crossesRedLine = (c: CompiledScenario, items: number[]) => items.some((o, i) => c.sides[0].redLine[i]![o] || c.sides[1].redLine[i]![o]);
const dominates = (a: { u: number[] }, b: { u: number[] }) => a.u[0]! >= b.u[0]! - TOL && a.u[1]! >= b.u[1]! - TOL && (a.u[0]! > b.u[0]! + TOL || a.u[1]! > b.u[1]! + TOL);

function bruteFrontier(c: CompiledScenario): Point[] {
  const allowed = allPackages(c).filter((p) => !crossesRedLine(c, p.items));
  return allowed.filter((p) => !allowed.some((q) => dominates(q, p)));
}

function checkFrontier(c: CompiledScenario): void {
  const frontier = paretoFrontier(c);
  const allowed = allPackages(c).filter((p) => !crossesRedLine(c, p.items));
  expect(frontier.length).toBeGreaterThan(0);
  for (const p of frontier) {
    // a real package, with the utilities it claims, crossing no red line
    expect(p.items).toHaveLength(c.issueIds.length);
    expect(crossesRedLine(c, p.items)).toBe(false);
    expect(p.u[0]).toBeCloseTo(packageUtility(c.sides[0], packageOf(p.items)), 12);
    expect(p.u[1]).toBeCloseTo(packageUtility(c.sides[1], packageOf(p.items)), 12);
    // dominated by no package at all
    expect(allowed.find((q) => dominates(q, p))).toBeUndefined();
  }
  // no point is dominated by another point of the frontier, and they are sorted
  for (let i = 1; i < frontier.length; i++) {
    expect(frontier[i]!.u[0]).toBeLessThan(frontier[i - 1]!.u[0]);
    expect(frontier[i]!.u[1]).toBeGreaterThan(frontier[i - 1]!.u[1]);
  }
  // every non-dominated utility pair is on it
  for (const b of bruteFrontier(c)) {
    expect(frontier.some((p) => Math.abs(p.u[0] - b.u[0]) < TOL && Math.abs(p.u[1] - b.u[1]) < TOL)).toBe(true);
  }
}

function bruteNash(c: CompiledScenario, r: readonly [number, number]): number {
  let best = 0;
  for (const p of allPackages(c)) {
    if (crossesRedLine(c, p.items)) continue;
    const g0 = p.u[0] - r[0];
    const g1 = p.u[1] - r[1];
    if (g0 > 0 && g1 > 0) best = Math.max(best, g0 * g1);
  }
  return best;
}

const gains = (p: FrontierPoint, r: readonly [number, number]) => (p.u[0] - r[0]) * (p.u[1] - r[1]);

describe('paretoFrontier', () => {
  const { c } = world();

  it('matches brute-force enumeration on the mini scenario', () => {
    checkFrontier(c);
  });

  it('leaves out every red-line option', () => {
    for (const p of paretoFrontier(c)) {
      expect(p.items[0]).not.toBe(4);
      expect(p.items[1]).not.toBe(0);
    }
  });

  it('contains each side\'s best allowed package at its ends', () => {
    const frontier = paretoFrontier(c);
    // North's best without South's red line: water w0, border b1, arms inside
    expect(frontier[0]!.items).toEqual([0, 1, 0]);
    // South's best without North's red line: water w3, border b3, arms excluded
    expect(frontier.at(-1)!.items).toEqual([3, 3, 3]);
  });

  it('is computed once per compiled scenario', () => {
    expect(paretoFrontier(c)).toBe(paretoFrontier(c));
  });

  it('property: matches brute force for random weights, values and red lines', () => {
    const unit = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const sideArb = fc.record({
      w: fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })),
      water: fc.array(unit, { minLength: 5, maxLength: 5 }),
      border: fc.array(unit, { minLength: 4, maxLength: 4 }),
      arms: fc.array(unit, { minLength: 4, maxLength: 4 }),
      red: fc.subarray([1, 2, 3]),
    });
    fc.assert(
      fc.property(sideArb, sideArb, fc.tuple(unit, unit), (a, b, r) => {
        const { c: random } = world((input: ScenarioInput) => {
          [a, b].forEach((x, k) => {
            const d = input.delegations[k]!;
            const total = x.w[0] + x.w[1] + x.w[2];
            d.weights = { water: x.w[0] / total, border: x.w[1] / total, arms: x.w[2] / total };
            const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
            const scope = ['inside', 'parallel', 'later', 'excluded'];
            d.values = {
              water: Object.fromEntries(ids('w', 5).map((id, i) => [id, x.water[i]!])),
              border: Object.fromEntries(ids('b', 4).map((id, i) => [id, x.border[i]!])),
              arms: Object.fromEntries(scope.map((id, i) => [id, x.arms[i]!])),
            };
            // red lines on water, never on either side's opening (w0 and w4)
            d.redLines = { water: x.red.map((i) => `w${i}`) };
          });
        });
        checkFrontier(random);
        const reservations = [r[0] * 0.8, r[1] * 0.8] as const;
        const nash = nashPoint(random, reservations);
        const best = bruteNash(random, reservations);
        if (best === 0) expect(nash).toBeNull();
        else expect(gains(nash!, reservations)).toBeCloseTo(best, 12);
      }),
      { numRuns: 40 },
    );
  });
});

describe('nashPoint', () => {
  const { c } = world();

  it('maximises the product of gains over the reservation values', () => {
    for (const r of [
      [0.35, 0.35],
      [0, 0],
      [0.5, 0.2],
      [0.2, 0.6],
    ] as const) {
      const nash = nashPoint(c, r)!;
      expect(nash).not.toBeNull();
      expect(gains(nash, r)).toBeCloseTo(bruteNash(c, r), 12);
      expect(nash.u[0]).toBeGreaterThan(r[0]);
      expect(nash.u[1]).toBeGreaterThan(r[1]);
      for (const p of paretoFrontier(c)) {
        if (p.u[0] > r[0] && p.u[1] > r[1]) expect(gains(p, r)).toBeLessThanOrEqual(gains(nash, r) + 1e-12);
      }
    }
  });

  it('is null when no package beats both reservation values', () => {
    expect(nashPoint(c, [0.95, 0.95])).toBeNull();
    expect(nashPoint(c, [1, 0])).toBeNull();
  });
});
