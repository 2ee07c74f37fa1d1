// Runs a what-if plan in several workers at once: each plays every k-th continuation, reports
// its counts as it goes, and the pool adds them up. Cancelling stops every worker at once and
// keeps the last counts each one reported, so a partial result is still a fair sample; after a
// full run the workers are released for the next one.
// No DOM here: the page passes the way to start a worker (a test passes one that runs in-process).
import { emptyTally, mergeTallies, type WhatIfPlan, type WhatIfTally } from '../../sim/index.ts';
import { fitsPlan, WhatIfReplySchema, type WhatIfRequest } from './whatif-protocol.ts';
import { gameWords } from '../../present/index.ts';

export interface WorkerHandle {
  post(request: WhatIfRequest): void;
  /** Ends the worker at once, whatever it is doing. */
  stop(): void;
  /** The worker finished its share: it may serve the next run (its compiled code stays warm). */
  release?(): void;
}

/** Starts one worker; it calls back with each message it sends, or once if it fails. */
export type StartWorker = (onReply: (data: unknown) => void, onFailure: (message: string) => void) => WorkerHandle;

export type PoolRequest = Omit<WhatIfRequest, 'type' | 'part' | 'parts' | 'every'>;

export interface PoolProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** From the pace so far; null until something is done. */
  remainingMs: number | null;
}

export interface PoolResult {
  tally: WhatIfTally;
  cancelled: boolean;
  workers: number;
  elapsedMs: number;
}

export interface PoolRun {
  readonly result: Promise<PoolResult>;
  readonly workers: number;
  cancel(): void;
}

export interface PoolOptions {
  workers: number;
  start: StartWorker;
  /** The shell's clock (performance.now in the browser). */
  clock: () => number;
  onProgress?: (progress: PoolProgress) => void;
  /** Each worker reports every this many continuations. */
  every?: number;
}

/** One worker per core, at least one and at most eight. */
export function workerCount(hardwareConcurrency: number | undefined): number {
  const n = Math.floor(hardwareConcurrency ?? 1);
  return Number.isFinite(n) ? Math.max(1, Math.min(8, n)) : 1;
}

export function runPool(plan: WhatIfPlan, request: PoolRequest, options: PoolOptions): PoolRun {
  const parts = Math.max(1, Math.min(Math.floor(options.workers), plan.total));
  const every = options.every ?? 50;
  const started = options.clock();
  const latest: WhatIfTally[] = Array.from({ length: parts }, () => emptyTally(plan));
  const finished: boolean[] = latest.map(() => false);
  const handles: WorkerHandle[] = [];
  let settled = false;
  let resolve!: (r: PoolResult) => void;
  let reject!: (e: Error) => void;
  const result = new Promise<PoolResult>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  const stopAll = () => {
    for (const h of handles) h.stop();
  };
  const settle = (cancelled: boolean) => {
    if (settled) return;
    settled = true;
    // A cancel stops every worker mid-run; after a full run they are idle and can be kept.
    if (cancelled) stopAll();
    else for (const h of handles) if (h.release) h.release(); else h.stop();
    resolve({ tally: mergeTallies(plan, latest), cancelled, workers: parts, elapsedMs: options.clock() - started });
  };
  const fail = (message: string) => {
    if (settled) return;
    settled = true;
    stopAll();
    reject(new Error(message));
  };
  const report = () => {
    const done = latest.reduce((n, t) => n + t.done, 0);
    const elapsedMs = options.clock() - started;
    options.onProgress?.({ done, total: plan.total, elapsedMs, remainingMs: done > 0 ? (elapsedMs / done) * (plan.total - done) : null });
  };
  // A worker's share: the continuations numbered part, part + parts, …
  const share = (part: number) => Math.ceil((plan.total - part) / parts);

  const onReply = (part: number, data: unknown) => {
    if (settled) return;
    const parsed = WhatIfReplySchema.safeParse(data);
    if (!parsed.success) return fail(gameWords().replays.whatIf.workerGarbled);
    const reply = parsed.data;
    if (reply.type === 'error') return fail(reply.message);
    if (!fitsPlan(reply.tally, plan.policies.length, plan.moves.length) || reply.tally.done > share(part)) return fail(gameWords().replays.whatIf.workerMiscounted);
    latest[part] = reply.tally;
    if (reply.type === 'done') {
      if (reply.tally.done !== share(part)) return fail(gameWords().replays.whatIf.workerStopped);
      finished[part] = true;
    }
    report();
    if (finished.every(Boolean)) settle(false);
  };

  for (let part = 0; part < parts; part++) {
    const handle = options.start(
      (data) => onReply(part, data),
      (message) => fail(message),
    );
    handles.push(handle);
  }
  handles.forEach((h, part) => h.post({ type: 'run', ...request, part, parts, every }));
  return { result, workers: parts, cancel: () => settle(true) };
}
