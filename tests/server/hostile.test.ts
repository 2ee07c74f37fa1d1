// Hostile clients get nowhere: malformed, oversized and undecodable messages, events for
// another role, replayed and out-of-order act numbers and floods are refused (and counted in
// the server's log); none crashes the room or changes the game. Tokens are unguessable, and a
// student's device never receives the teacher's.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import type { OpenedClass, SeatTaken } from '../../src/net/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, type ServerProcess } from './helpers.ts';

let server: ServerProcess;
let opened: OpenedClass;
let seat: SeatTaken;
let mediator: Device;
let watcher: Device;

beforeAll(async () => {
  server = await startServerProcess();
  opened = await openClass(server.base, { games: 2, people: [true, true] });
  seat = await takeSeat(server.base, opened.code, 0, 'mediator');
  mediator = await Device.connect(server.base, seat.roomId, seat.token);
  const w = await takeSeat(server.base, opened.code, 0, 'observer');
  watcher = await Device.connect(server.base, w.roomId, w.token);
  expect(isAck(await mediator.act({ type: 'BEGIN' }))).toBe(true);
});

/** Lets each device's allowance of acts fill up again between groups of tests. */
beforeEach(() => new Promise((resolve) => setTimeout(resolve, 2100)));

afterAll(async () => {
  await server?.stop();
  removeData(server.dataDir);
});

/** The game still answers: a new device joins and sees it as it stands. */
async function stillPlays(): Promise<void> {
  const s = await takeSeat(server.base, opened.code, 0, 'observer');
  const d = await Device.connect(server.base, s.roomId, s.token);
  expect(d.mirror.seq).toBe(mediator.mirror.seq);
  await d.leave();
}

describe('malformed and oversized messages', () => {
  it('refuses acts that do not fit the protocol or the event schema, and the game does not move', async () => {
    const seq = mediator.mirror.seq;
    const n = () => mediator.mirror.act({ type: 'LISTEN' }).n;
    for (const bad of [null, 42, 'act', [], {}, { n: 'x', at: 0, event: {} }, { n: n(), at: seq }, { n: n(), at: seq, event: { type: 'WALK' } }, { n: n(), at: seq, event: { type: 'NUKE' } }, { n: n(), at: seq, event: { type: 'WALK', to: 'majlis', extra: 1 } }, { n: n(), at: seq, event: { type: '__proto__' } }]) {
      expect(await mediator.sendRaw('act', bad), JSON.stringify(bad)).toMatchObject({ reason: expect.stringMatching(/malformed|out-of-order|replayed/) });
    }
    expect(await mediator.sendRaw('nonsense', { hello: 1 })).toMatchObject({ reason: 'malformed' });
    expect(mediator.mirror.seq).toBe(seq);
    // Acts the server could not read never used up a number: the device learns where it stands.
    await mediator.resync();
  });

  it('refuses an oversized message, and cuts a connection that sends a huge frame', async () => {
    const big = { n: mediator.mirror.act({ type: 'LISTEN' }).n, at: mediator.mirror.seq, event: { type: 'SPEAK', message: 'x'.repeat(5000) } };
    expect(await mediator.sendRaw('act', big)).toMatchObject({ reason: 'too-large' });
    const s = await takeSeat(server.base, opened.code, 0, 'observer');
    const victim = await Device.connect(server.base, s.roomId, s.token);
    victim.room.send('act', { n: 1, at: 0, event: { type: 'SPEAK', message: 'y'.repeat(40_000) } });
    await victim.closedByServer();
  });

  it('ignores bytes that are not a message at all', async () => {
    const seq = mediator.mirror.seq;
    mediator.room.connection.send(new Uint8Array([250, 1, 2, 3, 4, 5, 255, 0, 13]));
    const refusals = mediator.count('refused');
    mediator.room.sendBytes('act', new Uint8Array([1, 2, 3]));
    await mediator.until(() => mediator.count('refused') === refusals + 1);
    const r = await mediator.act({ type: 'WALK', to: 'iran' });
    expect(r, JSON.stringify(r)).toMatchObject({ seq: seq + 1 });
  });
});

describe('act numbers', () => {
  it('refuses an act sent again (replayed): it is not applied twice', async () => {
    const act = mediator.mirror.act({ type: 'WALK', to: 'majlis' });
    expect(isAck(await mediator.sendRaw('act', act))).toBe(true);
    const seq = mediator.mirror.seq;
    expect(await mediator.sendRaw('act', act)).toMatchObject({ reason: 'replayed' });
    expect(await mediator.sendRaw('act', { ...act, n: act.n - 1 })).toMatchObject({ reason: 'replayed' });
    await watcher.until(() => watcher.mirror.seq === seq + 0 || watcher.mirror.seq >= seq);
    expect(mediator.mirror.seq).toBe(seq + 0);
  });

  it('refuses an act numbered ahead of the next (out of order)', async () => {
    const act = mediator.mirror.act({ type: 'WALK', to: 'iran' });
    expect(await mediator.sendRaw('act', { ...act, n: act.n + 5 })).toMatchObject({ reason: 'out-of-order' });
    // The number skipped is still the next one.
    expect(isAck(await mediator.sendRaw('act', { ...act, at: mediator.mirror.seq }))).toBe(true);
  });
});

describe('roles and tokens', () => {
  it('refuses a guessed token, a token of another game, and the teacher’s events from a student', async () => {
    await expect(new Client(server.base).joinById(seat.roomId, { token: 'A'.repeat(32) })).rejects.toThrow();
    await expect(new Client(server.base).joinById(seat.roomId.replace(/_0$/, '_1'), { token: seat.token })).rejects.toThrow();
    expect(await mediator.act({ type: 'TEACHER_EXTEND', hours: 5 })).toMatchObject({ reason: 'role' });
    expect(await watcher.act({ type: 'RECESS' })).toMatchObject({ reason: 'role' });
  });

  it('gives every device its own random token, and never the teacher’s to a student', async () => {
    const a = await takeSeat(server.base, opened.code, 1, 'delegation0');
    const b = await takeSeat(server.base, opened.code, 1, 'delegation0');
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    const join = await (await fetch(`${server.base}/api/join/${opened.code}`)).text();
    for (const text of [join, JSON.stringify(a), JSON.stringify(mediator.received), JSON.stringify(watcher.received)]) expect(text).not.toContain(opened.teacherToken);
    const denied = await fetch(`${server.base}/api/classes/${opened.classId}/saves`, { headers: { authorization: `Bearer ${seat.token}` } });
    expect(denied.status).toBe(403);
  });
});

describe('floods', () => {
  it('refuses acts over the rate, then cuts the connection; the game is unchanged and goes on', async () => {
    const s = await takeSeat(server.base, opened.code, 0, 'observer');
    const flooder = await Device.connect(server.base, s.roomId, s.token);
    const seq = mediator.mirror.seq;
    for (let i = 0; i < 120; i++) flooder.room.send('act', flooder.mirror.act({ type: 'RECESS' }));
    await flooder.closedByServer();
    expect(server.output.join('')).toContain('flooding: connection cut');
    expect(mediator.mirror.seq).toBe(seq);
    const health = (await (await fetch(`${server.base}/api/health`)).json()) as { refusals: Record<string, number> };
    expect(health.refusals.rate).toBeGreaterThan(0);
    expect(health.refusals.malformed).toBeGreaterThan(0);
    expect(isAck(await mediator.act({ type: 'WALK', to: 'majlis' }))).toBe(true);
    await stillPlays();
  });
});
