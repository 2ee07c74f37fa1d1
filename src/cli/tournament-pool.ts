// Playing a tournament on worker threads. The seeds of each entrant are cut into slices that
// idle workers take in turn; the slices come back as records that are joined in seed order, so
// the result does not depend on how many workers played or which slice finished first.
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/index.ts';
import { joinRuns, sliceSeeds, type EntrantRun, type SeedRange } from '../sim/index.ts';
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

/** Slices small enough to share the work out evenly, large enough to keep the messages few. */
function sliceSize(range: SeedRange, workers: number): number {
  return Math.max(1, Math.min(50, Math.ceil(range.count / (4 * workers))));
}

export function playInWorkers(job: PoolJob): Promise<EntrantRun[]> {
  const tasks: Task[] = job.specs.flatMap((_, entrant) => sliceSeeds(job.range, sliceSize(job.range, job.workers)).map((range) => ({ id: 0, entrant, range })));
  tasks.forEach((t, i) => (t.id = i));
  const parts: { first: number; run: EntrantRun }[][] = job.specs.map(() => []);
  const setup: WorkerSetup = { scenario: job.scenario, specs: job.specs };
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;

  return new Promise<EntrantRun[]>((resolve, reject) => {
    let settled = false;
    const end = (failure: Error | null) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (failure) reject(failure);
      else resolve(parts.map((p) => joinRuns(p)));
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
    };
    const count = Math.max(1, Math.min(job.workers, tasks.length));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'failed') return end(new CliError(reply.message, reply.exitCode));
        if (reply.type === 'done') {
          const task = tasks[reply.id]!;
          parts[task.entrant]!.push({ first: task.range.first, run: reply.run });
          job.onGames?.(task.range.count);
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
