// Playing a tournament on worker threads. Idle workers take the slices of seeds in turn; each
// slice's tally is kept in its place and the tallies are joined in seed order, so the result does
// not depend on how many workers played or which slice finished first.
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/index.ts';
import { joinTallies, slicesOf, type SeedRange, type TournamentTally } from '../sim/index.ts';
import { CliError } from './scenarios.ts';
import type { EntrantSpec } from './tournament-entrants.ts';
import type { Task, WorkerReply, WorkerSetup } from './tournament-protocol.ts';

const WORKER_ENTRY = new URL('./tournament-worker.mjs', import.meta.url);

export interface PoolJob {
  scenario: Scenario;
  specs: EntrantSpec[];
  range: SeedRange;
  workers: number;
  /** Called with the number of games just finished. */
  onGames?: (games: number) => void;
}

/** A tally per entrant, in the order of the specs. */
export function playInWorkers(job: PoolJob): Promise<TournamentTally[]> {
  const slices = slicesOf(job.range);
  const tasks: Task[] = job.specs.flatMap((_, entrant) => slices.map((slice, i) => ({ id: entrant * slices.length + i, entrant, slice })));
  const tallies: TournamentTally[] = [];
  const setup: WorkerSetup = { scenario: job.scenario, specs: job.specs };
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;

  return new Promise<TournamentTally[]>((resolve, reject) => {
    let settled = false;
    const end = (failure: Error | null) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (failure) reject(failure);
      else resolve(job.specs.map((_, e) => joinTallies(tallies.slice(e * slices.length, (e + 1) * slices.length))));
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
    };
    for (let i = 0; i < Math.max(1, Math.min(job.workers, tasks.length)); i++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'failed') return end(new CliError(reply.message, reply.exitCode));
        if (reply.type === 'done') {
          tallies[reply.id] = reply.tally;
          job.onGames?.(reply.tally.games);
          if (++finished === tasks.length) return end(null);
        }
        feed(worker);
      });
      worker.on('error', (err) => end(err));
      worker.on('exit', (code) => {
        if (!settled) end(new Error(`a tournament worker stopped (exit code ${code}) before the games were played`));
      });
    }
  });
}
