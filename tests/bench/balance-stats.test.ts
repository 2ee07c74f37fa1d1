// The balance report's measure of noise: paired differences over the same seeds and a resampled
// interval for the information ratio.
import { describe, expect, it } from 'vitest';
import type { GameRow } from '../../bench/balance/job.ts';
import { mayPassLimit, pairedDifference, ratioInterval, withinNoise } from '../../bench/balance/stats.ts';

const row = (seed: number, framework: boolean): GameRow => ({
  seed,
  outcome: framework ? 'framework' : 'continue',
  utilities: null,
  nashDistance: null,
  weatherStrike: false,
  deadlineStrike: false,
  relays: {},
  beliefError: [0, 0],
  reservations: [0.4, 0.4],
});
const fw = (r: GameRow) => (r.outcome === 'framework' ? 1 : 0);
const games = (n: number, framework: (seed: number) => boolean) => Array.from({ length: n }, (_, i) => row(i + 1, framework(i + 1)));

describe('paired differences', () => {
  it('compares seed by seed, whatever the order of the rows', () => {
    const a = games(4, (s) => s <= 2);
    const b = games(4, () => true).reverse();
    const p = pairedDifference(a, b, fw);
    expect(p.n).toBe(4);
    expect(p.mean).toBe(0.5);
    // d = 0, 0, 1, 1: sd 0.577, se 0.289.
    expect(p.half95).toBeCloseTo(1.96 * Math.sqrt(1 / 3 / 4), 10);
  });

  it('sees one game in three hundred as noise, and thirty in three hundred as real', () => {
    const base = games(300, (s) => s % 3 === 0);
    expect(withinNoise(pairedDifference(base, games(300, (s) => s % 3 === 0 || s === 1), fw))).toBe(true);
    expect(withinNoise(pairedDifference(base, games(300, (s) => s % 3 === 0 || s <= 90), fw))).toBe(false);
  });

  it('asks for more seeds when a move’s interval reaches past the limit, either way', () => {
    const base = games(60, (s) => s % 2 === 0);
    // 9 of 60 games lost: -15 points, interval about ±9, so it could be past 20.
    const lost = games(60, (s) => s % 2 === 0 && s > 18);
    expect(mayPassLimit(pairedDifference(base, lost, fw), 0.2)).toBe(true);
    // 2 of 60: -3.3 points, interval about ±4.6: clearly inside.
    expect(mayPassLimit(pairedDifference(base, games(60, (s) => s % 2 === 0 && s > 4), fw), 0.2)).toBe(false);
    // 30 of 60 gained: +50 points, past it by any interval.
    expect(mayPassLimit(pairedDifference(base, games(60, () => true), fw), 0.2)).toBe(true);
  });

  it('counts only the seeds both played', () => {
    expect(pairedDifference(games(10, () => false), games(3, () => true), fw).n).toBe(3);
  });
});

describe('the ratio of two rates', () => {
  it('is the ratio of the rates, with an interval around it that narrows with more seeds', () => {
    const few = ratioInterval(games(100, (s) => s % 2 === 0), games(100, (s) => s % 4 !== 1), (r) => r.outcome === 'framework');
    expect(few.ratio).toBe(1.5);
    expect(few.low).toBeLessThan(1.5);
    expect(few.high).toBeGreaterThan(1.5);
    const many = ratioInterval(games(1000, (s) => s % 2 === 0), games(1000, (s) => s % 4 !== 1), (r) => r.outcome === 'framework');
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(many.low).toBeGreaterThan(1.3);
  });

  it('gives the same interval every time (a seeded resampling)', () => {
    const a = games(200, (s) => s % 3 === 0);
    const b = games(200, (s) => s % 2 === 0);
    expect(ratioInterval(a, b, (r) => r.outcome === 'framework')).toEqual(ratioInterval(a, b, (r) => r.outcome === 'framework'));
  });
});
