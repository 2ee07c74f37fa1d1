// The tournament's result as one JSON-ready object. Sums run over the games in seed order, so
// the figures are the same to the last bit however the games were split between workers; only
// the games per second differ from run to run.
import { OUTCOME_IDS, type OutcomeId } from '../../model/index.ts';
import type { SeedRange } from './run.ts';
import type { EntrantRun, GameRecord } from './types.ts';

export interface PolicyReport {
  policy: string;
  games: number;
  outcomes: Record<OutcomeId, number>;
  refused: number;
  malformed: number;
  /** Games in which the policy used up its moves. */
  capped: number;
  /** Mean utility of the agreed texts (framework or interim) per delegation; null without any. */
  meanUtility: [number, number] | null;
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

function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return round3(sum / values.length);
}

export function policyReport(policy: string, run: EntrantRun): PolicyReport {
  const records: readonly GameRecord[] = run.records;
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as Record<OutcomeId, number>;
  let refused = 0;
  let malformed = 0;
  let capped = 0;
  for (const r of records) {
    outcomes[r.outcome]++;
    refused += r.refused;
    malformed += r.malformed;
    if (r.capped) capped++;
  }
  const agreed = records.flatMap((r) => (r.utilities ? [r.utilities] : []));
  const u0 = mean(agreed.map((u) => u[0]));
  const u1 = mean(agreed.map((u) => u[1]));
  return {
    policy,
    games: records.length,
    outcomes,
    refused,
    malformed,
    capped,
    meanUtility: u0 === null || u1 === null ? null : [u0, u1],
    nashDistance: mean(records.flatMap((r) => (r.nashDistance === null ? [] : [r.nashDistance]))),
    gamesPerSecond: Math.round(records.length / Math.max(1e-9, run.seconds)),
  };
}

export function tournamentReport(scenario: { id: string; hash: string }, seeds: SeedRange, names: readonly string[], runs: readonly EntrantRun[]): TournamentReport {
  return { scenario, seeds: { first: seeds.first, count: seeds.count }, policies: runs.map((run, i) => policyReport(names[i]!, run)) };
}
