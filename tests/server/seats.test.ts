// People come and go: a dropped connection gets its seat back within the grace, at the same
// question; a late device catches up from the log; a team's devices take the floor in turn; an
// absent delegation is covered by the AI (by the teacher, or by the server after the grace) and
// handed back, and the log, the ledger and the transcript say so; the AI mediator plays a game
// to its outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelegationWire, MediatorWire, OpenedClass, SeatStatus } from '../../src/net/index.ts';
import { Seats } from '../../src/server/seats.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type ServerProcess } from './helpers.ts';

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
});

afterAll(async () => {
  await server?.stop();
  removeData(server.dataDir);
});

async function teacherOf(opened: OpenedClass, game = 0): Promise<Device> {
  const info = await teacherInfo<{ games: { roomId: string }[] }>(server.base, opened);
  return Device.connect(server.base, info.games[game]!.roomId, opened.teacherToken);
}

const seatOf = (d: Device, role: string): SeatStatus | undefined => {
  const last = [...d.received].reverse().find(([t]) => t === 'seats');
  return (last?.[1] as SeatStatus[] | undefined)?.find((s) => s.role === role);
};

describe('the floor of a seat', () => {
  const device = (sessionId: string) => ({ sessionId, role: 'delegation0' as const, tokenHash: 't', lastN: 0, connected: true });

  it('goes to a device that joins while the one holding it is away (a page reloaded)', () => {
    const seats = new Seats();
    seats.add(device('old'));
    seats.setConnected('old', false);
    seats.add(device('new'));
    expect(seats.hasFloor('new')).toBe(true);
    // The old connection comes back within its grace: the floor stays where it is.
    seats.setConnected('old', true);
    expect(seats.hasFloor('new')).toBe(true);
    expect(seats.hasFloor('old')).toBe(false);
  });

  it('stays with a connected holder when a teammate joins', () => {
    const seats = new Seats();
    seats.add(device('first'));
    seats.add(device('second'));
    expect(seats.hasFloor('first')).toBe(true);
    expect(seats.hasFloor('second')).toBe(false);
  });
});

describe('a dropped connection', () => {
  it('comes back to the same seat and the same question within the grace', async () => {
    const opened = await openClass(server.base, { people: [true, true], graceSeconds: 20 });
    const m = await takeSeat(server.base, opened.code, 0, 'mediator');
    const u = await takeSeat(server.base, opened.code, 0, 'delegation0', 'Blue team');
    const mediator = await Device.connect(server.base, m.roomId, m.token);
    const us = await Device.connect(server.base, u.roomId, u.token);
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'us' }, { type: 'LISTEN' }] as const) expect(isAck(await mediator.act(e))).toBe(true);
    await us.until(() => (us.mirror.view as DelegationWire).question !== null);
    const question = (us.mirror.view as DelegationWire).question;

    // The network drops (not a leave): the SDK reconnects by itself.
    const resyncs = us.count('resync');
    us.room.connection.close(4010, 'network gone');
    await mediator.until(() => seatOf(mediator, 'delegation0')?.devices === 0);
    await us.until(() => us.count('resync') === resyncs + 1, 15_000);
    expect(us.mirror.info.role).toBe('delegation0');
    expect((us.mirror.view as DelegationWire).question).toEqual(question);
    await mediator.until(() => seatOf(mediator, 'delegation0')?.devices === 1);
    expect(seatOf(mediator, 'delegation0')?.team).toBe('Blue team');
    expect(isAck(await us.act({ type: 'ANSWER', accept: true }))).toBe(true);
  });
});

describe('a team of devices', () => {
  it('catches a late device up from the log and lets one device of a team speak at a time', async () => {
    const opened = await openClass(server.base, { people: [false, false] });
    const a = await takeSeat(server.base, opened.code, 0, 'mediator');
    const first = await Device.connect(server.base, a.roomId, a.token);
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }, { type: 'LISTEN' }] as const) expect(isAck(await first.act(e))).toBe(true);
    const b = await takeSeat(server.base, opened.code, 0, 'mediator');
    const late = await Device.connect(server.base, b.roomId, b.token);
    expect(late.mirror.seq).toBe(3);
    expect(late.mirror.log.map((l) => l.event?.type)).toEqual(['BEGIN', 'WALK', 'LISTEN']);
    expect(JSON.stringify(late.mirror.view)).toBe(JSON.stringify(first.mirror.view));
    expect(await late.act({ type: 'WALK', to: 'majlis' })).toMatchObject({ reason: 'floor' });
    late.room.send('floor', {});
    await late.until(() => late.received.some(([t, p]) => t === 'floor' && (p as { yours: boolean }).yours));
    expect(isAck(await late.act({ type: 'WALK', to: 'majlis' }))).toBe(true);
    await first.until(() => first.mirror.seq === 4);
    expect(await first.act({ type: 'WALK', to: 'us' })).toMatchObject({ reason: 'floor' });
  });
});

describe('the AI covering a seat', () => {
  it('answers for a delegation the teacher handed to it, named as the AI, and hands it back', async () => {
    const opened = await openClass(server.base, { people: [true, true] });
    const m = await takeSeat(server.base, opened.code, 0, 'mediator');
    const mediator = await Device.connect(server.base, m.roomId, m.token);
    const teacher = await teacherOf(opened);
    expect(isAck(await mediator.act({ type: 'BEGIN' }))).toBe(true);
    expect(isAck(await teacher.act({ type: 'TEACHER_SEAT', seat: 'iran', to: 'ai' }))).toBe(true);
    await mediator.until(() => seatOf(mediator, 'delegation1')?.ai === true);
    expect(isAck(await mediator.act({ type: 'WALK', to: 'iran' }))).toBe(true);
    expect(isAck(await mediator.act({ type: 'LISTEN' }))).toBe(true);
    // The AI answers at once (the class's pace is 0 in tests).
    await mediator.until(() => mediator.mirror.log.some((l) => l.event?.type === 'ANSWER'));
    const answer = mediator.mirror.log.find((l) => l.event?.type === 'ANSWER')!;
    expect(answer.by).toBe('ai');
    const state = (mediator.mirror.view as MediatorWire).state;
    expect(state.ledger.some((e) => e.meter === 'ai' && e.side === 1 && e.to === 1)).toBe(true);
    // The ledger names who answered by code: the AI covering the delegation, not a person.
    const answered = state.ledger.filter((e) => e.cause.source === 'ANSWER');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((e) => e.cause.actor === 'ai:1')).toBe(true);
    expect(state.transcript.some((e) => e.said.kind === 'notice' && e.said.notice.type === 'seat')).toBe(true);
    // A person of that delegation cannot act while the AI holds the seat.
    const d = await takeSeat(server.base, opened.code, 0, 'delegation1');
    const them = await Device.connect(server.base, d.roomId, d.token);
    expect(await them.act({ type: 'SPEAK', message: 'We are here.' })).toMatchObject({ reason: 'ai-holds' });
    await teacher.until(() => teacher.mirror.seq === mediator.mirror.seq);
    expect(isAck(await teacher.act({ type: 'TEACHER_SEAT', seat: 'iran', to: 'people' }))).toBe(true);
    await them.until(() => them.mirror.seq === teacher.mirror.seq);
    expect(isAck(await them.act({ type: 'SPEAK', message: 'We are here.' }))).toBe(true);
  });

  it('covers a delegation whose team stays away past the grace, and hands it back when it returns', async () => {
    const opened = await openClass(server.base, { people: [true, true], graceSeconds: 1, absent: 'ai' });
    const m = await takeSeat(server.base, opened.code, 0, 'mediator');
    const u = await takeSeat(server.base, opened.code, 0, 'delegation0');
    const mediator = await Device.connect(server.base, m.roomId, m.token);
    let us = await Device.connect(server.base, u.roomId, u.token);
    expect(isAck(await mediator.act({ type: 'BEGIN' }))).toBe(true);
    await us.leave();
    await mediator.until(() => seatOf(mediator, 'delegation0')?.ai === true, 10_000);
    expect(mediator.mirror.log.at(-1)).toMatchObject({ by: 'server', event: { type: 'TEACHER_SEAT', seat: 'us', to: 'ai' } });
    us = await Device.connect(server.base, u.roomId, u.token);
    await mediator.until(() => seatOf(mediator, 'delegation0')?.ai === false, 10_000);
    expect(mediator.mirror.log.at(-1)).toMatchObject({ by: 'server', event: { type: 'TEACHER_SEAT', seat: 'us', to: 'people' } });
  });

  it('plays the mediator, with both delegations, to the outcome, and everyone gets the save', async () => {
    const opened = await openClass(server.base, { people: [true, true], rounds: 2 });
    const o = await takeSeat(server.base, opened.code, 0, 'observer');
    const observer = await Device.connect(server.base, o.roomId, o.token);
    const teacher = await teacherOf(opened);
    // The talks have to begin before the teacher's controls work: the AI mediator begins them.
    expect(isAck(await teacher.act({ type: 'TEACHER_SEAT', seat: 'mediator', to: 'ai' }))).toBe(false);
    const m = await takeSeat(server.base, opened.code, 0, 'mediator');
    const mediator = await Device.connect(server.base, m.roomId, m.token);
    expect(isAck(await mediator.act({ type: 'BEGIN' }))).toBe(true);
    for (const seat of ['us', 'iran', 'mediator']) expect(isAck(await teacher.act({ type: 'TEACHER_SEAT', seat, to: 'ai' }))).toBe(true);
    await observer.until(() => observer.count('save') === 1, 45_000);
    expect((observer.mirror.view as MediatorWire).phase).toBe('over');
    const save = observer.received.find(([t]) => t === 'save')![1] as { save: { events: unknown[]; outcome: string } };
    expect(save.save.outcome).not.toBeNull();
    expect(observer.mirror.log.filter((l) => l.by === 'ai').length).toBeGreaterThan(3);
  }, 60_000);
});
