// Every built-in mediator plays three and four delegations headless: each game ends, no move is
// refused, a framework carries every delegation's yes, and the tournament reports a utility per
// delegation. (The fixtures are test data, not balanced: this is about mechanics.)
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../src/model/index.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { SCRIPTS } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { playTournament, policyReport } from '../../src/sim/index.ts';
import { loadNParty } from '../fixtures/n-party.ts';

const clock = () => 0;

describe('more than two delegations, headless', () => {
  for (const count of [3, 4] as const) {
    const scenario = loadNParty(count);
    for (const policy of [...POLICIES, ...SCRIPTS.slice(0, 3)]) {
      const seeds = policy.name === 'planner' ? [1, 2] : [1, 2, 3, 4, 5, 6];
      it(`${policy.name} plays ${count} delegations to an end with every move allowed`, () => {
        for (const seed of seeds) {
          const game = playGame(scenario, policy, seed);
          expect(game.refused, `seed ${seed}`).toBe(0);
          expect(OUTCOME_IDS).toContain(game.outcome);
          const end = game.snapshot.context;
          if (game.outcome === 'framework') expect(end.sides.every((s) => s.accepted === end.draftVersion)).toBe(true);
          // No message is left in the two-party slot: with more delegations they go by addressee.
          expect(end.sides.every((s) => s.pending === null && s.outbox?.length === count)).toBe(true);
        }
      });
    }
  }

  it('lets a good mediator reach frameworks with three delegations', () => {
    const scenario = loadNParty(3);
    const outcomes = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => playGame(scenario, policyByName('broker')!, seed).outcome);
    expect(outcomes.filter((o) => o === 'framework').length).toBeGreaterThanOrEqual(6);
  });

  it('reports a mean utility for each delegation', () => {
    const scenario = loadNParty(3);
    const [tally] = playTournament(scenario, [policyByName('broker')!], { first: 1, count: 6 }, clock);
    const report = policyReport('broker', tally!);
    expect(report.meanUtility).toHaveLength(3);
    expect(report.nashDistance).not.toBeNull();
  });
});

describe('the command line\'s transcript with three delegations', () => {
  it('gives the worth of the text and the Nash point to every delegation, and says every signer accepted', async () => {
    const { formatTranscript } = await import('../../src/cli/transcript.ts');
    const { compiledFor } = await import('../../src/machine/index.ts');
    const scenario = loadNParty(3);
    const seed = [1, 2, 3, 4, 5, 6].find((s) => playGame(scenario, policyByName('broker')!, s).outcome === 'framework')!;
    const game = playGame(scenario, policyByName('broker')!, seed);
    const c = compiledFor(scenario, game.snapshot.context.settings);
    const text = formatTranscript(c, game.snapshot.context, '');
    expect(text).toMatch(/Worth \(0–100, each in its own terms\) to Northland: [\d.]+ \(fallback [\d.]+\); to Southland: [\d.]+ \(fallback [\d.]+\); to Eastland: [\d.]+ \(fallback [\d.]+\)/);
    expect(text).toMatch(/Nash bargaining point \(among texts that cross no red line\): worth [\d.]+ to Northland, [\d.]+ to Southland, [\d.]+ to Eastland/);
    expect(text).toMatch(/Outcome: framework \([^)]+\): Every delegation that had to sign accepted/);
  });
});
