// The mediator's view holds nothing the mediator cannot know, on every step of the planner's
// games too (over a second each, so here and not in the core's view.test.ts).
import { describe } from 'vitest';
import { policyByName } from '../../src/sim/policies/index.ts';
import { viewProofs } from './view-proofs.ts';

describe('the mediator’s view, in the planner’s games', () => {
  viewProofs(4, [policyByName('planner')!]);
});
