// The planner's fast stepper and the XState machine agree: random games, every policy, every
// state compared by hash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { step, type Moment } from '../../src/machine/step.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { compiledFor } from '../../src/machine/game.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { stateHash } from '../../src/replay/replay.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { POLICIES } from '../../src/sim/policies/index.ts';

const load = (name: string) => {
  const r = loadScenarioText(readFileSync(`scenarios/${name}.yaml`, 'utf8'), `${name}.yaml`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
};

describe('the fast stepper', () => {
  for (const name of ['muscat-2026', 'camp-david-1978']) {
    it(`takes the same path as the machine on ${name}`, () => {
      const scenario = load(name);
      let compared = 0;
      for (let g = 0; g < 40; g++) {
        const settings = settingsFor(500 + g);
        const c = compiledFor(scenario, settings);
        const actor = startGame(scenario, settings);
        let m: Moment = { state: actor.getSnapshot().context, phase: 'briefing' };
        const policy = POLICIES[g % POLICIES.length]!.create(rngFrom(seedState(g)));
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
      expect(compared).toBeGreaterThan(1000);
    });
  }
});
