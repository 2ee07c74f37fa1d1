// The planner's fast stepper and the XState machine agree: random games of the quick mediators,
// every state compared by hash. More games, and the planner's own: step.slow.test.ts.
import { describe, expect, it } from 'vitest';
import { QUICK_POLICIES } from '../../src/sim/policies/index.ts';
import { samePath } from './same-path.ts';

describe('the fast stepper', () => {
  for (const name of ['muscat-2026', 'camp-david-1978']) {
    it(`takes the same path as the machine on ${name}`, () => {
      expect(samePath(name, 12, QUICK_POLICIES)).toBeGreaterThan(400);
    });
  }
});
