// The planner's search over the hull keeps the texts it found per drawn truth: what it answers
// must be what a search from scratch answers, whatever the draft, with two delegations or more.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledFor, settingsFor, startGame } from '../../../src/machine/index.ts';
import { withItem, type GameState } from '../../../src/model/index.ts';
import type { Scenario } from '../../../src/scenario/index.ts';
import { bestTarget, nashTarget } from '../../../src/sim/planner/value.ts';
import { loadMini } from '../../fixtures/mini.ts';
import { loadNParty } from '../../fixtures/n-party.ts';

/** The same game with its truth copied: a new identity, so nothing found before is reused. */
const fresh = (state: GameState): GameState => ({ ...state, truth: structuredClone(state.truth) });

function agrees(scenario: Scenario): void {
  const seed = 7;
  const settings = settingsFor(seed);
  const c = compiledFor(scenario, settings);
  const start = startGame(scenario, settings).getSnapshot().context;
  const draft = fc.array(fc.nat(), { minLength: c.issueIds.length, maxLength: c.issueIds.length });
  fc.assert(
    fc.property(draft, fc.array(fc.boolean(), { minLength: c.issueIds.length, maxLength: c.issueIds.length }), (picks, open) => {
      let text = start.draft;
      for (let i = 0; i < c.issueIds.length; i++) text = withItem(text, i, open[i] ? null : picks[i]! % c.optionCount[i]!);
      // The same truth object, a draft that changes: the kept texts must follow what matters.
      const state: GameState = { ...start, draft: text };
      expect(nashTarget(c, state)).toBe(nashTarget(c, fresh(state)));
      expect(bestTarget(c, state)).toEqual(bestTarget(c, fresh(state)));
    }),
    { numRuns: 150, seed: 11 },
  );
}

describe('the hull search, kept per drawn truth', () => {
  it('answers as a search from scratch with two delegations', () => agrees(loadMini()));
  it('answers as a search from scratch with three and four', () => {
    agrees(loadNParty(3));
    agrees(loadNParty(4));
  });
});
