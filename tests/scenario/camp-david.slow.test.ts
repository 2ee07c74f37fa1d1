// Camp David 1978 played at length: the planner (over a second a game) finishes every game with
// allowed moves only, and 200 games of all the built-in mediators end in at least three ways.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutcomeId } from '../../src/model/types.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';

const scenario = (() => {
  const r = loadScenarioText(readFileSync('scenarios/camp-david-1978.yaml', 'utf8'), 'camp-david-1978.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
})();

describe('the Camp David scenario in play, at length', () => {
  it('the planner finishes every game with allowed moves only', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const game = playGame(scenario, policyByName('planner')!, seed);
      expect(game.refused, `seed ${seed}`).toBe(0);
      expect(game.snapshot.status, `seed ${seed}`).toBe('done');
      expect(game.rounds).toBeLessThanOrEqual(scenario.rounds.length);
    }
  });

  it('ends in at least three different ways over 200 games of all policies', () => {
    const seen = new Set<OutcomeId>();
    const perPolicy = Math.ceil(200 / POLICIES.length);
    for (const policy of POLICIES) {
      for (let seed = 101; seed < 101 + perPolicy; seed++) seen.add(playGame(scenario, policy, seed).outcome);
    }
    expect(seen.size, [...seen].join(', ')).toBeGreaterThanOrEqual(3);
  });
});
