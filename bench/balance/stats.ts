// How sure the balance report can be of a difference: every variant plays the same seeds, so two
// variants are compared seed by seed (paired), and a ratio of two rates gets an interval by
// resampling the seeds. Deterministic: the resampling draws from a fixed seed, so the same games
// give the same report.
import type { GameRow } from './job.ts';

/** A difference of two means over the same seeds, with the half-width of its 95% interval. */
export interface Paired {
  mean: number;
  half95: number;
  /** Seeds both sides played. */
  n: number;
}

/** The mean of b − a over the seeds both played (a value per game), with a normal 95% interval. */
export function pairedDifference(a: readonly GameRow[], b: readonly GameRow[], value: (r: GameRow) => number): Paired {
  const bySeed = new Map(a.map((r) => [r.seed, r]));
  const d: number[] = [];
  for (const r of b) {
    const base = bySeed.get(r.seed);
    if (base) d.push(value(r) - value(base));
  }
  const n = d.length;
  if (n < 2) return { mean: n ? d[0]! : 0, half95: Infinity, n };
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, half95: 1.96 * Math.sqrt(variance / n), n };
}

/** Whether a paired difference is within its own noise (its 95% interval holds zero). */
export const withinNoise = (p: Paired) => Math.abs(p.mean) <= p.half95;

/** Whether a paired difference could be past ±limit: its 95% interval reaches beyond it (then more seeds must say). */
export const mayPassLimit = (p: Paired, limit: number) => Math.abs(p.mean) + p.half95 > limit;

/** A small seeded generator for the resampling (xorshift32): the report must not change from run to run. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/**
 * The ratio of two rates over the same seeds (b's rate over a's), with a 95% interval from
 * resampling the seeds (a paired bootstrap, percentiles of 2,000 resamples).
 */
export function ratioInterval(a: readonly GameRow[], b: readonly GameRow[], hit: (r: GameRow) => boolean, resamples = 2000): { ratio: number; low: number; high: number; n: number } {
  const bySeed = new Map(a.map((r) => [r.seed, r]));
  const pairs: [number, number][] = [];
  for (const r of b) {
    const base = bySeed.get(r.seed);
    if (base) pairs.push([hit(base) ? 1 : 0, hit(r) ? 1 : 0]);
  }
  const n = pairs.length;
  const ratioOf = (sa: number, sb: number) => (sa === 0 ? Infinity : sb / sa);
  const ratio = ratioOf(
    pairs.reduce((s, p) => s + p[0], 0),
    pairs.reduce((s, p) => s + p[1], 0),
  );
  if (n === 0) return { ratio, low: NaN, high: NaN, n };
  const random = xorshift(0x5eed);
  const draws: number[] = [];
  for (let k = 0; k < resamples; k++) {
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      const p = pairs[Math.floor(random() * n)]!;
      sa += p[0];
      sb += p[1];
    }
    draws.push(ratioOf(sa, sb));
  }
  draws.sort((x, y) => x - y);
  return { ratio, low: draws[Math.floor(0.025 * resamples)]!, high: draws[Math.ceil(0.975 * resamples) - 1]!, n };
}
