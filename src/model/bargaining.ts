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
export function pointText(p: Pick<FrontierPoint, 'items'>): Package {
  return packageOf(p.items);
}

/** Whether a text can be reached by the draft from the opening draft (scope items only by agenda moves). */
export function expressible(c: CompiledScenario, text: Package): boolean {
  const scope = c.scopeIssues.map((i) => itemAt(text, i));
  if (scope.every((o) => o === null)) return true;
  return reachableScopes(c).some((r) => r.every((o, k) => o === scope[k]));
}


/** A text's utility to each of any number of sides (the frontier of more than two). */
export interface PointN {
  u: number[];
  items: number[];
}

/** Whether `a` is at least as good as `b` for every side (and so `b` need not be kept). */
function dominates(a: PointN, b: PointN): boolean {
  for (let k = 0; k < a.u.length; k++) if (a.u[k]! < b.u[k]! - EPS) return false;
  return true;
}

function pruneN(points: PointN[]): PointN[] {
  // Best first by the sum, so a point is only ever dominated by one kept before it (or its equal).
  points.sort((a, b) => b.u.reduce((s, x) => s + x, 0) - a.u.reduce((s, x) => s + x, 0));
  const kept: PointN[] = [];
  for (const p of points) if (!kept.some((k) => dominates(k, p))) kept.push(p);
  return kept;
}

/** The frontier over the expressible texts for any number of sides (as paretoFrontier does for two). */
export function paretoFrontierN(c: CompiledScenario, sides: readonly Values[]): PointN[] {
  const n = c.issueIds.length;
  const linked = sides.some((s) => (s.links?.length ?? 0) > 0);
  const keep = (next: PointN[]) => (linked ? next : pruneN(next));
  const red = (i: number, o: number) => sides.some((s) => s.redLine[i]![o]);
  let points: PointN[] = [{ u: sides.map(() => 0), items: new Array<number>(n).fill(0) }];
  for (let i = 0; i < n; i++) {
    if (c.scenario.issues[i]!.scope) continue;
    const next: PointN[] = [];
    for (let o = 0; o < c.optionCount[i]!; o++) {
      if (red(i, o)) continue;
      const du = sides.map((s) => s.weights[i]! * s.values[i]![o]!);
      for (const p of points) {
        const items = [...p.items];
        items[i] = o;
        next.push({ u: p.u.map((x, k) => x + du[k]!), items });
      }
    }
    points = keep(next);
  }
  if (c.scopeIssues.length) {
    const next: PointN[] = [];
    for (const scope of reachableScopes(c)) {
      if (scope.some((o, k) => red(c.scopeIssues[k]!, o))) continue;
      const du = sides.map((s) => scope.reduce((sum, o, k) => sum + s.weights[c.scopeIssues[k]!]! * s.values[c.scopeIssues[k]!]![o]!, 0));
      for (const p of points) {
        const items = [...p.items];
        scope.forEach((o, k) => (items[c.scopeIssues[k]!] = o));
        next.push({ u: p.u.map((x, k) => x + du[k]!), items });
      }
    }
    points = next;
  }
  if (linked) points = pruneN(points.map((p) => ({ u: sides.map((s) => packageUtility(s, packageOf(p.items))), items: p.items })));
  else points = pruneN(points);
  return points;
}

/**
 * The Nash point for any number of sides: the expressible text that maximises the product of
 * every side's gain over its reservation value (for two, the same text as nashPoint).
 */
export function nashPointAll(c: CompiledScenario, reservations: readonly number[], sides: readonly Values[]): PointN | null {
  if (sides.length === 2) {
    const p = nashPoint(c, [reservations[0]!, reservations[1]!], [sides[0]!, sides[1]!]);
    return p ? { u: [...p.u], items: p.items } : null;
  }
  let best: PointN | null = null;
  let bestProduct = 0;
  for (const p of paretoFrontierN(c, sides)) {
    let product = 1;
    for (let k = 0; k < sides.length; k++) product *= Math.max(0, p.u[k]! - reservations[k]!);
    if (product > bestProduct) {
      bestProduct = product;
      best = p;
    }
  }
  return best;
}
