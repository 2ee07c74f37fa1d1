// Many headless games: the outcome distribution per policy, and how fast they run.
import type { Scenario } from '../scenario/index.ts';
import { OUTCOME_IDS, type OutcomeId } from '../model/index.ts';
import type { PolicyFactory } from './policies/policy.ts';
import { playGame } from './play.ts';

export interface PolicyBatch {
  policy: string;
  games: number;
  outcomes: Record<OutcomeId, number>;
  /** The outcome of each game, in seed order. */
  bySeed: OutcomeId[];
  /** Mean events per game and policy moves the machine refused (a policy bug if not 0). */
  eventsPerGame: number;
  refused: number;
  seconds: number;
  gamesPerSecond: number;
}

export function emptyCounts(): Record<OutcomeId, number> {
  return Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as Record<OutcomeId, number>;
}

/** Plays seeds firstSeed .. firstSeed + games - 1 with one policy. `clock` is the shell's timer. */
export function runPolicyBatch(
  scenario: Scenario,
  policy: PolicyFactory,
  games: number,
  firstSeed: number,
  clock: () => number,
  onGame?: (done: number) => void,
): PolicyBatch {
  const outcomes = emptyCounts();
  const bySeed: OutcomeId[] = [];
  let events = 0;
  let refused = 0;
  const start = clock();
  for (let i = 0; i < games; i++) {
    const game = playGame(scenario, policy, (firstSeed + i) | 0);
    outcomes[game.outcome]++;
    bySeed.push(game.outcome);
    events += game.events.length;
    refused += game.refused;
    onGame?.(i + 1);
  }
  const seconds = Math.max(1e-9, (clock() - start) / 1000);
  return { policy: policy.name, games, outcomes, bySeed, eventsPerGame: events / Math.max(1, games), refused, seconds, gamesPerSecond: games / seconds };
}
