// Handing a seat people play to the AI and back (the class server covers an absent team): an
// event in the log, an entry in the ledger and a notice in the transcript, and the answers the
// AI gives for a delegation are named as the AI's.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/events.ts';
import { sendEvent, settingsFor, startGame, type ShuttleActor } from '../../src/machine/game.ts';
import { TEACHER } from '../../src/model/rules/teacher.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { actorName, noticeText } from '../../src/present/index.ts';
import { compiledFor } from '../../src/machine/game.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;
const settings = settingsFor(5, { people: [true, false] });
const first = muscat.delegations[0]!.id;
const second = muscat.delegations[1]!.id;

function game(events: GameEvent[]): ShuttleActor {
  const actor = startGame(muscat, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor;
}

describe('a seat handed to the AI', () => {
  it('is in the ledger and the transcript as the teacher’s doing, and back again', () => {
    const actor = game([{ type: 'BEGIN' }, { type: 'TEACHER_SEAT', seat: first, to: 'ai' }]);
    const s = actor.getSnapshot().context;
    expect(s.ai).toEqual([0]);
    const entry = s.ledger.at(-1)!;
    expect(entry).toMatchObject({ meter: 'ai', side: 0, from: 0, to: 1, cause: { actor: TEACHER, source: 'TEACHER_SEAT' } });
    const notice = s.transcript.at(-1)!;
    expect(notice.said).toEqual({ kind: 'notice', notice: { type: 'seat', side: 0, to: 'ai' } });
    expect(noticeText(compiledFor(muscat, settings), { type: 'seat', side: 0, to: 'ai' })).toMatch(/AI/);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: first, to: 'people' })).toBe(true);
    expect(actor.getSnapshot().context.ai).toBeUndefined();
  });

  it('names the AI, not a person, as the one who answered', () => {
    const actor = game([{ type: 'BEGIN' }, { type: 'WALK', to: first }, { type: 'TEACHER_SEAT', seat: first, to: 'ai' }, { type: 'LISTEN' }, { type: 'ANSWER', accept: true }]);
    const answered = actor.getSnapshot().context.ledger.filter((e) => e.cause.source === 'ANSWER');
    expect(answered.length).toBeGreaterThan(0);
    for (const e of answered) {
      expect(e.cause.actor).toBe('ai:0');
      expect(actorName(compiledFor(muscat, settings), e.cause.actor)).toMatch(/the AI/);
    }
  });

  it('is refused for a seat the model plays, a seat already held, or before the talks begin', () => {
    const actor = game([]);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: 'mediator', to: 'ai' })).toBe(false);
    expect(sendEvent(actor, { type: 'BEGIN' })).toBe(true);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: second, to: 'ai' })).toBe(false);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: 'mediator', to: 'people' })).toBe(false);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: 'nobody', to: 'ai' })).toBe(false);
    expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: 'mediator', to: 'ai' })).toBe(true);
  });

  it('replays from the log to the same state', () => {
    const events: GameEvent[] = [{ type: 'BEGIN' }, { type: 'TEACHER_SEAT', seat: 'mediator', to: 'ai' }, { type: 'WALK', to: second }, { type: 'TEACHER_SEAT', seat: 'mediator', to: 'people' }];
    const actor = game(events);
    expect(stateHash(replay(muscat, settings, events).snapshot.context)).toBe(stateHash(actor.getSnapshot().context));
  });
});
