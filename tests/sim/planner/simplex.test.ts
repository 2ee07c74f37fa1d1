// The planner's weightings with more than two sides: the whole simplex in equal parts, corners
// included, every weighting a number (a 0 ÷ 0 at a corner once made the search keep the draft).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simplexGrid } from '../../../src/sim/planner/simplex.ts';

/** n + steps − 1 choose n − 1: the number of ways to share the parts. */
function compositions(n: number, steps: number): number {
  let r = 1;
  for (let k = 1; k < n; k++) r = (r * (steps + k)) / k;
  return Math.round(r);
}

describe('simplexGrid', () => {
  it('shares sixths among three sides in 28 ways, with its three corners', () => {
    const grid = simplexGrid(3, 6);
    expect(grid).toHaveLength(28);
    for (const corner of [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) expect(grid).toContainEqual(corner);
    expect(grid[0]).toEqual([0, 0, 1]);
  });

  it('gives every way once, each a weighting of finite shares summing to one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), (n, steps) => {
        const grid = simplexGrid(n, steps);
        expect(grid).toHaveLength(compositions(n, steps));
        expect(new Set(grid.map((w) => w.join(','))).size).toBe(grid.length);
        for (const w of grid) {
          expect(w).toHaveLength(n);
          for (const x of w) {
            expect(Number.isFinite(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
          }
          expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        }
      }),
    );
  });
});
