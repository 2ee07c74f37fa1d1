// Playing a tournament on several threads: this one and `threads - 1` workers. Each takes the
// next slice of seeds in turn; a slice's tally is kept in its place and the tallies are joined
// in seed order, so the result does not depend on how many threads played or which slice
// finished first. This thread plays too: it has the entrants loaded already, and one worker
// fewer to start (each costs over half a second: a V8 isolate that loads the sources through tsx).
// Any list of runs is played the same way: `shuttle tune` plays variants of a scenario with it.
import { setImmediate as turn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { NumberChange, Scenario } from '../scenario/index.ts';
import { joinTallies, playSlice, slicesOf, type Entrant, type SeedRange, type TournamentTally } from '../sim/index.ts';
import { CliError } from './scenarios.ts';
import type { EntrantSpec } from './tournament-entrants.ts';
import type { Task, WorkerReply, WorkerSetup } from './tournament-protocol.ts';
import { variantsOf } from './tournament-variants.ts';

const WORKER_ENTRY = new URL('./tournament-worker.mjs', import.meta.url);

/** Slices a worker holds at once: the next one is waiting while this thread is busy with its own. */
const IN_FLIGHT = 2;

/** One entrant on a range of seeds, on the scenario or on a variant of it (some numbers set). */
export interface Run {
  entrant: number;
  range: SeedRange;
  changes?: NumberChange[];
}

export interface RunsJob {
  scenario: Scenario;
  specs: EntrantSpec[];
  /** The same entrants, loaded, for this thread. */
  entrants: Entrant[];
  runs: Run[];
  threads: number;
  /** Whether this thread plays slices too (default true); if not, `threads - 1` workers play them all. */
  playHere?: boolean;
  /** Called with the number of games just finished. */
  onGames?: (games: number) => void;
}

export interface PoolJob extends Omit<RunsJob, 'runs'> {
  range: SeedRange;
}

/** A tally per entrant, in the order of the specs. */
export function playInThreads(job: PoolJob): Promise<TournamentTally[]> {
  return playRuns({ ...job, runs: job.specs.map((_, entrant) => ({ entrant, range: job.range })) });
}

/** A tally per run, in the order of the runs. */
export async function playRuns(job: RunsJob): Promise<TournamentTally[]> {
  const sliced = job.runs.map((run) => slicesOf(run.range));
  const tasks: Task[] = [];
  const firstTask: number[] = [];
  job.runs.forEach((run, r) => {
    firstTask.push(tasks.length);
    for (const slice of sliced[r]!) tasks.push({ id: tasks.length, entrant: run.entrant, slice, ...(run.changes ? { changes: run.changes } : {}) });
  });
  const variant = variantsOf(job.scenario);
  const tallies: TournamentTally[] = [];
  let next = 0;
  let finished = 0;
  let failure: Error | null = null;
  // Wakes this thread when it waits for the workers' last slices.
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  const fail = (err: Error) => {
    failure ??= err;
    signal();
  };
  const done = (id: number, tally: TournamentTally) => {
    tallies[id] = tally;
    finished++;
    job.onGames?.(tally.games);
    signal();
  };

  const workers: Worker[] = [];
  const setup: WorkerSetup = { scenario: job.scenario, specs: job.specs };
  const feed = (worker: Worker) => {
    if (next < tasks.length && !failure) worker.postMessage(tasks[next++]);
  };
  const workerCount = Math.max(job.playHere === false ? 1 : 0, Math.min(job.threads, tasks.length) - 1);
  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(WORKER_ENTRY, { workerData: setup });
    workers.push(worker);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'failed') fail(new CliError(reply.message, reply.exitCode));
      else if (reply.type === 'ready') for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      else {
        done(reply.id, reply.tally);
        feed(worker);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (finished < tasks.length) fail(new Error(`a tournament worker stopped (exit code ${code}) before the games were played`));
    });
  }

  try {
    // This thread takes slices like a worker; between two it lets the workers' replies in.
    while (finished < tasks.length && !failure) {
      if (next < tasks.length && job.playHere !== false) {
        const task = tasks[next++]!;
        done(task.id, playSlice(variant(task.changes), job.entrants[task.entrant]!, task.slice, () => performance.now()));
        await turn();
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return job.runs.map((_, r) => joinTallies(tallies.slice(firstTask[r], firstTask[r]! + sliced[r]!.length)));
}
