// When the scene waits for the player before the news: a move that ended the day by itself, or
// ended the talks; never after the mediator's own recess, a teacher's control or a new day.
import { describe, expect, it } from 'vitest';
import { endsTheDay } from '../../../src/game/play/director.ts';
import type { GameEvent } from '../../../src/machine/events.ts';

const change = (event: GameEvent, phaseBefore: string, phase: string) => ({ event, phaseBefore, phase }) as Parameters<typeof endsTheDay>[0];

describe('the day’s last reply is read before the news', () => {
  it('after a move that spent the day’s last hours, or ended the talks', () => {
    expect(endsTheDay(change({ type: 'PRESENT_DRAFT' }, 'talks', 'interlude'))).toBe(true);
    expect(endsTheDay(change({ type: 'LISTEN' }, 'talks', 'over'))).toBe(true);
    expect(endsTheDay(change({ type: 'ANSWER', accept: true }, 'talks', 'interlude'))).toBe(true);
  });

  it('not after a recess called, a teacher’s control, a move within the day, or the next day', () => {
    expect(endsTheDay(change({ type: 'RECESS' }, 'talks', 'interlude'))).toBe(false);
    expect(endsTheDay(change({ type: 'TEACHER_INJECT', event: 'x' }, 'talks', 'over'))).toBe(false);
    expect(endsTheDay(change({ type: 'LISTEN' }, 'talks', 'talks'))).toBe(false);
    expect(endsTheDay(change({ type: 'CONTINUE' }, 'interlude', 'talks'))).toBe(false);
  });
});
