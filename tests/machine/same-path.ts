// The planner's fast stepper against the XState machine, over whole games driven by the given
// mediators: every state compared by hash. step.test.ts runs it on a few games of the quick
// mediators, step.slow.test.ts on many and on the planner's (over a second a game). Returns the
// number of states compared.
import { expect } from 'vitest';
import { compiledFor, phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { step, type Moment } from '../../src/machine/step.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { stateHash } from '../../src/replay/replay.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { PolicyFactory } from '../../src/sim/policies/policy.ts';
import { shipped } from '../fixtures/shipped.ts';

export function samePath(name: string, games: number, policies: readonly PolicyFactory[]): number {
  const r = shipped(name);
  return samePathOn(r.scenario, games, policies);
}

/** The same, on a scenario given as data (a test fixture). */
export function samePathOn(scenario: Scenario, games: number, policies: readonly PolicyFactory[]): number {
  let compared = 0;
  for (let g = 0; g < games; g++) {
    const settings = settingsFor(500 + g);
    const c = compiledFor(scenario, settings);
    const actor = startGame(scenario, settings);
    let m: Moment = { state: actor.getSnapshot().context, phase: 'briefing' };
    const policy = policies[g % policies.length]!.create(rngFrom(seedState(g)));
    for (let i = 0; i < 400 && actor.getSnapshot().status !== 'done'; i++) {
      const snap = actor.getSnapshot();
      const event = policy.next(mediatorView(scenario, snap));
      const allowed = sendEvent(actor, event);
      const next = step(c, m, event);
      expect(next !== null, `${JSON.stringify(event)} at step ${m.state.step}`).toBe(allowed);
      if (!allowed) {
        const fallback = phaseOf(snap) === 'talks' ? { type: 'RECESS' as const } : { type: 'CONTINUE' as const };
        sendEvent(actor, fallback);
        m = step(c, m, fallback)!;
      } else {
        m = next!;
      }
      const after = actor.getSnapshot();
      expect(m.phase).toBe(phaseOf(after));
      expect(stateHash(m.state)).toBe(stateHash(after.context));
      compared++;
    }
  }
  return compared;
}
