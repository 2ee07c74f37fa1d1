// How many cores other work leaves idle now, measured over a short wait. A second thread only
// pays when a core is free for it: on this project's 2-core machine, busy with other sessions'
// work, two threads played a tournament slower than one (Linux shares the CPU between sessions,
// so a second thread only halved the first one's time, and the worker had to start too).
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

function totals(): { idle: number; all: number } {
  let idle = 0;
  let all = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    all += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, all };
}

/** The idle cores over `ms` milliseconds (this process waits meanwhile), at least 1. */
export async function idleCores(ms = 150): Promise<number> {
  const before = totals();
  await sleep(ms);
  const after = totals();
  const all = after.all - before.all;
  const idleShare = all > 0 ? (after.idle - before.idle) / all : 1;
  return Math.max(1, Math.round(idleShare * cpus().length));
}
