// The tournament's result as one JSON-ready object: the same figures for the same arguments,
// only the games per second differ from run to run.
import type { OutcomeId } from '../../model/index.ts';
import type { SeedRange } from './run.ts';
import type { TournamentTally } from './tally.ts';

export interface PolicyReport {
  policy: string;
  games: number;
  outcomes: Record<OutcomeId, number>;
  refused: number;
  malformed: number;
  /** Games in which the policy used up its moves. */
  capped: number;
  /** Mean utility of the agreed texts (framework or interim) per delegation; null without any. */
  meanUtility: number[] | null;
  /** Mean distance of the agreed texts' utility pair to the Nash point; null without any. */
  nashDistance: number | null;
  gamesPerSecond: number;
}

export interface TournamentReport {
  scenario: { id: string; hash: string };
  seeds: SeedRange;
  policies: PolicyReport[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function policyReport(policy: string, t: TournamentTally): PolicyReport {
  return {
    policy,
    games: t.games,
    outcomes: { ...t.outcomes },
    refused: t.refused,
    malformed: t.malformed,
    capped: t.capped,
    meanUtility: t.agreements ? t.utilitySum.map((u) => round3(u / t.agreements)) : null,
    nashDistance: t.nashGames ? round3(t.nashSum / t.nashGames) : null,
    gamesPerSecond: Math.round(t.games / Math.max(1e-9, t.seconds)),
  };
}

export function tournamentReport(scenario: { id: string; hash: string }, seeds: SeedRange, names: readonly string[], tallies: readonly TournamentTally[]): TournamentReport {
  return { scenario, seeds: { first: seeds.first, count: seeds.count }, policies: tallies.map((t, i) => policyReport(names[i]!, t)) };
}
