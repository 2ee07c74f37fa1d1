// The one seeded generator: its state is plain data in the game state.
import { describe, expect, it } from 'vitest';
import { Rng, rngFrom, seedState } from '../../src/model/random.ts';

describe('random', () => {
  it('the same seed gives the same sequence; different seeds differ', () => {
    const draw = (seed: number) => {
      const r = rngFrom(seedState(seed));
      return Array.from({ length: 5 }, () => r.float());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('the state round-trips: rebuilding from state() continues the sequence', () => {
    const a = rngFrom(seedState(1));
    a.float();
    const b = rngFrom(a.state());
    expect(b.float()).toBe(a.float());
    expect(JSON.parse(JSON.stringify(a.state()))).toEqual(a.state());
  });

  it('float is in [0, 1), int(n) in [0, n)', () => {
    const r = new Rng(seedState(7));
    for (let i = 0; i < 500; i++) {
      const f = r.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = r.int(5);
      expect(Number.isInteger(n) && n >= 0 && n < 5).toBe(true);
    }
    const seen = new Set(Array.from({ length: 200 }, () => r.int(3)));
    expect(seen).toEqual(new Set([0, 1, 2]));
  });

  it('draws nothing for certain answers, so an unused generator leaves the state alone', () => {
    const r = rngFrom(seedState(3));
    expect(r.int(1)).toBe(0);
    expect(r.chance(0)).toBe(false);
    expect(r.used).toBe(false);
    expect(r.state()).toEqual(seedState(3));
    expect(r.chance(1)).toBe(true);
    expect(r.used).toBe(true);
  });

  it('pickWeighted honours the weights and returns undefined when nothing can be picked', () => {
    const r = rngFrom(seedState(9));
    expect(r.pickWeighted([], () => 1)).toBeUndefined();
    expect(r.pickWeighted(['a', 'b'], () => 0)).toBeUndefined();
    for (let i = 0; i < 50; i++) expect(r.pickWeighted(['a', 'b', 'c'], (x) => (x === 'b' ? 1 : 0))).toBe('b');
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 2000; i++) counts[r.pickWeighted(['a', 'b'] as const, (x) => (x === 'a' ? 3 : 1))!]++;
    expect(counts.a / 2000).toBeGreaterThan(0.7);
    expect(counts.a / 2000).toBeLessThan(0.8);
  });
});
