// The what-if page's module workers. A worker that finished its share is kept for the next
// run while the page is open: its engine has compiled the game's code by then, and the first
// thousand continuations of a fresh worker run about half as fast as later ones. A cancelled
// run's workers are terminated; closing the page terminates the rest.
import type { StartWorker, WorkerHandle } from './whatif-pool.ts';
import { gameWords } from '../../present/index.ts';

export interface WorkerShelf {
  start: StartWorker;
  /** Starts workers ahead of the first run, so their code is loaded when it begins. */
  prestart(count: number): void;
  /** Terminates the idle workers (the page is closing). */
  close(): void;
}

export function workerShelf(): WorkerShelf {
  const idle: Worker[] = [];
  let closed = false;
  const create = () => new Worker(new URL('./whatif-worker.ts', import.meta.url), { type: 'module' });
  const unbind = (worker: Worker) => {
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
  };
  const start: StartWorker = (onReply, onFailure): WorkerHandle => {
    const worker = idle.pop() ?? create();
    worker.onmessage = (event: MessageEvent<unknown>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onFailure(event.message || gameWords().replays.whatIf.workerNotStarted);
    };
    worker.onmessageerror = () => onFailure(gameWords().replays.whatIf.workerUnreadable);
    return {
      post: (request) => worker.postMessage(request),
      stop: () => {
        unbind(worker);
        worker.terminate();
      },
      release: () => {
        unbind(worker);
        if (closed) worker.terminate();
        else idle.push(worker);
      },
    };
  };
  return {
    start,
    prestart(count) {
      while (!closed && idle.length < count) idle.push(create());
    },
    close() {
      closed = true;
      for (const worker of idle.splice(0)) worker.terminate();
    },
  };
}
