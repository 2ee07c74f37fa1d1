// The third shipped scenario, the Dayton talks of three delegations: it validates and plays
// headless with no move refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';

describe('the Dayton scenario', () => {
  const file = 'scenarios/dayton-1995.yaml';
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);

  it('validates, with three delegations that all sign', () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.scenario.delegations.map((d) => d.id)).toEqual(['bosnia', 'serbia', 'croatia']);
    expect(loaded.scenario.signers).toBeUndefined();
  });

  it('plays headless with the quick mediators, every move allowed', () => {
    if (!loaded.ok) throw new Error('invalid');
    for (const name of ['passive', 'broker']) {
      for (const seed of [1, 2]) expect(playGame(loaded.scenario, policyByName(name)!, seed).refused, `${name} ${seed}`).toBe(0);
    }
  });
});
