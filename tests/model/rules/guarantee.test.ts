// Omani guarantees. Mini: budget 1; 'escrow' (way out 15, closeness 5) only for South,
// 'hosting' (way out 8, closeness 3) for either.
import { describe, expect, it } from 'vitest';
import { guaranteeAvailable, offerGuarantee } from '../../../src/model/rules/guarantee.ts';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, edit, entries, situations, world } from '../helpers.ts';

const offer = (w: ReturnType<typeof world>, s: GameState, side: SideIndex, id: string) =>
  apply(
    w.c,
    edit(s, (x) => {
      x.location = side;
    }),
    (d, ctx) => offerGuarantee(d, ctx, side, id),
  ).next;

describe('guarantees', () => {
  const w = world();
  const { c, state } = w;

  it('`for` limits who may be offered one; unknown ids are never available', () => {
    expect(guaranteeAvailable(c, state, 1, 'escrow')).toBe(true);
    expect(guaranteeAvailable(c, state, 0, 'escrow')).toBe(false);
    expect(guaranteeAvailable(c, state, 0, 'hosting')).toBe(true);
    expect(guaranteeAvailable(c, state, 1, 'hosting')).toBe(true);
    expect(guaranteeAvailable(c, state, 1, 'nothing')).toBe(false);
  });

  it('raise way-out and closeness by the guarantee\'s amounts and use it up', () => {
    const next = offer(w, state, 1, 'escrow');
    expect(next.sides[1].wayOut).toBe(45);
    expect(next.sides[1].closeness).toBe(55);
    expect(next.sides[0].wayOut).toBe(30);
    expect(next.guaranteesUsed).toEqual(['escrow']);
    expect(entries(next, 'wayOut', 1)).toEqual([expect.objectContaining({ from: 30, to: 45, hidden: true })]);
    expect(entries(next, 'closeness', 1)).toEqual([expect.objectContaining({ from: 50, to: 55, hidden: false })]);
    expect(situations(c, next, 1)).toEqual(['guarantee']);
    expect(acts(next)).toEqual([{ type: 'OFFER_GUARANTEE', side: 1, guarantee: 'escrow' }]);
  });

  it('the budget is respected: after one guarantee (budget 1) no other is available', () => {
    const next = offer(w, state, 0, 'hosting');
    expect(next.sides[0].wayOut).toBe(38);
    expect(next.sides[0].closeness).toBe(53);
    expect(guaranteeAvailable(c, next, 1, 'escrow')).toBe(false);
    expect(guaranteeAvailable(c, next, 1, 'hosting')).toBe(false);
  });

  it('with a larger budget, another guarantee is available but the same one is not offered twice', () => {
    const rich = world((i) => {
      i.mediator.guaranteeBudget = 2;
    });
    const next = offer(rich, rich.state, 0, 'hosting');
    expect(guaranteeAvailable(rich.c, next, 1, 'escrow')).toBe(true);
    expect(guaranteeAvailable(rich.c, next, 1, 'hosting')).toBe(false);
  });

  it('an unknown guarantee changes nothing', () => {
    const s = edit(state, (x) => void (x.location = 1));
    const { next, journal } = apply(c, s, (d, ctx) => offerGuarantee(d, ctx, 1, 'nothing'));
    expect(next).toEqual(s);
    expect(journal.ledger).toEqual([]);
  });

  it('the machine refuses a guarantee for the wrong side and beyond the budget', () => {
    const actor = startGame(w.scenario, settingsFor(3));
    sendEvent(actor, { type: 'BEGIN' });
    sendEvent(actor, { type: 'WALK', to: 'north' });
    expect(sendEvent(actor, { type: 'OFFER_GUARANTEE', guarantee: 'escrow' })).toBe(false);
    expect(sendEvent(actor, { type: 'OFFER_GUARANTEE', guarantee: 'hosting' })).toBe(true);
    sendEvent(actor, { type: 'WALK', to: 'south' });
    expect(sendEvent(actor, { type: 'OFFER_GUARANTEE', guarantee: 'escrow' })).toBe(false);
    expect(actor.getSnapshot().context.guaranteesUsed).toEqual(['hosting']);
  });
});
