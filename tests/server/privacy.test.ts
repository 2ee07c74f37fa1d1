// Private stays private: every message each role's connection receives is inspected. Until the
// game is over, the mediator's devices (and observers') receive nothing of either delegation's
// hidden values nor the seed (with it, anyone could draw them again); a delegation's devices
// receive their own brief but nothing of the other side's, nor its words to the mediator, nor
// the mediator's drafts before they are presented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassSave, OpenedClass, StudentRole } from '../../src/net/index.ts';
import { replay, settingsOf } from '../../src/replay/index.ts';
import type { GameState } from '../../src/model/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type Received, type ServerProcess } from './helpers.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;
const [first, second] = [muscat.delegations[0]!.id, muscat.delegations[1]!.id];
const issue = muscat.issues.find((i) => !i.scope)!;

let server: ServerProcess;
let opened: OpenedClass;
const devices = new Map<StudentRole | 'teacher', Device>();
let truthState: GameState;
/** Messages received before the game ended (the save, with the seed, comes only after). */
const before = new Map<string, Received[]>();

const dev = (role: StudentRole | 'teacher') => devices.get(role)!;

beforeAll(async () => {
  server = await startServerProcess();
  opened = await openClass(server.base, { games: 1, people: [true, true] });
  for (const role of ['mediator', 'delegation0', 'delegation1', 'observer'] as const) {
    const s = await takeSeat(server.base, opened.code, 0, role);
    devices.set(role, await Device.connect(server.base, s.roomId, s.token));
  }
  const info = await teacherInfo<{ games: { roomId: string }[] }>(server.base, opened);
  devices.set('teacher', await Device.connect(server.base, info.games[0]!.roomId, opened.teacherToken));

  const m = dev('mediator');
  const all = () => [...devices.values()];
  const settle = async () => {
    const seq = m.mirror.seq;
    for (const d of all()) await d.until(() => d.mirror.seq === seq);
  };
  const ok = async (d: Device, e: Parameters<Device['act']>[0]) => {
    await settle();
    const r = await d.act(e);
    if (!isAck(r)) throw new Error(`${JSON.stringify(e)} refused: ${r.reason}`);
  };
  await ok(m, { type: 'BEGIN' });
  await ok(m, { type: 'WALK', to: first });
  await ok(m, { type: 'LISTEN' });
  await ok(dev('delegation0'), { type: 'ANSWER', accept: true, message: 'CANARY-FIRST-ANSWER' });
  await ok(dev('delegation0'), { type: 'SPEAK', message: 'CANARY-FIRST-SPEAKS' });
  await ok(m, { type: 'WALK', to: 'majlis' });
  await ok(m, { type: 'EDIT_DRAFT', items: { [issue.id]: issue.options[1]!.id } });
  await ok(m, { type: 'WALK', to: second });
  await ok(m, { type: 'LISTEN' });
  await ok(dev('delegation1'), { type: 'ANSWER', accept: false, message: 'CANARY-SECOND-ANSWER' });
  await ok(m, { type: 'PRESENT_DRAFT' });
  await ok(dev('delegation1'), { type: 'ANSWER', accept: false, objections: [issue.id] });
  await ok(m, { type: 'RECESS' });
  await settle();
  for (const [role, d] of devices) before.set(role, [...d.received]);

  // Only now does anyone learn the seed: the teacher's saves, and then the class's end.
  const [saved] = await teacherInfo<ClassSave[]>(server.base, opened, '/saves');
  truthState = replay(muscat, settingsOf(saved!.save), saved!.save.events).snapshot.context;
}, 90_000);

afterAll(async () => {
  await server?.stop();
  removeData(server.dataDir);
});

/** Every key anywhere in a message. */
function keys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, into);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) into.add(k), keys(v, into);
  return into;
}

const text = (role: string) => JSON.stringify(before.get(role));
const HIDDEN_KEYS = ['truth', 'weights', 'values', 'redLine', 'reservation', 'floor', 'seed', 'rng', 'hardliners', 'hurt', 'wayOut', 'perceived', 'frustration', 'exponent', 'model', 'ratification'];

describe('what each role’s connection receives', () => {
  it('received messages of every kind the game sends in play', () => {
    for (const role of devices.keys()) {
      const types = new Set(before.get(role)!.map(([t]) => t));
      for (const t of ['welcome', 'update', 'seats']) expect(types, role).toContain(t);
    }
  });

  it('gives the mediator, observers and the teacher no hidden value, and no seed', () => {
    for (const role of ['mediator', 'observer', 'teacher']) {
      const found = keys(before.get(role));
      for (const k of HIDDEN_KEYS) expect(found.has(k), `${role} received a "${k}"`).toBe(false);
      for (const s of [0, 1]) {
        expect(text(role)).not.toContain(JSON.stringify(truthState.truth[s]!.weights));
        expect(text(role)).not.toContain(JSON.stringify(truthState.truth[s]!.values));
      }
      expect(text(role)).not.toContain(String(truthState.settings.seed));
    }
  });

  it('gives each delegation its own brief and nothing of the other side’s', () => {
    for (const [me, other] of [
      [0, 1],
      [1, 0],
    ] as const) {
      const mine = text(`delegation${me}`);
      expect(mine).toContain(JSON.stringify(truthState.truth[me]!.weights));
      expect(mine).not.toContain(JSON.stringify(truthState.truth[other]!.weights));
      expect(mine).not.toContain(JSON.stringify(truthState.truth[other]!.values));
      expect(mine).not.toContain(JSON.stringify(truthState.truth[other]!.redLine));
      expect(mine).not.toContain(`"reservation":${truthState.sides[other].reservation}`);
      expect(mine).not.toContain(String(truthState.settings.seed));
      expect(keys(before.get(`delegation${me}`)).has('seed')).toBe(false);
    }
  });

  it('keeps a delegation’s words to the mediator from the other delegation', () => {
    expect(text('delegation1')).not.toContain('CANARY-FIRST');
    expect(text('delegation0')).not.toContain('CANARY-SECOND');
    expect(text('mediator')).toContain('CANARY-FIRST-ANSWER');
    expect(text('mediator')).toContain('CANARY-SECOND-ANSWER');
  });

  it('keeps the mediator’s editing in the majlis from the delegations until a draft is presented', () => {
    for (const role of ['delegation0', 'delegation1']) {
      const lines = dev(role as StudentRole).mirror.log;
      expect(lines.filter((l) => l.event?.type === 'EDIT_DRAFT')).toEqual([]);
      expect(lines.map((l) => l.seq)).toEqual(dev('mediator').mirror.log.map((l) => l.seq));
    }
    const firstView = dev('delegation0').mirror.view;
    const secondView = dev('delegation1').mirror.view;
    expect(firstView.kind === 'delegation' && firstView.presented).toBeNull();
    const m = dev('mediator').mirror.view;
    expect(secondView.kind === 'delegation' && secondView.presented?.version).toBe(m.kind === 'mediator' && m.state.draftVersion);
    expect(secondView.kind === 'delegation' && secondView.presented?.draft).toBe(m.kind === 'mediator' && m.state.draft);
  });

  it('sends the whole save, seed and all, only when the class ends', async () => {
    for (const d of devices.values()) expect(d.count('save')).toBe(0);
    await fetch(`${server.base}/api/classes/${opened.classId}/end`, { method: 'POST', headers: { authorization: `Bearer ${opened.teacherToken}` } });
    for (const d of devices.values()) await d.until(() => d.count('save') === 1);
    expect(JSON.stringify(dev('mediator').received.find(([t]) => t === 'save'))).toContain(`"seed":${truthState.settings.seed}`);
    expect(await dev('mediator').act({ type: 'CONTINUE' })).toMatchObject({ reason: 'ended' });
  });
});
