// The built-in AI mediators: they play whole games with moves the machine allows, they are
// deterministic, they play the roles their names promise, and they see only what a player sees.
// The planner plans every move by simulation (over a second a game): its whole games are in
// policies.slow.test.ts, and here the quick mediators play them.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { QUICK_POLICIES, policyByName, DEFAULT_POLICY } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

const SCENARIOS: [string, Scenario][] = [
  ['muscat-2026', muscat],
  ['mini', loadMini()],
];

describe.each(SCENARIOS)('policies on %s', (_name, scenario) => {
  it.each(QUICK_POLICIES.map((p) => [p.name, p] as const))('%s finishes every game with allowed moves only', (_n, policy) => {
    for (let seed = 1; seed <= 25; seed++) {
      const game = playGame(scenario, policy, seed);
      expect(game.refused, `seed ${seed}`).toBe(0);
      expect(game.snapshot.status).toBe('done');
    }
  });
});

describe('policies', () => {
  it('are deterministic: the same seed gives the same events', () => {
    for (const policy of QUICK_POLICIES) {
      expect(playGame(muscat, policy, 9).events).toEqual(playGame(muscat, policy, 9).events);
    }
  });

  it('default to the strongest, the planner', () => {
    expect(DEFAULT_POLICY).toBe('planner');
    expect(policyByName('planner')).toBeDefined();
    expect(policyByName('broker')).toBeDefined();
    expect(policyByName('nobody')).toBeUndefined();
  });

  it('play the roles their names promise', () => {
    const kinds = (name: string) => new Set(Array.from({ length: 10 }, (_, i) => playGame(muscat, policyByName(name)!, i + 1).events.map((e) => (e.type === 'RELAY' ? `RELAY:${e.mode}` : e.type))).flat());
    const passive = kinds('passive');
    expect(passive.has('EDIT_DRAFT')).toBe(false);
    expect(passive.has('ASK_CONCESSION')).toBe(false);
    expect(passive.has('RELAY:faithful')).toBe(true);
    const formulator = kinds('formulator');
    expect(formulator.has('EDIT_DRAFT')).toBe(true);
    expect(formulator.has('PRESENT_DRAFT')).toBe(true);
    expect(formulator.has('ASK_CONCESSION')).toBe(false);
    const manipulator = kinds('manipulator');
    for (const k of ['PAINT_STALEMATE', 'OFFER_GUARANTEE', 'RELAY:softened', 'ASK_CONCESSION']) expect(manipulator.has(k), k).toBe(true);
    const broker = kinds('broker');
    for (const k of ['PROPOSE_AGENDA', 'ASK_CONCESSION', 'PRESENT_DRAFT', 'EDIT_DRAFT']) expect(broker.has(k), k).toBe(true);
    expect(broker.has('RELAY:softened')).toBe(false);
  });

  it('respect a game where distortion is not allowed', () => {
    const game = playGame(muscat, policyByName('manipulator')!, 4, settingsFor(4, { allowDistortion: false }));
    expect(game.refused).toBe(0);
    expect(game.events.some((e) => e.type === 'RELAY' && e.mode !== 'faithful')).toBe(false);
  });

  it('see only the mediator’s view: a policy given it plays every game to its end', () => {
    for (const factory of QUICK_POLICIES) {
      for (let seed = 1; seed <= 5; seed++) {
        const actor = startGame(muscat, settingsFor(seed));
        const policy = factory.create(rngFrom(seedState(seed)));
        let steps = 0;
        while (actor.getSnapshot().status !== 'done' && steps++ < 2000) {
          const view = mediatorView(muscat, actor.getSnapshot());
          const event = policy.next(view);
          if (!sendEvent(actor, event)) sendEvent(actor, phaseOf(actor.getSnapshot()) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
        }
        expect(actor.getSnapshot().status).toBe('done');
      }
    }
  });

});
