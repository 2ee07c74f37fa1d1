// A game where the AI covered an absent team (the class server's handover) is debriefed saying
// so: the handover is the teacher's act, in words, and no chart is drawn for it.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import { sendEvent, settingsFor, startGame, mediatorView, machineView } from '../../src/machine/index.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { modelAnswer } from '../../src/sim/index.ts';
import { muscat } from './helpers.ts';

describe('the debrief of a game the AI played in part', () => {
  it('names the handover to the AI and back', () => {
    const actor = startGame(muscat, settingsFor(8, { people: [true, false] }));
    const policy = policyByName('broker')!.create(rngFrom(seedState(8)));
    const us = muscat.delegations[0]!.id;
    for (let i = 0; i < 2000 && actor.getSnapshot().status !== 'done'; i++) {
      if (i === 2) expect(sendEvent(actor, { type: 'TEACHER_SEAT', seat: us, to: 'ai' })).toBe(true);
      if (i === 30) sendEvent(actor, { type: 'TEACHER_SEAT', seat: us, to: 'people' });
      const snap = actor.getSnapshot();
      const view = mediatorView(muscat, snap);
      const event = view.phase === 'answering' ? modelAnswer(machineView(muscat, snap)) : policy.next(view);
      if (!sendEvent(actor, event)) sendEvent(actor, view.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
    }
    const state = actor.getSnapshot().context;
    expect(state.outcome).not.toBeNull();
    const text = debriefMarkdown(buildDebrief(muscat, state));
    expect(text).toMatch(/The AI now plays Washington/);
    expect(text).toMatch(/people play Washington again/);
    expect(JSON.stringify(buildDebrief(muscat, state))).not.toMatch(/"meter":"ai"/);
  });
});
