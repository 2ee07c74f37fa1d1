// A tally: the sums over some games of one entrant, from which the report is made. Games are
// tallied in slices of fixed seeds (run.ts) and slices merged in seed order, so the sums, floats
// included, are the same to the last bit however many threads played the slices.
import { OUTCOME_IDS, type OutcomeId } from '../../model/index.ts';
import type { GameRecord } from './types.ts';

export interface TournamentTally {
  games: number;
  outcomes: Record<OutcomeId, number>;
  refused: number;
  malformed: number;
  /** Games in which the policy used up its moves. */
  capped: number;
  /** Games that ended in an agreement (framework or interim), and the sum of their utilities per delegation. */
  agreements: number;
  utilitySum: number[];
  /** Agreements with a Nash point, and the sum of their distances to it. */
  nashGames: number;
  nashSum: number;
  /** Time spent playing the games (for games per second). */
  seconds: number;
}

export function newTally(): TournamentTally {
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as Record<OutcomeId, number>;
  return { games: 0, outcomes, refused: 0, malformed: 0, capped: 0, agreements: 0, utilitySum: [], nashGames: 0, nashSum: 0, seconds: 0 };
}

/** Sums per delegation (a tally starts with none and takes the length of the first it adds). */
function addEach(sum: readonly number[], add: readonly number[]): number[] {
  const n = Math.max(sum.length, add.length);
  return Array.from({ length: n }, (_, k) => (sum[k] ?? 0) + (add[k] ?? 0));
}

/** Adds one game to a tally (in place: a tally is built by one loop, then only read). */
export function addGame(t: TournamentTally, r: GameRecord): void {
  t.games++;
  t.outcomes[r.outcome]++;
  t.refused += r.refused;
  t.malformed += r.malformed;
  if (r.capped) t.capped++;
  if (r.utilities) {
    t.agreements++;
    t.utilitySum = addEach(t.utilitySum, r.utilities);
  }
  if (r.nashDistance !== null) {
    t.nashGames++;
    t.nashSum += r.nashDistance;
  }
}

/** The tallies of consecutive slices as one, in the order given. */
export function joinTallies(tallies: readonly TournamentTally[]): TournamentTally {
  const total = newTally();
  for (const t of tallies) {
    total.games += t.games;
    for (const id of OUTCOME_IDS) total.outcomes[id] += t.outcomes[id];
    total.refused += t.refused;
    total.malformed += t.malformed;
    total.capped += t.capped;
    total.agreements += t.agreements;
    total.utilitySum = addEach(total.utilitySum, t.utilitySum);
    total.nashGames += t.nashGames;
    total.nashSum += t.nashSum;
    total.seconds += t.seconds;
  }
  return total;
}
