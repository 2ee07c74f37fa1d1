// Playing the seeds: every entrant gets the same seeds, first .. first + count - 1, cut into
// slices of SLICE seeds that do not depend on how many threads play them. A slice is the unit
// of work a worker takes, and its tally the unit of sums (see tally.ts).
import type { Scenario } from '../../scenario/index.ts';
import { playEntrant } from './game.ts';
import { addGame, newTally, joinTallies, type TournamentTally } from './tally.ts';
import type { Entrant } from './types.ts';

export interface SeedRange {
  first: number;
  count: number;
}

/** Seeds per slice: about a tenth of a second of games, few enough messages, work shared evenly. */
export const SLICE = 50;

/** The seed range as consecutive slices of at most SLICE seeds. */
export function slicesOf(range: SeedRange): SeedRange[] {
  const slices: SeedRange[] = [];
  for (let done = 0; done < range.count; done += SLICE) slices.push({ first: range.first + done, count: Math.min(SLICE, range.count - done) });
  return slices;
}

/** Plays one entrant on one slice of seeds. `clock` is the shell's timer (milliseconds). */
export function playSlice(scenario: Scenario, entrant: Entrant, slice: SeedRange, clock: () => number, onGame?: () => void): TournamentTally {
  const tally = newTally();
  const start = clock();
  for (let i = 0; i < slice.count; i++) {
    addGame(tally, playEntrant(scenario, entrant, slice.first + i));
    onGame?.();
  }
  tally.seconds = (clock() - start) / 1000;
  return tally;
}

/** Every entrant on the same seeds, one after the other, in this thread: a tally per entrant. */
export function playTournament(scenario: Scenario, entrants: readonly Entrant[], range: SeedRange, clock: () => number, onGame?: () => void): TournamentTally[] {
  return entrants.map((entrant) => joinTallies(slicesOf(range).map((slice) => playSlice(scenario, entrant, slice, clock, onGame))));
}
