// The planner's time per decision (one core): every move of whole games, timed one by one.
import { mediatorView, phaseOf, sendEvent, settingsFor, startGame } from '../src/machine/index.ts';
import { rngFrom, seedState } from '../src/model/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { planner } from '../src/sim/policies/planner.ts';

export interface PlannerSpeed {
  decisions: number;
  meanMillis: number;
  p95Millis: number;
  maxMillis: number;
}

export function benchPlannerSpeed(scenario: Scenario, games: number, now: () => number = () => performance.now()): PlannerSpeed {
  const times: number[] = [];
  for (let seed = 1; seed <= games; seed++) {
    const actor = startGame(scenario, settingsFor(seed));
    const policy = planner.create(rngFrom(seedState(seed ^ 0x2545f491)));
    for (let i = 0; i < 2000 && actor.getSnapshot().status !== 'done'; i++) {
      const snapshot = actor.getSnapshot();
      const view = mediatorView(scenario, snapshot);
      const t0 = now();
      const event = policy.next(view);
      times.push(now() - t0);
      if (!sendEvent(actor, event)) sendEvent(actor, phaseOf(snapshot) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
    }
    actor.stop();
  }
  times.sort((a, b) => a - b);
  return {
    decisions: times.length,
    meanMillis: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    p95Millis: times[Math.floor(0.95 * (times.length - 1))] ?? 0,
    maxMillis: times.at(-1) ?? 0,
  };
}
