// Playing a tournament on several threads: this one and `threads - 1` workers. Each takes the
// next slice of seeds in turn; a slice's tally is kept in its place and the tallies are joined
// in seed order, so the result does not depend on how many threads played or which slice
// finished first. This thread plays too: it has the entrants loaded already, and one worker
// fewer to start (each costs over half a second: a V8 isolate that loads the sources through tsx).
import { setImmediate as turn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/index.ts';
import { joinTallies, playSlice, slicesOf, type Entrant, type SeedRange, type TournamentTally } from '../sim/index.ts';
import { CliError } from './scenarios.ts';
import type { EntrantSpec } from './tournament-entrants.ts';
import type { Task, WorkerReply, WorkerSetup } from './tournament-protocol.ts';

const WORKER_ENTRY = new URL('./tournament-worker.mjs', import.meta.url);

/** Slices a worker holds at once: the next one is waiting while this thread is busy with its own. */
const IN_FLIGHT = 2;

export interface PoolJob {
  scenario: Scenario;
  specs: EntrantSpec[];
  /** The same entrants, loaded, for this thread. */
  entrants: Entrant[];
  range: SeedRange;
  threads: number;
  /** Whether this thread plays slices too (default true); if not, `threads - 1` workers play them all. */
  playHere?: boolean;
  /** Called with the number of games just finished. */
  onGames?: (games: number) => void;
}

/** A tally per entrant, in the order of the specs. */
export async function playInThreads(job: PoolJob): Promise<TournamentTally[]> {
  const slices = slicesOf(job.range);
  const tasks: Task[] = job.specs.flatMap((_, entrant) => slices.map((slice, i) => ({ id: entrant * slices.length + i, entrant, slice })));
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
        done(task.id, playSlice(job.scenario, job.entrants[task.entrant]!, task.slice, () => performance.now()));
        await turn();
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return job.specs.map((_, e) => joinTallies(tallies.slice(e * slices.length, (e + 1) * slices.length)));
}
