// A tournament worker: loads the entrants from their specs, then plays the slices of seeds it is
// sent and posts each slice's tally back. Started through tournament-worker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { playSlice, type Entrant } from '../sim/index.ts';
import { loadEntrant } from './tournament-entrants.ts';
import type { Task, WorkerReply, WorkerSetup } from './tournament-protocol.ts';
import { CliError } from './scenarios.ts';
import { variantsOf } from './tournament-variants.ts';

const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);
const { scenario, specs } = workerData as WorkerSetup;
const variant = variantsOf(scenario);

function serve(entrants: readonly Entrant[]): void {
  port.on('message', (task: Task) => {
    const tally = playSlice(variant(task.changes), entrants[task.entrant]!, task.slice, () => performance.now());
    post({ type: 'done', id: task.id, tally });
  });
  post({ type: 'ready' });
}

try {
  serve(await Promise.all(specs.map(loadEntrant)));
} catch (err) {
  // Told to the main thread, which ends every worker; this one then has nothing left to do.
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err), exitCode: err instanceof CliError ? err.exitCode : 1 });
}
