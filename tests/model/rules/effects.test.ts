// Scenario effects on the meters, with their cause.
import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../../src/model/rules/effects.ts';
import { withRule } from '../../../src/model/context.ts';
import { apply, entries, world } from '../helpers.ts';

describe('applyEffects', () => {
  const { c, state } = world();
  it('applies to the named delegation, to both when none is named, and to the global pressure', () => {
    const { next } = apply(c, state, (d, ctx) =>
      applyEffects(d, withRule(ctx, 'event.x', 'scenario:someone'), [
        { meter: 'hurt', delegation: 'south', delta: 10 },
        { meter: 'patience', delta: -5 },
        { meter: 'pressure', delta: 1 },
      ]),
    );
    expect(next.sides[1].hurt).toBe(40);
    expect(next.sides[0].hurt).toBe(30);
    expect(next.sides[0].patience).toBe(55);
    expect(next.sides[1].patience).toBe(55);
    expect(next.pressure).toBe(3);
    expect(next.ledger).toHaveLength(4);
    for (const e of next.ledger) expect(e.cause).toEqual({ ...e.cause, rule: 'event.x', actor: 'scenario:someone' });
    expect(entries(next, 'pressure')).toEqual([expect.objectContaining({ side: null, from: 2, to: 3 })]);
  });
});
