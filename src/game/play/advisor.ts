// The advisor's client: asks the seasoned mediator in a module worker (one per game, started on
// first use and kept warm), since a planner's decision can take well over 100 ms. Measured over
// whole games: in Node, 12 ms median, 39 ms p95, 154 ms at most; in Chromium, from the key to
// the words on screen, 65 ms median, 115 to 235 ms p95, 400 to 930 ms for the first (the
// worker's code loading), with no long task on the page's thread meanwhile. If no worker can
// start, it answers on the page's thread after a short pause, so the "thinking" indicator shows
// first. The answer is the same either way (advisor-work.ts).
import type { AdviceReply, AdviceRequest } from './advisor-protocol.ts';
import { readReply } from './advisor-protocol.ts';
import { answerAdvice } from './advisor-work.ts';

export interface Advisor {
  ask(request: Omit<AdviceRequest, 'id'>): Promise<AdviceReply>;
  stop(): void;
}

/** Starts the worker, or null where workers are not available. */
export type StartAdvisorWorker = () => Worker | null;

export const startAdvisorWorker: StartAdvisorWorker = () => (typeof Worker === 'function' ? new Worker(new URL('./advisor-worker.ts', import.meta.url), { type: 'module' }) : null);

export function createAdvisor(start: StartAdvisorWorker = startAdvisorWorker): Advisor {
  let worker: Worker | null = null;
  let broken = false;
  let next = 1;
  const pending = new Map<number, { request: AdviceRequest; resolve: (reply: AdviceReply) => void }>();

  const onThread = (request: AdviceRequest, resolve: (reply: AdviceReply) => void) => {
    setTimeout(() => resolve(answerAdvice(request)), 30);
  };
  // A worker that fails hands its questions to the page's thread, and is not asked again.
  const fail = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, p] of [...pending]) {
      pending.delete(id);
      onThread(p.request, p.resolve);
    }
  };
  const started = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = start();
    } catch {
      worker = null;
    }
    if (!worker) {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = readReply(event.data);
      const p = reply ? pending.get(reply.id) : undefined;
      if (!reply || !p) return;
      pending.delete(reply.id);
      p.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = () => fail();
    return worker;
  };

  return {
    ask(question) {
      const request: AdviceRequest = { ...question, id: next++ };
      return new Promise<AdviceReply>((resolve) => {
        const w = started();
        if (!w) return onThread(request, resolve);
        pending.set(request.id, { request, resolve });
        try {
          w.postMessage(request);
        } catch {
          // Something in the request would not clone: the page's thread answers instead.
          pending.delete(request.id);
          onThread(request, resolve);
        }
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
