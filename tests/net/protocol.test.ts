// The class server's pure parts: patches of a view, a device's mirror (in order, gaps refused,
// its act numbers), who sees which event, what each role may send, the checks every act passes
// and the rate limit. The server tests (tests/server) run them over the network.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Mirror, applyPatch, audienceOf, patchOf, roleMay, type LogLine, type Welcome, type Wire } from '../../src/net/index.ts';
import { checkAct } from '../../src/server/act-check.ts';
import { RateLimit } from '../../src/server/rate-limit.ts';

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'list', 'deep'), tie('value'), { maxKeys: 4 }),
})).object as fc.Arbitrary<Record<string, unknown>>;

describe('patches', () => {
  it('turn any view into any other', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const p = patchOf(a, b);
        expect(p === null ? a : applyPatch(a, p)).toEqual(b);
      }),
    );
  });

  it('send only the tail of a list that grew, and nothing for an unchanged part', () => {
    const list = [{ n: 1 }, { n: 2 }];
    const same = { x: 1 };
    const p = patchOf({ list, same }, { list: [...list, { n: 3 }], same });
    expect(p).toEqual({ a: { list: [{ n: 3 }] } });
    expect(patchOf({ list, same }, { list, same })).toBeNull();
  });
});

const line = (seq: number): LogLine => ({ seq, event: { type: 'WALK', to: 'majlis' }, by: 'mediator' });
const welcome = (seq: number, lastN = 0): Welcome => ({
  role: 'mediator',
  classId: 'c',
  game: 0,
  scenario: { id: 's', hash: '0'.repeat(16) },
  settings: { names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [true, true] },
  seq,
  lastN,
  log: Array.from({ length: seq }, (_, i) => line(i + 1)),
  view: { kind: 'mediator', phase: 'talks', state: { round: 0 } } as unknown as Wire,
  seats: [],
  holdsFloor: true,
  ended: false,
});

describe('a device’s mirror', () => {
  it('applies updates in order, ignores old ones and refuses one past a gap', () => {
    const m = new Mirror(welcome(2));
    expect(m.update({ seq: 2, line: line(2), patch: null })).toBe('old');
    expect(m.update({ seq: 4, line: line(4), patch: null })).toBe('gap');
    expect(m.update({ seq: 3, line: line(3), patch: { o: { state: { s: { round: 1 } } } } })).toBe('applied');
    expect(m.seq).toBe(3);
    expect((m.view as unknown as { state: { round: number } }).state.round).toBe(1);
  });

  it('numbers its acts on from the server’s count after a refusal or a reconnection', () => {
    const m = new Mirror(welcome(0, 4));
    expect(m.act({ type: 'BEGIN' })).toEqual({ n: 5, at: 0, event: { type: 'BEGIN' } });
    m.act({ type: 'BEGIN' });
    m.refused({ lastN: 5 });
    expect(m.act({ type: 'BEGIN' }).n).toBe(6);
    m.reset(welcome(0, 9));
    expect(m.act({ type: 'BEGIN' }).n).toBe(10);
  });
});

describe('who sees an event', () => {
  it('shows a room’s moves to that room only, the majlis editing to no delegation, the day’s turns to all', () => {
    const inRoom = { location: 1 as const, question: null };
    expect(audienceOf({ type: 'LISTEN' }, inRoom)).toEqual([false, true]);
    expect(audienceOf({ type: 'SPEAK', message: 'x' }, inRoom)).toEqual([false, true]);
    expect(audienceOf({ type: 'ANSWER', accept: true }, { location: 0, question: { side: 0 } })).toEqual([true, false]);
    expect(audienceOf({ type: 'EDIT_DRAFT', items: { a: 'b' } }, { location: 'majlis', question: null })).toEqual([false, false]);
    expect(audienceOf({ type: 'RECESS' }, inRoom)).toEqual([true, true]);
    expect(audienceOf({ type: 'TEACHER_PAUSE' }, inRoom)).toEqual([true, true]);
  });
});

describe('what each role may send', () => {
  const here = { location: 0 as const, question: { side: 0 as const } };
  it('gives the mediator its moves, a delegation its answers and words in its room, the teacher the controls', () => {
    expect(roleMay('mediator', { type: 'WALK', to: 'majlis' }, here)).toBe(true);
    expect(roleMay('mediator', { type: 'ANSWER', accept: true }, here)).toBe(false);
    expect(roleMay('delegation0', { type: 'ANSWER', accept: true }, here)).toBe(true);
    expect(roleMay('delegation1', { type: 'ANSWER', accept: true }, here)).toBe(false);
    expect(roleMay('delegation0', { type: 'SPEAK', message: 'x' }, here)).toBe(true);
    expect(roleMay('delegation1', { type: 'SPEAK', message: 'x' }, here)).toBe(false);
    expect(roleMay('delegation0', { type: 'RECESS' }, here)).toBe(false);
    expect(roleMay('teacher', { type: 'TEACHER_SEAT', seat: 'mediator', to: 'ai' }, here)).toBe(true);
    expect(roleMay('teacher', { type: 'RECESS' }, here)).toBe(false);
    expect(roleMay('observer', { type: 'RECESS' }, here)).toBe(false);
  });
});

describe('the checks of an act', () => {
  const cx = { role: 'mediator' as const, lastN: 3, ended: false, aiHolds: false, hasFloor: true, seq: 7, state: { location: 'majlis' as const, question: null } };
  const ok = { n: 4, at: 7, event: { type: 'WALK', to: 'us' } };
  it('takes a well-formed act of the next number at the current step', () => {
    expect(checkAct(ok, cx)).toEqual({ ok: true, n: 4, event: { type: 'WALK', to: 'us' } });
  });
  it('refuses, in order: size, shape, numbering, the class’s end, the schema, the role, the AI, the floor, the step', () => {
    expect(checkAct({ ...ok, event: { type: 'SPEAK', message: 'x'.repeat(5000) } }, cx)).toMatchObject({ reason: 'too-large' });
    expect(checkAct({ ...ok, extra: 1 }, cx)).toMatchObject({ reason: 'malformed' });
    expect(checkAct({ ...ok, n: 3 }, cx)).toMatchObject({ reason: 'replayed' });
    expect(checkAct({ ...ok, n: 6 }, cx)).toMatchObject({ reason: 'out-of-order' });
    expect(checkAct(ok, { ...cx, ended: true })).toMatchObject({ reason: 'ended' });
    expect(checkAct({ ...ok, event: { type: 'WALK' } }, cx)).toMatchObject({ reason: 'malformed' });
    expect(checkAct({ ...ok, event: { type: 'TEACHER_PAUSE' } }, cx)).toMatchObject({ reason: 'role' });
    expect(checkAct(ok, { ...cx, aiHolds: true })).toMatchObject({ reason: 'ai-holds' });
    expect(checkAct(ok, { ...cx, hasFloor: false })).toMatchObject({ reason: 'floor' });
    expect(checkAct({ ...ok, at: 6 }, cx)).toMatchObject({ reason: 'stale' });
    expect(checkAct({ ...ok, at: 6, event: { type: 'TEACHER_PAUSE' } }, { ...cx, role: 'teacher' })).toMatchObject({ ok: true });
  });
});

describe('the rate limit', () => {
  it('takes a burst, refuses past it, recovers with time, and cuts a device that floods on', () => {
    const r = new RateLimit(10, 20, 0);
    const burst = Array.from({ length: 20 }, () => r.take(0));
    expect(burst.every((x) => x === 'ok')).toBe(true);
    expect(r.take(0)).toBe('refuse');
    expect(r.take(1000)).toBe('ok');
    const flood = Array.from({ length: 60 }, () => r.take(1000));
    expect(flood).toContain('cut');
  });
});
