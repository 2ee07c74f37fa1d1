// A game the teacher took part in is debriefed like any other, with the teacher's acts named as
// the teacher's: never the mediator's doing, never chance.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { sendEvent, settingsFor, startGame, mediatorView } from '../../src/machine/index.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { muscat } from './helpers.ts';

describe('the debrief of a game with the teacher’s controls', () => {
  it('plays to an outcome and names the teacher, with no meter chart for the clock or the pause', () => {
    const actor = startGame(muscat, settingsFor(5));
    const policy = policyByName('broker')!.create(rngFrom(seedState(5)));
    const incident = muscat.randomEvents.find((e) => e.kind === 'incident')!;
    const teacher: GameEvent[] = [{ type: 'TEACHER_PAUSE' }, { type: 'TEACHER_RESUME' }, { type: 'TEACHER_EXTEND', hours: 2 }, { type: 'TEACHER_INJECT', event: incident.id }];
    let used = 0;
    for (let i = 0; i < 2000 && actor.getSnapshot().status !== 'done'; i++) {
      // The teacher steps in once the talks have begun.
      if (i === 3) for (const e of teacher) used += sendEvent(actor, e) ? 1 : 0;
      const view = mediatorView(muscat, actor.getSnapshot());
      if (!sendEvent(actor, policy.next(view))) sendEvent(actor, view.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
    }
    expect(used).toBe(4);
    const state = actor.getSnapshot().context;
    expect(state.outcome).not.toBeNull();
    const d = buildDebrief(muscat, state);
    const text = debriefMarkdown(d);
    expect(text).toMatch(/teacher/i);
    expect(text).not.toMatch(/Your action \(teacher/);
    const json = JSON.stringify(d);
    expect(json).not.toMatch(/"meter":"(paused|hours)"/);
  });
});
