// Walking through the hall: time and the daily greeting.
import { describe, expect, it } from 'vitest';
import { walk, walkCost } from '../../../src/model/rules/walk.ts';
import type { Location } from '../../../src/model/types.ts';
import { apply, ctxOf, situations, world } from '../helpers.ts';

describe('walk', () => {
  const { c, state } = world();
  it('costs walkHours to or from the majlis and twice that across the hall', () => {
    const ctx = ctxOf(c, state);
    expect(walkCost(ctx, 'majlis', 0)).toBe(0.5);
    expect(walkCost(ctx, 1, 'majlis')).toBe(0.5);
    expect(walkCost(ctx, 0, 1)).toBe(1);
  });

  it('moves the mediator, takes the time, and the delegation greets once a day', () => {
    const go = (s: typeof state, to: Location) => apply(c, s, (d, ctx) => walk(d, ctx, to)).next;
    const s1 = go(state, 0);
    expect(s1.location).toBe(0);
    expect(s1.hoursLeft).toBe(5.5);
    expect(s1.greeted).toBe(1);
    expect(situations(c, s1, 0)).toEqual(['greet']);
    const s2 = go(s1, 1);
    expect(s2.hoursLeft).toBe(4.5);
    expect(s2.greeted).toBe(3);
    const s3 = go(go(s2, 'majlis'), 0);
    expect(s3.hoursLeft).toBe(3.5);
    expect(situations(c, s3, 0)).toEqual(['greet']);
    expect(situations(c, s3, 1)).toEqual(['greet']);
    // walking is no act of the mediator's in the record, and the majlis greets no one
    expect(s3.transcript).toHaveLength(2);
  });

  it('never takes the clock below 0', () => {
    const late = { ...state, hoursLeft: 0.25 };
    expect(apply(c, late, (d, ctx) => walk(d, ctx, 0)).next.hoursLeft).toBe(0);
  });
});
