// The class server under a class: 10 games, each with a mediator, two delegations played by
// people and an observer, plus the teacher watching every game, all on loopback. Each mediator
// plays at a person's brisk pace (an act every 200 ms) and each delegation answers its questions.
// Measured: the round trip of an act (sent → acknowledged and its update applied, at the sender),
// whether any device lost, duplicated or reordered an event, and the server's memory per game.
import type { GameEvent } from '../src/machine/index.ts';
import type { MediatorWire, StudentRole } from '../src/net/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo } from '../tests/server/helpers.ts';

export interface ClassServerBench {
  games: number;
  devices: number;
  acts: number;
  p50: number;
  p95: number;
  p99: number;
  lost: number;
  duplicated: number;
  reordered: number;
  heapPerGameMb: number;
}

/** The server's heap after a full collection, in MB. */
async function heapMb(base: string): Promise<number> {
  const h = (await (await fetch(`${base}/api/health?gc`)).json()) as { memory: { heapUsed: number } };
  return h.memory.heapUsed / 2 ** 20;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The mediator's next act: walk to a room, listen, walk back; a recess when the day runs low. */
function nextMove(view: MediatorWire, turn: number): GameEvent | null {
  if (view.phase === 'over' || view.phase === 'answering') return null;
  if (view.phase === 'briefing') return { type: 'BEGIN' };
  if (view.phase === 'interlude') return { type: 'CONTINUE' };
  const legal = (e: GameEvent) => view.legal.some((l) => JSON.stringify(l) === JSON.stringify(e));
  const s = view.state;
  if (s.hoursLeft < 3) return { type: 'RECESS' };
  if (s.location === 'majlis') return { type: 'WALK', to: s.sides[turn % 2]!.id };
  if (legal({ type: 'LISTEN' }) && turn % 3 !== 2) return { type: 'LISTEN' };
  return { type: 'WALK', to: 'majlis' };
}

export async function benchClassServer(games = 10, actsPerGame = 40): Promise<ClassServerBench> {
  const server = await startServerProcess({ env: { LOG_REFUSALS: '0', NODE_OPTIONS: '--expose-gc' } });
  try {
    const baseline = await heapMb(server.base);
    const opened = await openClass(server.base, { games, people: [true, true] });
    const all: Device[] = [];
    const mediators: Device[] = [];
    const answerers: Promise<void>[] = [];
    let done = false;
    for (let g = 0; g < games; g++) {
      for (const role of ['mediator', 'delegation0', 'delegation1', 'observer'] as StudentRole[]) {
        const s = await takeSeat(server.base, opened.code, g, role);
        const d = await Device.connect(server.base, s.roomId, s.token);
        all.push(d);
        if (role === 'mediator') mediators.push(d);
        if (role === 'delegation0' || role === 'delegation1') {
          // A delegation answers each question put to it, as soon as it sees it.
          answerers.push(
            (async () => {
              while (!done) {
                const v = d.mirror.view;
                if (v.kind === 'delegation' && v.question) await d.act({ type: 'ANSWER', accept: true });
                await sleep(20);
              }
            })(),
          );
        }
      }
    }
    const info = await teacherInfo<{ games: { roomId: string }[] }>(server.base, opened);
    for (const g of info.games) all.push(await Device.connect(server.base, g.roomId, opened.teacherToken));
    const trips: number[] = [];
    await Promise.all(
      mediators.map(async (m, g) => {
        for (let turn = 0, acted = 0; acted < actsPerGame && turn < actsPerGame * 4; turn++) {
          await sleep(200);
          const view = m.mirror.view as MediatorWire;
          if (view.phase === 'over') break;
          const move = nextMove(view, turn + g);
          if (!move) continue;
          const start = performance.now();
          const r = await m.act(move);
          if (isAck(r)) {
            trips.push(performance.now() - start);
            acted++;
          }
        }
      }),
    );
    done = true;
    await Promise.all(answerers);
    await sleep(500);
    const heap = await heapMb(server.base);
    // Every device's log: 1, 2, 3… with nothing missing, repeated or out of order, the same as its game's mediator's.
    let lost = 0;
    let duplicated = 0;
    let reordered = 0;
    for (const d of all) {
      const seqs = d.mirror.log.map((l) => l.seq);
      const mediator = mediators.find((m) => m.mirror.info.game === d.mirror.info.game)!;
      lost += Math.max(0, mediator.mirror.seq - new Set(seqs).size);
      duplicated += seqs.length - new Set(seqs).size;
      reordered += seqs.filter((s, i) => s !== i + 1).length;
    }
    for (const d of all) await d.leave().catch(() => undefined);
    trips.sort((a, b) => a - b);
    return {
      games,
      devices: all.length,
      acts: trips.length,
      p50: quantile(trips, 0.5),
      p95: quantile(trips, 0.95),
      p99: quantile(trips, 0.99),
      lost,
      duplicated,
      reordered,
      heapPerGameMb: (heap - baseline) / games,
    };
  } finally {
    await server.stop();
    removeData(server.dataDir);
  }
}

export function classServerLines(b: ClassServerBench): string[] {
  return [
    `${b.games} games, ${b.devices} devices (mediator, two delegations and an observer per game, and the teacher in each), loopback, PGlite`,
    `act round trip (sent → acknowledged and applied), ${b.acts} acts: p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms (limit 50 ms), p99 ${b.p99.toFixed(1)} ms`,
    `events lost ${b.lost}, duplicated ${b.duplicated}, reordered ${b.reordered} (limit 0 each)`,
    `server memory per game (heap after a full collection, game and its devices' connections): ${b.heapPerGameMb.toFixed(2)} MB`,
  ];
}

// Run on its own: `npx tsx bench/class-server.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of classServerLines(await benchClassServer())) process.stdout.write(`${line}\n`);
}
