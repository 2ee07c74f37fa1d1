// Playing the seeds: every entrant gets the same seeds, first .. first + count - 1. Games are
// independent, so any split of the seeds into slices (for workers) gives the same records.
import type { Scenario } from '../../scenario/index.ts';
import { playEntrant } from './game.ts';
import type { Entrant, EntrantRun } from './types.ts';

export interface SeedRange {
  first: number;
  count: number;
}

/** The seed range as slices of at most `size` seeds, in order. */
export function sliceSeeds(range: SeedRange, size: number): SeedRange[] {
  const slices: SeedRange[] = [];
  for (let done = 0; done < range.count; done += size) slices.push({ first: range.first + done, count: Math.min(size, range.count - done) });
  return slices;
}

/** Plays one entrant on a range of seeds. `clock` is the shell's timer (milliseconds). */
export function playSeeds(scenario: Scenario, entrant: Entrant, range: SeedRange, clock: () => number, onGame?: () => void): EntrantRun {
  const start = clock();
  const records = [];
  for (let i = 0; i < range.count; i++) {
    records.push(playEntrant(scenario, entrant, range.first + i));
    onGame?.();
  }
  return { records, seconds: (clock() - start) / 1000 };
}

/** Every entrant on the same seeds, one after the other, in this thread. */
export function playTournament(scenario: Scenario, entrants: readonly Entrant[], range: SeedRange, clock: () => number, onGame?: () => void): EntrantRun[] {
  return entrants.map((entrant) => playSeeds(scenario, entrant, range, clock, onGame));
}

/** The runs of one entrant's slices joined in seed order (slices given in any order). */
export function joinRuns(parts: readonly { first: number; run: EntrantRun }[]): EntrantRun {
  const sorted = [...parts].sort((a, b) => a.first - b.first);
  return { records: sorted.flatMap((p) => p.run.records), seconds: sorted.reduce((s, p) => s + p.run.seconds, 0) };
}
