// The one seeded generator. Its state lives in the game state; each event rebuilds the
// generator from it, draws, and writes the new state back.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export function seedState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

export class Rng {
  private readonly gen: RandomGenerator;
  private draws = 0;

  constructor(state: readonly number[]) {
    this.gen = xoroshiro128plusFromState(state);
  }

  /** A float in [0, 1). */
  float(): number {
    this.draws++;
    return uniformFloat64(this.gen);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    if (n <= 1) return 0;
    this.draws++;
    return uniformInt(this.gen, 0, n - 1);
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
    return [...this.gen.getState()];
  }
}

export function rngFrom(state: readonly number[]): Rng {
  return new Rng(state);
}
