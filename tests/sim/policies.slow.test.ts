// The planner's whole games (over a second each: it plans every move by simulation), beside the
// quick mediators' in policies.test.ts: it plays every game to its end with allowed moves only,
// the same seed gives the same game, it plays on the mediator's view alone, and with more than
// two delegations it softens or sharpens a message only toward a side it has not yet deceived.
import { describe, expect, it } from 'vitest';
import { phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

function load(file: string): Scenario {
  return shipped(file).scenario;
}
const muscat = load('muscat-2026.yaml');
const dayton = load('dayton-1995.yaml');
const planner = policyByName('planner')!;

describe.each([
  ['muscat-2026', muscat],
  ['mini', loadMini()],
] as [string, Scenario][])('the planner on %s', (_name, scenario) => {
  it('finishes every game with allowed moves only', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const game = playGame(scenario, planner, seed);
      expect(game.refused, `seed ${seed}`).toBe(0);
      expect(game.snapshot.status).toBe('done');
    }
  });
});

describe('the planner', () => {
  it('is deterministic: the same seed gives the same events', () => {
    expect(playGame(muscat, planner, 9).events).toEqual(playGame(muscat, planner, 9).events);
  });

  it('given only the mediator’s view, plays every game to its end', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const actor = startGame(muscat, settingsFor(seed));
      const policy = planner.create(rngFrom(seedState(seed)));
      let steps = 0;
      while (actor.getSnapshot().status !== 'done' && steps++ < 2000) {
        const event = policy.next(mediatorView(muscat, actor.getSnapshot()));
        if (!sendEvent(actor, event)) sendEvent(actor, phaseOf(actor.getSnapshot()) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
      }
      expect(actor.getSnapshot().status).toBe('done');
    }
  });
});

describe('the planner with more than two delegations', () => {
  it('softens or sharpens only toward a side it has not yet deceived, and does both', () => {
    const used = new Set<string>();
    for (const seed of [1, 2]) {
      const game = playGame(dayton, planner, seed);
      const actor = startGame(dayton, settingsFor(seed));
      for (const e of game.events) {
        const before = actor.getSnapshot().context;
        if (e.type === 'RELAY' && (e.mode === 'softened' || e.mode === 'sharpened') && typeof before.location === 'number') {
          used.add(e.mode);
          const to = before.location;
          expect(before.distortions.some((d) => !d.discovered && d.deceived === to), `seed ${seed} step ${before.step}`).toBe(false);
        }
        sendEvent(actor, e);
      }
    }
    expect([...used].sort()).toEqual(['sharpened', 'softened']);
  });
});
