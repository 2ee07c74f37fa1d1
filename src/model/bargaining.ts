// The Pareto frontier of full packages and the Nash bargaining point. Utilities are additive,
// so the frontier is built issue by issue, pruning dominated partial packages as it goes:
// exact, and fast enough to compute once per scenario.
import type { CompiledScenario } from './compile.ts';

export interface FrontierPoint {
  u: [number, number];
  items: number[];
}

/** Sums of the same utilities in another order can differ in the last bits: closer than this is equal. */
const EPS = 1e-9;

function prune(points: FrontierPoint[]): FrontierPoint[] {
  points.sort((a, b) => b.u[0] - a.u[0] || b.u[1] - a.u[1]);
  const kept: FrontierPoint[] = [];
  let best1 = -Infinity;
  for (const p of points) {
    if (p.u[1] <= best1 + EPS) continue;
    // The same first utility (but for rounding) and a better second: the one kept before is dominated.
    const last = kept[kept.length - 1];
    if (last && last.u[0] - p.u[0] <= EPS) kept[kept.length - 1] = p;
    else kept.push(p);
    best1 = p.u[1];
  }
  return kept;
}

const frontiers = new WeakMap<CompiledScenario, FrontierPoint[]>();

/** Packages no side would refuse on a red line, not dominated for both sides. Sorted by the first side's utility, best first. */
export function paretoFrontier(c: CompiledScenario): FrontierPoint[] {
  const hit = frontiers.get(c);
  if (hit) return hit;
  const [a, b] = c.sides;
  let points: FrontierPoint[] = [{ u: [0, 0], items: [] }];
  for (let i = 0; i < c.issueIds.length; i++) {
    const next: FrontierPoint[] = [];
    for (let o = 0; o < c.optionCount[i]!; o++) {
      if (a.redLine[i]![o] || b.redLine[i]![o]) continue;
      const du0 = a.weights[i]! * a.values[i]![o]!;
      const du1 = b.weights[i]! * b.values[i]![o]!;
      for (const p of points) next.push({ u: [p.u[0] + du0, p.u[1] + du1], items: [...p.items, o] });
    }
    points = prune(next);
  }
  frontiers.set(c, points);
  return points;
}

/** Maximises the product of gains over each side's reservation value; null when no package beats both. */
export function nashPoint(c: CompiledScenario, reservations: readonly [number, number]): FrontierPoint | null {
  let best: FrontierPoint | null = null;
  let bestProduct = 0;
  for (const p of paretoFrontier(c)) {
    const g0 = p.u[0] - reservations[0];
    const g1 = p.u[1] - reservations[1];
    if (g0 <= 0 || g1 <= 0) continue;
    if (g0 * g1 > bestProduct) {
      bestProduct = g0 * g1;
      best = p;
    }
  }
  return best;
}
