// Save, load and replay give the same state for the planner's games too (over a second each, so
// here and not beside the quick mediators' in save.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { createSave, parseSave, settingsOf } from '../../src/replay/save.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');

describe('save files of the planner’s games', () => {
  it('save, load and replay give the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const game = playGame(loaded.scenario, policyByName('planner')!, seed);
        const save = createSave(loaded.scenario, loaded.hash, settingsFor(seed), game.events);
        const parsed = parseSave(JSON.stringify(save));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const again = replay(loaded.scenario, settingsOf(parsed.save), parsed.save.events);
        expect(stateHash(again.snapshot.context)).toBe(stateHash(game.snapshot.context));
      }),
      { numRuns: 6 },
    );
  });
});
