// The server holds the game: every act is checked against the event schema, the sender's role and
// the machine's guards; an accepted one gets the next sequence number, is acknowledged and reaches
// every device, whose mirror then shows what the server's machine holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediatorWire, type ClassSave, type MediatorWire, type OpenedClass } from '../../src/net/index.ts';
import { settingsOf, replay } from '../../src/replay/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type ServerProcess } from './helpers.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;
const first = muscat.delegations[0]!.id;

let server: ServerProcess;
let opened: OpenedClass;
let mediator: Device, us: Device, them: Device, observer: Device, teacher: Device;

beforeAll(async () => {
  server = await startServerProcess();
  opened = await openClass(server.base, { games: 1, people: [true, true] });
  const seat = async (role: 'mediator' | 'delegation0' | 'delegation1' | 'observer') => {
    const s = await takeSeat(server.base, opened.code, 0, role, `team ${role}`);
    return Device.connect(server.base, s.roomId, s.token);
  };
  mediator = await seat('mediator');
  us = await seat('delegation0');
  them = await seat('delegation1');
  observer = await seat('observer');
  const info = await teacherInfo<{ games: { roomId: string }[] }>(server.base, opened);
  teacher = await Device.connect(server.base, info.games[0]!.roomId, opened.teacherToken);
});

afterAll(async () => {
  await server?.stop();
  removeData(server.dataDir);
});

describe('a game held by the server', () => {
  it('welcomes each device in its role at step 0', () => {
    expect(mediator.mirror.info.role).toBe('mediator');
    expect(us.mirror.info.role).toBe('delegation0');
    expect(teacher.mirror.info.role).toBe('teacher');
    for (const d of [mediator, us, them, observer, teacher]) expect(d.mirror.seq).toBe(0);
  });

  it('numbers each accepted event, acknowledges it and sends it to every device', async () => {
    const reply = await mediator.act({ type: 'BEGIN' });
    expect(reply).toEqual({ n: 1, seq: 1 });
    for (const d of [us, them, observer, teacher]) await d.until(() => d.mirror.seq === 1);
    expect((mediator.mirror.view as MediatorWire).phase).toBe('talks');
  });

  it('refuses events of another role', async () => {
    expect(await us.act({ type: 'WALK', to: 'majlis' })).toMatchObject({ reason: 'role' });
    expect(await observer.act({ type: 'RECESS' })).toMatchObject({ reason: 'role' });
    expect(await mediator.act({ type: 'TEACHER_PAUSE' })).toMatchObject({ reason: 'role' });
    expect(await teacher.act({ type: 'WALK', to: first })).toMatchObject({ reason: 'role' });
    expect(await mediator.act({ type: 'ANSWER', accept: true })).toMatchObject({ reason: 'role' });
    expect(mediator.mirror.seq).toBe(1);
  });

  it('refuses what the machine’s guards refuse, and nothing changes', async () => {
    expect(await mediator.act({ type: 'LISTEN' })).toMatchObject({ reason: 'not-allowed' });
    expect(await mediator.act({ type: 'WALK', to: 'majlis' })).toMatchObject({ reason: 'not-allowed' });
    expect(mediator.mirror.seq).toBe(1);
  });

  it('puts a question to a delegation people play and takes its answer from its own device only', async () => {
    expect(isAck(await mediator.act({ type: 'WALK', to: first }))).toBe(true);
    expect(isAck(await mediator.act({ type: 'LISTEN' }))).toBe(true);
    await us.until(() => us.mirror.view.kind === 'delegation' && us.mirror.view.question !== null);
    expect(await them.act({ type: 'ANSWER', accept: true })).toMatchObject({ reason: 'role' });
    expect(await mediator.act({ type: 'RECESS' })).toMatchObject({ reason: 'not-allowed' });
    const answered = await us.act({ type: 'ANSWER', accept: true, message: 'We are listening.' });
    expect(isAck(answered)).toBe(true);
    await mediator.until(() => mediator.mirror.seq === 4);
  });

  it('lets the teacher pause and resume the game', async () => {
    expect(isAck(await teacher.act({ type: 'TEACHER_PAUSE' }))).toBe(true);
    await mediator.until(() => mediator.mirror.seq === 5);
    await us.until(() => us.mirror.seq === 5);
    expect(await mediator.act({ type: 'LISTEN' })).toMatchObject({ reason: 'not-allowed' });
    expect(await us.act({ type: 'SPEAK', message: 'We wait.' })).toMatchObject({ reason: 'not-allowed' });
    expect(isAck(await teacher.act({ type: 'TEACHER_RESUME' }))).toBe(true);
  });

  it('keeps every device’s mirror equal to the view the server’s log gives', async () => {
    await mediator.until(() => mediator.mirror.seq === 6);
    for (const d of [us, them, observer, teacher]) await d.until(() => d.mirror.seq === 6);
    const [saved] = await teacherInfo<ClassSave[]>(server.base, opened, '/saves');
    const save = saved!.save;
    expect(save.events).toHaveLength(6);
    const local = replay(muscat, settingsOf(save), save.events).snapshot;
    const expected = JSON.parse(JSON.stringify(mediatorWire(muscat, local)));
    expect(JSON.parse(JSON.stringify(mediator.mirror.view))).toEqual(expected);
    expect(JSON.parse(JSON.stringify(observer.mirror.view))).toEqual(expected);
    // Every device has the same log, in order, with no gaps.
    expect(mediator.mirror.log.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(them.mirror.log.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses an act sent at an earlier step (a teammate or the teacher moved first)', async () => {
    const act = { n: mediator.mirror.act({ type: 'WALK', to: 'majlis' }).n, at: 2, event: { type: 'WALK', to: 'majlis' } };
    expect(await mediator.sendRaw('act', act)).toMatchObject({ reason: 'stale', seq: 6 });
  });
});
