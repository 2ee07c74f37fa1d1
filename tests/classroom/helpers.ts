// Games to debrief: the default scenario played by the built-in policies. The balance may still
// be tuned, so tests find a game with the property they need by searching seeds, and then
// assert what its debrief must say, instead of naming seeds.
import { buildDebrief } from '../../src/classroom/debrief.ts';
import type { Debrief } from '../../src/classroom/types.ts';
import type { GameState } from '../../src/model/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

export const muscat: Scenario = shipped('muscat-2026').scenario;

export interface Game {
  policy: string;
  seed: number;
  state: GameState;
}

const played = new Map<string, Game>();

export function play(policy: string, seed: number, scenario: Scenario = muscat): Game {
  const key = `${scenario.id}:${policy}:${seed}`;
  let g = played.get(key);
  if (!g) {
    const factory = policyByName(policy);
    if (!factory) throw new Error(`no policy ${policy}`);
    g = { policy, seed, state: playGame(scenario, factory, seed).snapshot.context };
    played.set(key, g);
  }
  return g;
}

export const SEARCH = 300;

/** The first game in seeds 1..SEARCH (over the given policies, in turn) that has the property. */
export function findGame(policies: string[], test: (state: GameState) => boolean, scenario: Scenario = muscat): Game {
  for (let seed = 1; seed <= SEARCH; seed++) {
    for (const policy of policies) {
      const g = play(policy, seed, scenario);
      if (test(g.state)) return g;
    }
  }
  throw new Error(`no game in seeds 1..${SEARCH} of ${policies.join(', ')} has the property`);
}

export function debrief(g: Game, scenario: Scenario = muscat): Debrief {
  return buildDebrief(scenario, g.state);
}

/** Deep-freezes a value, so a test can prove the debrief does not touch the game. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
