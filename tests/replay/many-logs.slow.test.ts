// Replay is folding the log: 10,000 random games (random allowed moves, random seeds) replayed
// from their logs reach the very same state, hash for hash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { settingsFor } from '../../src/machine/game.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

describe('replaying logs', () => {
  it('reproduces 10,000 random games exactly', () => {
    const random = policyByName('random')!;
    const seeds = fc.sample(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { numRuns: 10_000, seed: 20260206 });
    let mismatches = 0;
    for (const seed of seeds) {
      const game = playGame(muscat, random, seed);
      const again = replay(muscat, settingsFor(seed), game.events, { checkpoints: false });
      if (again.refusedAt !== null || stateHash(again.snapshot.context) !== stateHash(game.snapshot.context)) mismatches++;
    }
    expect(mismatches).toBe(0);
  }, 240_000);
});
