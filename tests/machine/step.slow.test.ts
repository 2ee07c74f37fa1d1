// The fast stepper and the XState machine agree over many games, the planner's too (over a
// second each): every state compared by hash. The core's step.test.ts plays a dozen of the quick
// mediators' games per scenario.
import { describe, expect, it } from 'vitest';
import { QUICK_POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { samePath } from './same-path.ts';

describe('the fast stepper, at length', () => {
  for (const name of ['muscat-2026', 'camp-david-1978']) {
    it(`takes the same path as the machine on ${name}, over 40 games of the quick mediators`, () => {
      expect(samePath(name, 40, QUICK_POLICIES)).toBeGreaterThan(1000);
    });
    it(`takes the same path as the machine on ${name}, over the planner’s games`, () => {
      expect(samePath(name, 6, [policyByName('planner')!])).toBeGreaterThan(100);
    });
  }
});
