// The messages between the tournament's main thread and its workers (structured clones: plain data).
import type { NumberChange, Scenario } from '../scenario/index.ts';
import type { SeedRange, TournamentTally } from '../sim/index.ts';
import type { EntrantSpec } from './tournament-entrants.ts';

/** What a worker starts with (workerData). */
export interface WorkerSetup {
  scenario: Scenario;
  specs: EntrantSpec[];
}

/** One slice of work: an entrant on a slice of the seeds, on the scenario or a variant of it. */
export interface Task {
  id: number;
  entrant: number;
  slice: SeedRange;
  /** The numbers the variant sets (`shuttle tune`); none: the scenario as it is. */
  changes?: NumberChange[];
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; tally: TournamentTally }
  /** The worker could not load its entrants (a module that loaded in the main thread failed here). */
  | { type: 'failed'; message: string; exitCode: 1 | 2 };
