// The what-if pool: workers (here run in-process, each message delivered on its own turn as a
// real worker's would be) split the work, their counts add up to the single-threaded answer,
// a cancel stops them all and keeps what they reported, and a bad reply is refused.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../../src/machine/game.ts';
import { POLICIES, policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { planWhatIf, summarise, whatIf } from '../../../src/sim/whatif.ts';
import { runPool, workerCount, type StartWorker } from '../../../src/game/replays/whatif-pool.ts';
import type { WhatIfReply } from '../../../src/game/replays/whatif-protocol.ts';
import { answerRequest } from '../../../src/game/replays/whatif-work.ts';
import { loadMini } from '../../fixtures/mini.ts';

const scenario = loadMini();
const settings = settingsFor(4);
const events = playGame(scenario, policyByName('broker')!, 4).events;
const request = { scenario, settings, events, at: 5, runs: 60, policies: POLICIES.map((p) => p.name), runsPerDecision: 4, maxDecisions: 40, hidden: 'beliefs' as const };
const plan = planWhatIf({ ...request, policies: POLICIES });

interface Fake {
  start: StartWorker;
  started: number;
  stopped: number;
  released: number;
}

/** Workers that answer in-process; `tamper` may replace a reply before it is delivered. */
function fakeWorkers(tamper?: (reply: WhatIfReply, part: number) => unknown): Fake {
  const fake: Fake = {
    started: 0,
    stopped: 0,
    released: 0,
    start: (onReply) => {
      const part = fake.started++;
      let stopped = false;
      const queue: unknown[] = [];
      const pump = () => {
        if (stopped || queue.length === 0) return;
        onReply(queue.shift());
        setTimeout(pump, 0);
      };
      return {
        post: (req) => {
          answerRequest(structuredClone(req), (reply) => queue.push(tamper ? tamper(structuredClone(reply), part) : structuredClone(reply)));
          setTimeout(pump, 0);
        },
        stop: () => {
          if (!stopped) fake.stopped++;
          stopped = true;
        },
        release: () => {
          fake.released++;
        },
      };
    },
  };
  return fake;
}

describe('runPool', () => {
  it('splits the continuations between workers and adds up to the single-threaded result', async () => {
    const single = whatIf({ ...request, policies: POLICIES });
    for (const workers of [1, 3]) {
      const fake = fakeWorkers();
      const progress: number[] = [];
      const run = runPool(plan, request, { workers, start: fake.start, clock: () => 0, every: 10, onProgress: (p) => progress.push(p.done) });
      const r = await run.result;
      expect(r.cancelled).toBe(false);
      expect(r.workers).toBe(workers);
      expect(fake.started).toBe(workers);
      expect(r.tally.done).toBe(plan.total);
      expect(summarise(plan, r.tally, false)).toEqual(single);
      expect(progress.at(-1)).toBe(plan.total);
      // Done: kept for the next run, not stopped.
      expect(fake.released).toBe(workers);
      expect(fake.stopped).toBe(0);
    }
  });

  it('stops every worker on cancel and keeps the counts they reported', async () => {
    const fake = fakeWorkers();
    let run: ReturnType<typeof runPool> | null = null;
    let reports = 0;
    run = runPool(plan, request, { workers: 2, start: fake.start, clock: () => 0, every: 5, onProgress: () => ++reports === 3 && run!.cancel() });
    const r = await run.result;
    expect(r.cancelled).toBe(true);
    expect(fake.stopped).toBe(2);
    expect(fake.released).toBe(0);
    expect(r.tally.done).toBeGreaterThan(0);
    expect(r.tally.done).toBeLessThan(plan.total);
    const counted = [...r.tally.perPolicy, ...r.tally.moves].reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(r.tally.done);
    expect(summarise(plan, r.tally, true).cancelled).toBe(true);
  });

  it('refuses a reply it does not understand, and stops the workers', async () => {
    const fake = fakeWorkers((reply, part) => (part === 1 && reply.type === 'progress' ? { ...reply, tally: { ...reply.tally, done: -1 } } : reply));
    await expect(runPool(plan, request, { workers: 2, start: fake.start, clock: () => 0, every: 10 }).result).rejects.toThrow(/does not understand/);
    expect(fake.stopped).toBe(2);
  });

  it('refuses counts for another plan, and passes on a worker’s own error', async () => {
    const other = fakeWorkers((reply) => (reply.type === 'error' ? reply : { ...reply, tally: { ...reply.tally, moves: [] } }));
    await expect(runPool(plan, request, { workers: 2, start: other.start, clock: () => 0 }).result).rejects.toThrow(/different set/);
    const broken = fakeWorkers();
    await expect(runPool(plan, { ...request, policies: ['nobody'] }, { workers: 2, start: broken.start, clock: () => 0 }).result).rejects.toThrow(/no policy "nobody"/);
  });

  it('uses one worker per core, from 1 to 8', () => {
    expect([undefined, 0, 1, 2, 4, 64, Number.NaN].map(workerCount)).toEqual([1, 1, 1, 2, 4, 8, 1]);
  });
});
