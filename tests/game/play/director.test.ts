// When the scene waits for the player before the news: a move that ended the day by itself, or
// ended the talks; never after the mediator's own recess, a teacher's control or a new day.
import { describe, expect, it } from 'vitest';
import { Director, endsTheDay, type DirectorStage, type Leaving } from '../../../src/game/play/director.ts';
import type { Change } from '../../../src/game/play/session.ts';
import type { MediatorView } from '../../../src/machine/index.ts';
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

describe('a walk that ends the day', () => {
  type Call = string;
  /** A stage that records what the director asks of it, with scenes that record their exits and holds. */
  function stageFor(calls: Call[]) {
    const scene = (name: string): Leaving => ({
      exit: async () => void calls.push(`exit ${name}`),
      hold: async () => void calls.push(`hold ${name}`),
    });
    let onScreen: Leaving | null = scene('hall-0');
    const stage: DirectorStage = {
      view: () => ({ phase: 'talks', state: { round: 0, location: 'majlis' } }) as unknown as MediatorView,
      prepare: async () => undefined,
      show: (t) => {
        calls.push(`show ${t.id}`);
        onScreen = scene(t.id);
      },
      arrive: async (t) => {
        calls.push(`arrive ${t.id}`);
        onScreen = scene(t.id);
        return onScreen;
      },
      leaving: () => onScreen,
      inert: () => undefined,
    };
    return stage;
  }
  const walk = (to: string, location: 0 | 1 | 'majlis', phase: 'interlude' | 'talks') =>
    ({ event: { type: 'WALK', to }, phaseBefore: 'talks', phase, before: { round: 0, location: 'majlis' }, after: { round: 0, location } }) as unknown as Change;

  /** What the stage is asked to do after the game's start, for one change. */
  async function callsAfter(change: Change): Promise<Call[]> {
    const calls: Call[] = [];
    const director = new Director(stageFor(calls));
    await director.start();
    calls.length = 0;
    director.onChange(change);
    await new Promise((r) => setTimeout(r, 10));
    return calls;
  }

  it('arrives where the mediator walked, holds the day’s end there, then the news, with no second walk out', async () => {
    expect(await callsAfter(walk('iran', 1, 'interlude'))).toEqual(['exit hall-0', 'arrive room-1-0', 'hold room-1-0', 'show news-0']);
  });

  it('a walk within the day goes straight to the room', async () => {
    expect(await callsAfter(walk('iran', 1, 'talks'))).toEqual(['exit hall-0', 'show room-1-0']);
  });
});
