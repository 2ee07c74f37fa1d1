// The one seeded generator. Its state lives in the game state; each event rebuilds the
// generator from it, draws, and writes the new state back.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export interface Rng {
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T | undefined;
  state(): number[];
}

export function seedState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

export function rngFrom(state: readonly number[]): Rng {
  const gen: RandomGenerator = xoroshiro128plusFromState(state);
  const float = () => uniformFloat64(gen);
  return {
    float,
    int: (n) => (n <= 1 ? 0 : uniformInt(gen, 0, n - 1)),
    chance: (p) => p > 0 && float() < p,
    pickWeighted(items, weight) {
      const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
      if (total <= 0) return undefined;
      let r = float() * total;
      for (const item of items) {
        r -= Math.max(0, weight(item));
        if (r < 0) return item;
      }
      return items[items.length - 1];
    },
    state: () => [...gen.getState()],
  };
}
