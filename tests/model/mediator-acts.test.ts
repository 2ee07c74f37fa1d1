// The mediator's moves are recorded as acts with their details, so reports never have to parse
// words: revisions with their changes, presentations with the version, relays with their mode and
// what they carried, agenda moves.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { actText } from '../../src/present/words/said.ts';
import { compile } from '../../src/model/compile.ts';
import { acts, miniWith } from './helpers.ts';

describe('mediator acts in the transcript', () => {
  it('records revisions, presentations, relays and agenda moves with their details', () => {
    const scenario = miniWith();
    const actor = startGame(scenario, settingsFor(2));
    const events: GameEvent[] = [
      { type: 'BEGIN' },
      { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } },
      { type: 'WALK', to: 'north' },
      { type: 'LISTEN' },
      { type: 'PROPOSE_AGENDA', move: 'parallel' },
      { type: 'PRESENT_DRAFT' },
      { type: 'WALK', to: 'south' },
      { type: 'RELAY', mode: 'softened' },
    ];
    for (const e of events) expect(sendEvent(actor, e), e.type).toBe(true);
    const transcript = actor.getSnapshot().context.transcript;
    const recorded = acts({ transcript });
    // what North asked to be carried (what it stated and criticised), as it said it
    const north = transcript.flatMap((t) => (t.speaker === 0 && t.said.kind === 'reply' ? [t.said.reply.type] : []));
    expect(north).toContain('position');
    expect(north).toContain('criticised');
    expect(recorded).toEqual([
      { type: 'EDIT_DRAFT', version: 2, changes: [{ issue: 0, option: 2 }, { issue: 1, option: 2 }] },
      { type: 'LISTEN', side: 0 },
      { type: 'PROPOSE_AGENDA', move: 'parallel', side: 0 },
      { type: 'PRESENT_DRAFT', version: 3, side: 0 },
      { type: 'RELAY', mode: 'softened', side: 1, carried: expect.arrayContaining([expect.objectContaining({ type: 'stated' }), expect.objectContaining({ type: 'criticised', version: 3 })]) },
    ]);
    // Only the mediator's entries carry acts.
    for (const t of transcript) if (t.said.kind === 'act') expect(t.speaker).toBe('mediator');
    // and the present layer words each one from the data alone
    const c = compile(scenario);
    for (const act of recorded) expect(actText(c, act, 0)).not.toBe('');
  });
});
