// The replay viewer's checkpoint cache: any step, in any order, gives the very state a full
// replay gives there; snapshots are taken only every K steps, and only as steps are reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../../src/machine/game.ts';
import { statesAlong } from '../../../src/replay/compare.ts';
import { stateHash } from '../../../src/replay/replay.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { StepCache } from '../../../src/present/replays/step-cache.ts';
import { shipped } from '../../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

describe('StepCache', () => {
  it('gives the same state as a full replay at every step asked for, in any order (random games)', () => {
    const random = policyByName('random')!;
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(400), { minLength: 1, maxLength: 30 }), (seed, interval, asks) => {
        const settings = settingsFor(seed);
        const events = playGame(muscat, random, seed).events;
        const full = statesAlong(muscat, settings, events).map(stateHash);
        const cache = new StepCache(muscat, settings, events, interval);
        expect(cache.length).toBe(events.length);
        for (const ask of asks) {
          const step = ask % (events.length + 1);
          const at = cache.at(step);
          expect(at.step).toBe(step);
          expect(stateHash(at.state)).toBe(full[step]);
        }
        cache.dispose();
      }),
      { numRuns: 60, seed: 4242 },
    );
  });

  it('walks the whole line in order and keeps one snapshot per K steps', () => {
    const seed = 11;
    const events = playGame(muscat, policyByName('broker')!, seed).events;
    const cache = new StepCache(muscat, settingsFor(seed), events, 8);
    expect(cache.checkpoints).toBe(1);
    const walked = [...cache.walk()];
    expect(walked.map((w) => w.step)).toEqual(Array.from({ length: events.length + 1 }, (_, i) => i));
    expect(cache.checkpoints).toBe(1 + Math.floor(events.length / 8));
    expect(walked.at(-1)!.phase).toBe('over');
  });

  it('clamps steps outside the line, and ends the line where the machine refuses an event', () => {
    const seed = 5;
    const events = playGame(muscat, policyByName('passive')!, seed).events;
    const cache = new StepCache(muscat, settingsFor(seed), events);
    expect(cache.at(-3).step).toBe(0);
    expect(cache.at(events.length + 50).step).toBe(events.length);
    // A RECESS before the talks open is not allowed: the line stops there.
    const broken = new StepCache(muscat, settingsFor(seed), [events[0]!, events[1]!, { type: 'BEGIN' }, events[2]!]);
    expect(broken.at(4).step).toBe(2);
    expect(broken.length).toBe(2);
    expect([...broken.walk()]).toHaveLength(3);
  });
});
