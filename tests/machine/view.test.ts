// The mediator's view holds nothing the mediator cannot know (the two proofs in view-proofs.ts,
// here on every step of games the quick mediators play; the planner's: view.slow.test.ts), and
// it lists exactly the legal events.
import { describe, expect, it } from 'vitest';
import { machineView, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { legalList } from '../../src/machine/legal.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { QUICK_POLICIES } from '../../src/sim/policies/index.ts';
import { muscat, viewProofs } from './view-proofs.ts';

describe('the mediator’s view', () => {
  viewProofs(25, QUICK_POLICIES);

  it('lists exactly the legal events, as the one enumerator beside the guards does', () => {
    const actor = startGame(muscat, settingsFor(3));
    sendEvent(actor, { type: 'BEGIN' });
    sendEvent(actor, { type: 'WALK', to: 'iran' });
    const snap = actor.getSnapshot();
    const view = mediatorView(muscat, snap);
    expect(view.legal).toEqual(legalList(machineView(muscat, snap)));
    for (const e of view.legal) {
      const copy = startGame(muscat, settingsFor(3));
      for (const x of [{ type: 'BEGIN' } as const, { type: 'WALK', to: 'iran' } as const]) sendEvent(copy, x);
      expect(sendEvent(copy, e), JSON.stringify(e)).toBe(true);
    }
  });
});
