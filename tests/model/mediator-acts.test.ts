// The mediator's own lines carry what was done, so reports never have to parse the words.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { loadMini } from '../fixtures/mini.ts';

describe('mediator acts in the transcript', () => {
  it('records revisions, presentations, relays and agenda moves with their details', () => {
    const actor = startGame(loadMini(), settingsFor(2));
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
    const acts = actor.getSnapshot().context.transcript.flatMap((t) => (t.act ? [t.act] : []));
    expect(acts).toEqual([
      { type: 'EDIT_DRAFT', version: 2 },
      { type: 'PROPOSE_AGENDA', move: 'parallel' },
      { type: 'PRESENT_DRAFT', version: 3 },
      { type: 'RELAY', mode: 'softened' },
    ]);
    // Only the mediator's lines carry acts.
    for (const t of actor.getSnapshot().context.transcript) if (t.act) expect(t.speaker).toBe('mediator');
  });
});
