// The one seeded generator. Its state lives in the game state; each event rebuilds the
// generator from it, draws, and writes the new state back.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The generator's state for a seed. Seeded with a small whole number, xoroshiro128+'s first
 * outputs are nearly the same for every seed (the first draw of seeds 1 to 8 is 1.000), which
 * would put the first hidden value drawn at the top of its range in every game: the seed is
 * mixed first (splitmix32) and the first outputs are discarded.
 */
export function seedState(seed: number): number[] {
  let z = (seed | 0) + 0x9e3779b9;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  const gen = xoroshiro128plus(z | 0);
  for (let i = 0; i < 8; i++) gen.next();
  return [...gen.getState()];
}

export class Rng {
  private readonly from: readonly number[];
  // Made on the first draw: most events draw nothing, and their state stays as it was.
  private gen: RandomGenerator | null = null;
  private draws = 0;

  constructor(state: readonly number[]) {
    this.from = state;
  }

  private generator(): RandomGenerator {
    return (this.gen ??= xoroshiro128plusFromState(this.from));
  }

  /** A float in [0, 1). */
  float(): number {
    this.draws++;
    return uniformFloat64(this.generator());
  }

  /** An integer in [0, n). */
  int(n: number): number {
    if (n <= 1) return 0;
    this.draws++;
    return uniformInt(this.generator(), 0, n - 1);
  }

  chance(p: number): boolean {
    return p > 0 && this.float() < p;
  }

  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T | undefined {
    let total = 0;
    for (const item of items) total += Math.max(0, weight(item));
    if (total <= 0) return undefined;
    let r = this.float() * total;
    for (const item of items) {
      r -= Math.max(0, weight(item));
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  /** True when anything was drawn, so an untouched generator leaves the state as it was. */
  get used(): boolean {
    return this.draws > 0;
  }

  state(): number[] {
    return this.gen ? [...this.gen.getState()] : [...this.from];
  }
}

export function rngFrom(state: readonly number[]): Rng {
  return new Rng(state);
}
