// When one machine is not enough: two server processes share the games through Redis (Colyseus's
// presence and driver) and Postgres (the logs). Games are opened on both; a device that asks one
// process joins a game the other hosts; the end of the class reaches every room. Skipped unless
// REDIS_URL and DATABASE_URL are set (.ci/run starts both on loopback).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { ClassInfo, OpenedClass } from '../../src/net/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type ServerProcess } from './helpers.ts';

const env = { REDIS_URL: process.env.REDIS_URL ?? '', DATABASE_URL: process.env.DATABASE_URL ?? '' };
const ready = env.REDIS_URL !== '' && env.DATABASE_URL !== '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function hosted(p: ServerProcess): Promise<string[]> {
  return ((await (await fetch(`${p.base}/api/health`)).json()) as { rooms: string[] }).rooms;
}

describe.skipIf(!ready)('two server processes with Redis and Postgres', () => {
  const procs: ServerProcess[] = [];
  let opened: OpenedClass;
  let info: ClassInfo;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      procs.push(await startServerProcess({ port, env: { ...env, PUBLIC_ADDRESS: `127.0.0.1:${port}` } }));
    }
    opened = await openClass(procs[0]!.base, { games: 4, people: [false, false] });
    info = await teacherInfo<ClassInfo>(procs[0]!.base, opened);
  });

  afterAll(async () => {
    for (const p of procs) {
      await p.stop();
      removeData(p.dataDir);
    }
  });

  it('opens the class’s games on both processes', async () => {
    const [a, b] = [await hosted(procs[0]!), await hosted(procs[1]!)];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(new Set([...a, ...b])).toEqual(new Set(info.games.map((g) => g.roomId)));
  });

  it('lets a device that asks one process play a game the other hosts, and both see the same log', async () => {
    const onB = (await hosted(procs[1]!)).find((id) => id.startsWith(opened.classId))!;
    const game = Number(onB.split('_').pop());
    const seat = await takeSeat(procs[0]!.base, opened.code, game, 'mediator');
    const mediator = await Device.connect(procs[0]!.base, seat.roomId, seat.token);
    expect(isAck(await mediator.act({ type: 'BEGIN' }))).toBe(true);
    expect(isAck(await mediator.act({ type: 'WALK', to: 'us' }))).toBe(true);
    const o = await takeSeat(procs[1]!.base, opened.code, game, 'observer');
    const observer = await Device.connect(procs[1]!.base, o.roomId, o.token);
    expect(observer.mirror.log.map((l) => l.event)).toEqual(mediator.mirror.log.map((l) => l.event));
    // The teacher's end of the class, asked of the first process, reaches the room on the second.
    await fetch(`${procs[0]!.base}/api/classes/${opened.classId}/end`, { method: 'POST', headers: { authorization: `Bearer ${opened.teacherToken}` } });
    await mediator.until(() => mediator.count('save') === 1);
    await observer.until(() => observer.count('save') === 1);
  });
});
