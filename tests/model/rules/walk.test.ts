// Walking through the hall: time and the daily greeting.
import { describe, expect, it } from 'vitest';
import { walk, walkCost } from '../../../src/model/rules/walk.ts';
import type { Location } from '../../../src/model/types.ts';
import { apply, ctxOf, world } from '../helpers.ts';

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
    expect(s1.transcript.filter((t) => t.text.startsWith('north greet'))).toHaveLength(1);
    const s2 = go(s1, 1);
    expect(s2.hoursLeft).toBe(4.5);
    expect(s2.greeted).toBe(3);
    const s3 = go(go(s2, 'majlis'), 0);
    expect(s3.hoursLeft).toBe(3.5);
    expect(s3.transcript.filter((t) => t.text.startsWith('north greet'))).toHaveLength(1);
    expect(s3.transcript.filter((t) => t.text.startsWith('south greet'))).toHaveLength(1);
  });

  it('never takes the clock below 0', () => {
    const late = { ...state, hoursLeft: 0.25 };
    expect(apply(c, late, (d, ctx) => walk(d, ctx, 0)).next.hoursLeft).toBe(0);
  });
});
