// The teacher's controls: pause and resume, bring an event forward, give the day more hours.
// Each is an event in the log (so replays keep them) and in the ledger as the teacher's doing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causeKind } from '../../src/classroom/causes.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { GameEventSchema } from '../../src/machine/events.ts';
import { compiledFor, phaseOf, sendEvent, settingsFor, startGame, machineView, type ShuttleActor } from '../../src/machine/game.ts';
import { TEACHER } from '../../src/model/rules/teacher.ts';
import type { GameState } from '../../src/model/types.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { checkSave, createSave, parseSave, settingsOf } from '../../src/replay/save.ts';
import { legalEvents } from '../../src/machine/legal.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;
const settings = settingsFor(11);
const first = muscat.delegations[0]!.id;
// A scripted event of a later day that moves the pressure, and a chance incident.
const later = muscat.events.find((e) => e.afterRound >= 2 && e.effects.some((f) => f.meter === 'pressure'))!;
const incident = muscat.randomEvents.find((e) => e.kind === 'incident')!;

function game(events: GameEvent[]): ShuttleActor {
  const actor = startGame(muscat, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor;
}

const state = (actor: ShuttleActor): GameState => actor.getSnapshot().context;
const opening: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: first }, { type: 'LISTEN' }];

describe('the teacher pauses the talks', () => {
  it('holds every move until the teacher resumes, and says so in the ledger and the transcript', () => {
    const actor = game([...opening, { type: 'TEACHER_PAUSE' }]);
    const paused = state(actor);
    expect(paused.paused).toBe(true);
    expect(legalEvents(machineView(muscat, actor.getSnapshot())).size).toBe(0);
    for (const e of [{ type: 'LISTEN' }, { type: 'WALK', to: 'majlis' }, { type: 'RECESS' }, { type: 'TEACHER_PAUSE' }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(false);
    expect(paused.ledger.at(-1)).toMatchObject({ meter: 'paused', from: 0, to: 1, cause: { source: 'TEACHER_PAUSE', actor: TEACHER } });
    expect(paused.transcript.at(-1)).toMatchObject({ speaker: 'news' });
    expect(sendEvent(actor, { type: 'TEACHER_RESUME' })).toBe(true);
    expect(state(actor).paused).toBeUndefined();
    expect(sendEvent(actor, { type: 'LISTEN' })).toBe(true);
  });

  it('holds the day between rounds too: the next day waits', () => {
    const actor = game([...opening, { type: 'RECESS' }]);
    expect(phaseOf(actor.getSnapshot())).toBe('interlude');
    expect(sendEvent(actor, { type: 'TEACHER_PAUSE' })).toBe(true);
    expect(sendEvent(actor, { type: 'CONTINUE' })).toBe(false);
    expect(sendEvent(actor, { type: 'TEACHER_RESUME' })).toBe(true);
    expect(sendEvent(actor, { type: 'CONTINUE' })).toBe(true);
  });

  it('is refused before the talks begin, and resuming is refused when nothing is paused', () => {
    const actor = startGame(muscat, settings);
    expect(sendEvent(actor, { type: 'TEACHER_PAUSE' })).toBe(false);
    expect(sendEvent(actor, { type: 'BEGIN' })).toBe(true);
    expect(sendEvent(actor, { type: 'TEACHER_RESUME' })).toBe(false);
  });

  it('changes nothing else: a pause and a resume anywhere leave the game where it was', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 60 }), fc.nat(), (choices, where) => {
        const plain = startGame(muscat, settings);
        const held = startGame(muscat, settings);
        const at = where % choices.length;
        choices.forEach((choice, i) => {
          const snap = plain.getSnapshot();
          if (snap.status === 'done') return;
          if (i === at && sendEvent(held, { type: 'TEACHER_PAUSE' })) expect(sendEvent(held, { type: 'TEACHER_RESUME' })).toBe(true);
          const legal = [...legalEvents(machineView(muscat, snap)).values()].flat();
          const event = legal[choice % legal.length]!;
          expect(sendEvent(plain, event)).toBe(true);
          expect(sendEvent(held, event)).toBe(true);
        });
        const a = state(plain);
        const b = state(held);
        // Everything but the step numbers (the teacher's two events shift them) and the teacher's own lines.
        const strip = (s: GameState) =>
          JSON.parse(JSON.stringify({ ...s, ledger: s.ledger.filter((e) => e.cause.actor !== TEACHER), transcript: s.transcript.filter((t) => t.speaker !== 'news') }, (k, v: unknown) => (k === 'step' ? undefined : v)));
        expect(strip(b)).toEqual(strip(a));
        expect(b.step - a.step).toBe(at < choices.length && b.ledger.some((e) => e.meter === 'paused') ? 2 : 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the teacher gives the day more hours', () => {
  it('adds hours to the day, in the ledger and the news as the teacher’s', () => {
    const actor = game(opening);
    const before = state(actor).hoursLeft;
    expect(sendEvent(actor, { type: 'TEACHER_EXTEND', hours: 3 })).toBe(true);
    const after = state(actor);
    expect(after.hoursLeft).toBe(before + 3);
    expect(after.ledger.at(-1)).toMatchObject({ meter: 'hours', from: before, to: before + 3, cause: { actor: TEACHER } });
    expect(after.news.at(-1)).toMatchObject({ kind: 'teacher', cause: TEACHER });
  });

  it('is refused between days (the next day has its own hours) and outside 1 to 24 hours', () => {
    const actor = game([...opening, { type: 'RECESS' }]);
    expect(sendEvent(actor, { type: 'TEACHER_EXTEND', hours: 2 })).toBe(false);
    expect(GameEventSchema.safeParse({ type: 'TEACHER_EXTEND', hours: 0 }).success).toBe(false);
    expect(GameEventSchema.safeParse({ type: 'TEACHER_EXTEND', hours: 25 }).success).toBe(false);
    expect(GameEventSchema.safeParse({ type: 'TEACHER_EXTEND', hours: 1.5 }).success).toBe(false);
  });
});

describe('the teacher brings an event forward', () => {
  it('applies a later scripted event now, under the teacher’s name, and it does not happen again', () => {
    const actor = game(opening);
    const rung = state(actor).pressure;
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: later.id })).toBe(true);
    const now = state(actor);
    const c = compiledFor(muscat, settings);
    const delta = later.effects.filter((f) => f.meter === 'pressure').reduce((s, f) => s + f.delta, 0);
    expect(now.pressure).toBe(Math.min(c.topRung, Math.max(0, rung + delta)));
    const entries = now.ledger.filter((e) => e.step === now.step);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.cause.actor).toBe(TEACHER);
      expect(causeKind(c, e.cause)).toBe('teacher');
    }
    expect(now.news.at(-1)).toMatchObject({ headline: later.headline, cause: TEACHER });
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: later.id })).toBe(false);
    // Play on through the day it was due: its headline is not in the news twice.
    for (let round = 0; round < later.afterRound && actor.getSnapshot().status !== 'done'; round++) {
      sendEvent(actor, { type: 'RECESS' });
      sendEvent(actor, { type: 'CONTINUE' });
    }
    expect(state(actor).news.filter((n) => n.headline === later.headline)).toHaveLength(1);
  });

  it('is refused between days: the next day’s events were just applied by the recess', () => {
    const due = muscat.events.find((e) => e.afterRound === 1)!;
    const actor = game([...opening, { type: 'RECESS' }]);
    expect(phaseOf(actor.getSnapshot())).toBe('interlude');
    expect(state(actor).news.some((n) => n.headline === due.headline)).toBe(true);
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: due.id })).toBe(false);
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: incident.id })).toBe(false);
  });

  it('refuses an unknown event and a scripted event already past', () => {
    const actor = game(opening);
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: 'no-such-event' })).toBe(false);
    const past = muscat.events.find((e) => e.afterRound === 1)!;
    sendEvent(actor, { type: 'RECESS' });
    sendEvent(actor, { type: 'CONTINUE' });
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: past.id })).toBe(false);
  });

  it('an incident climbs a rung, like one drawn by chance', () => {
    const actor = game(opening);
    const rung = state(actor).pressure;
    expect(sendEvent(actor, { type: 'TEACHER_INJECT', event: incident.id })).toBe(true);
    expect(state(actor).pressure).toBeGreaterThanOrEqual(Math.min(rung + 1, compiledFor(muscat, settings).topRung) - 0);
    expect(state(actor).ledger.some((e) => e.meter === 'pressure' && e.cause.actor === TEACHER && e.to === e.from + 1)).toBe(true);
  });
});

describe('a game the teacher took part in', () => {
  it('saves and replays to the same state, and older saves hash as before', () => {
    const events: GameEvent[] = [...opening, { type: 'TEACHER_PAUSE' }, { type: 'TEACHER_RESUME' }, { type: 'TEACHER_EXTEND', hours: 2 }, { type: 'TEACHER_INJECT', event: incident.id }, { type: 'RECESS' }, { type: 'CONTINUE' }];
    const actor = game(events);
    const save = createSave(muscat, '0123456789abcdef', settings, events);
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(checkSave(parsed.save, muscat, '0123456789abcdef').ok).toBe(true);
    expect(stateHash(replay(muscat, settingsOf(parsed.save), parsed.save.events).snapshot.context)).toBe(stateHash(state(actor)));
    // A game with no teacher carries no pause or injection fields (so its hash is unchanged).
    const plain = game(opening);
    expect('paused' in state(plain)).toBe(false);
    expect('injected' in state(plain)).toBe(false);
  });
});
