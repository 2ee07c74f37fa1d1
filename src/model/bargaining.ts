// The Pareto frontier and the Nash bargaining point over the texts the draft can express: the
// mediator writes the core items one by one, but the scope issues move together (only an agenda
// proposal sets them: widen, narrow, or the parallel track), so only the scope settings those
// moves can reach count. Utilities are additive, so the frontier is built issue by issue,
// pruning dominated partial texts as it goes: exact, and fast enough for every game.
import type { CompiledScenario } from './compile.ts';
import { itemAt, packageOf, type Package } from './package.ts';
import { packageUtility, type Values } from './utility.ts';

export interface FrontierPoint {
  u: [number, number];
  /** One option per issue: a full text. */
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

/** The scope settings the agenda moves can reach from the opening draft (each a list of options, one per scope issue). */
export function reachableScopes(c: CompiledScenario): number[][] {
  const start = c.scopeIssues.map((i) => itemAt(c.initialDraft, i) ?? c.parallel[i] ?? 0);
  const key = (v: number[]) => v.join(',');
  const seen = new Map<string, number[]>([[key(start), start]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    const next = [
      v.map((o) => Math.max(0, o - 1)),
      v.map((o, k) => Math.min(c.optionCount[c.scopeIssues[k]!]! - 1, o + 1)),
      v.map((_, k) => c.parallel[c.scopeIssues[k]!] ?? 0),
    ];
    for (const n of next) {
      if (!seen.has(key(n))) {
        seen.set(key(n), n);
        queue.push(n);
      }
    }
  }
  return [...seen.values()];
}

const frontiers = new WeakMap<object, WeakMap<object, FrontierPoint[]>>();

/** Full expressible texts no side would refuse on a red line, not dominated for both. Sorted by the first side's utility, best first. */
export function paretoFrontier(c: CompiledScenario, sides: readonly [Values, Values] = [c.sides[0], c.sides[1]]): FrontierPoint[] {
  const [a, b] = sides;
  let byB = frontiers.get(a);
  if (!byB) frontiers.set(a, (byB = new WeakMap()));
  const hit = byB.get(b);
  if (hit) return hit;
  const n = c.issueIds.length;
  // Linked issues make utility not a sum over issues: every text is kept and measured whole
  // before the dominated ones go (exact; the texts a scenario with links has are few enough).
  const linked = (a.links?.length ?? 0) + (b.links?.length ?? 0) > 0;
  const keep = (next: FrontierPoint[]) => (linked ? next : prune(next));
  let points: FrontierPoint[] = [{ u: [0, 0], items: new Array<number>(n).fill(0) }];
  for (let i = 0; i < n; i++) {
    if (c.scenario.issues[i]!.scope) continue;
    const next: FrontierPoint[] = [];
    for (let o = 0; o < c.optionCount[i]!; o++) {
      if (a.redLine[i]![o] || b.redLine[i]![o]) continue;
      const du0 = a.weights[i]! * a.values[i]![o]!;
      const du1 = b.weights[i]! * b.values[i]![o]!;
      for (const p of points) {
        const items = [...p.items];
        items[i] = o;
        next.push({ u: [p.u[0] + du0, p.u[1] + du1], items });
      }
    }
    points = keep(next);
  }
  if (c.scopeIssues.length) {
    const next: FrontierPoint[] = [];
    for (const scope of reachableScopes(c)) {
      if (scope.some((o, k) => a.redLine[c.scopeIssues[k]!]![o] || b.redLine[c.scopeIssues[k]!]![o])) continue;
      let du0 = 0;
      let du1 = 0;
      scope.forEach((o, k) => {
        const i = c.scopeIssues[k]!;
        du0 += a.weights[i]! * a.values[i]![o]!;
        du1 += b.weights[i]! * b.values[i]![o]!;
      });
      for (const p of points) {
        const items = [...p.items];
        scope.forEach((o, k) => (items[c.scopeIssues[k]!] = o));
        next.push({ u: [p.u[0] + du0, p.u[1] + du1], items });
      }
    }
    points = keep(next);
  }
  if (linked) points = prune(points.map((p) => ({ u: [packageUtility(a, packageOf(p.items)), packageUtility(b, packageOf(p.items))], items: p.items })));
  byB.set(b, points);
  return points;
}

/** Maximises the product of gains over each side's reservation value; null when no expressible text beats both. */
export function nashPoint(c: CompiledScenario, reservations: readonly [number, number], sides?: readonly [Values, Values]): FrontierPoint | null {
  let best: FrontierPoint | null = null;
  let bestProduct = 0;
  for (const p of paretoFrontier(c, sides)) {
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

/** A frontier point as a text (every item set). */
export function pointText(p: FrontierPoint): Package {
  return packageOf(p.items);
}

/** Whether a text can be reached by the draft from the opening draft (scope items only by agenda moves). */
export function expressible(c: CompiledScenario, text: Package): boolean {
  const scope = c.scopeIssues.map((i) => itemAt(text, i));
  if (scope.every((o) => o === null)) return true;
  return reachableScopes(c).some((r) => r.every((o, k) => o === scope[k]));
}

