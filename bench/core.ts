// Headless performance: games per second per policy (single-threaded), and the cost of one event
// through the shuttle machine against a bare XState machine taking the same number of events.
import { assign, createActor, setup } from 'xstate';
import type { Scenario } from '../src/scenario/schema.ts';
import type { GameEvent } from '../src/machine/events.ts';
import { settingsFor } from '../src/machine/game.ts';
import { replay } from '../src/replay/replay.ts';
import { runPolicyBatch, type PolicyBatch } from '../src/sim/batch.ts';
import { POLICIES, QUICK_POLICIES } from '../src/sim/policies/index.ts';
import type { PolicyFactory } from '../src/sim/policies/policy.ts';
import { playGame } from '../src/sim/play.ts';

const clock = () => performance.now();

export interface CoreBench {
  policies: PolicyBatch[];
  /** Microseconds per event: replaying recorded games through the shuttle machine. */
  eventMicros: number;
  /** Microseconds per event through a bare machine (one state, one counting transition). */
  bareMicros: number;
  ratio: number;
}

function bareMachine() {
  return setup({ types: { context: {} as { n: number }, events: {} as GameEvent } }).createMachine({
    context: { n: 0 },
    on: { '*': { actions: assign({ n: ({ context }) => context.n + 1 }) } },
  });
}

export function benchCore(scenario: Scenario, gamesPerPolicy: number): CoreBench {
  // Warm up the JIT on every policy before timing anything. The planner plans each move by
  // simulation (its time per decision has its own bench): a few of its games suffice.
  const count = (policy: PolicyFactory, n: number) => (policy.name === 'planner' ? Math.max(2, Math.round(n / 50)) : n);
  for (const policy of POLICIES) runPolicyBatch(scenario, policy, count(policy, 50), 900_000, clock);
  const policies = POLICIES.map((policy) => runPolicyBatch(scenario, policy, count(policy, gamesPerPolicy), 1, clock));

  // The same recorded logs through the shuttle machine and through the bare one.
  const logs: { seed: number; events: GameEvent[] }[] = [];
  for (let seed = 1; seed <= 300; seed++) {
    const policy = QUICK_POLICIES[seed % QUICK_POLICIES.length]!;
    logs.push({ seed, events: playGame(scenario, policy, seed).events });
  }
  const total = logs.reduce((n, l) => n + l.events.length, 0);
  const rounds = 3;
  let best = Infinity;
  let bestBare = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = clock();
    for (const log of logs) replay(scenario, settingsFor(log.seed), log.events, { checkpoints: false });
    best = Math.min(best, clock() - t0);
    const bare = bareMachine();
    const t1 = clock();
    for (const log of logs) {
      const actor = createActor(bare);
      actor.start();
      for (const e of log.events) actor.send(e);
      actor.stop();
    }
    bestBare = Math.min(bestBare, clock() - t1);
  }
  const eventMicros = (best * 1000) / total;
  const bareMicros = (bestBare * 1000) / total;
  return { policies, eventMicros, bareMicros, ratio: eventMicros / bareMicros };
}
