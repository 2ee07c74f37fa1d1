// Conditional scenario events: one fires at the end of the first day, from its afterRound on,
// on which its condition holds (an issue still open, a rung reached, a draft turned down), and
// only once. Mini scenario: water and border are core issues, the pressure starts at rung 2.
import { describe, expect, it } from 'vitest';
import { withItem } from '../../../src/model/package.ts';
import { canInject } from '../../../src/model/rules/teacher.ts';
import { recess } from '../../../src/model/rules/recess.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { apply, edit, world } from '../helpers.ts';

type When = NonNullable<NonNullable<ScenarioInput['events']>[number]['when']>;

/** A quiet mini world with one conditional event, from round 1 on. */
const withEvent = (when: When) => (input: ScenarioInput) => {
  input.escalation.incidentOdds = [0, 0, 0, 0, 0];
  input.escalation.deescalationOdds = 0;
  input.events = [{ id: 'deadline-vote', afterRound: 1, date: '2030-01-01', headline: 'A vote is called', body: 'The assembly sets a date.', cause: 'the assembly', effects: [{ meter: 'hardliners', delegation: 'north', delta: 7 }], when }];
};
const fired = (news: readonly { headline: string }[]) => news.filter((n) => n.headline === 'A vote is called').length;

describe('conditional events', () => {
  it('fire when the issue is still open, with their effects, and only once', () => {
    const { c, state } = world(withEvent({ open: ['water'] }));
    const first = apply(c, state, (d, ctx) => recess(d, ctx)).next;
    expect(fired(first.news)).toBe(1);
    expect(first.fired).toEqual(['deadline-vote']);
    expect(first.sides[0].hardliners).toBe(state.sides[0].hardliners + 7);
    const again = apply(c, edit(first, (s) => void (s.round = 1)), (d, ctx) => recess(d, ctx)).next;
    expect(fired(again.news)).toBe(1);
    expect(canInject(c, again, 'deadline-vote')).toBe(false);
  });

  it('wait while the condition does not hold, and fire on a later day when it does', () => {
    const { c, state } = world(withEvent({ open: ['water'] }));
    const settled = edit(state, (s) => void (s.draft = withItem(s.draft, 0, 2)));
    const day1 = apply(c, settled, (d, ctx) => recess(d, ctx)).next;
    expect(fired(day1.news)).toBe(0);
    expect(day1.fired).toBeUndefined();
    expect(canInject(c, day1, 'deadline-vote')).toBe(true);
    const reopened = edit(day1, (s) => {
      s.round = 1;
      s.draft = withItem(s.draft, 0, null);
    });
    const day2 = apply(c, reopened, (d, ctx) => recess(d, ctx)).next;
    expect(fired(day2.news)).toBe(1);
    // Dated the day it fired, not its own (earlier) date.
    expect(day2.news.find((n) => n.headline === 'A vote is called')?.date).toBe('2030-01-02');
  });

  it('read the rung reached and a draft turned down', () => {
    const high = world(withEvent({ rung: 3 }));
    expect(fired(apply(high.c, high.state, (d, ctx) => recess(d, ctx)).next.news)).toBe(0);
    const climbed = edit(high.state, (s) => void (s.pressure = 3));
    expect(fired(apply(high.c, climbed, (d, ctx) => recess(d, ctx)).next.news)).toBe(1);

    const refused = world(withEvent({ refused: 'south' }));
    expect(fired(apply(refused.c, refused.state, (d, ctx) => recess(d, ctx)).next.news)).toBe(0);
    const turnedDown = edit(refused.state, (s) => void (s.sides[1].criticisedVersion = 1));
    expect(fired(apply(refused.c, turnedDown, (d, ctx) => recess(d, ctx)).next.news)).toBe(1);
  });

  it('need every condition given', () => {
    const { c, state } = world(withEvent({ open: ['water'], rung: 4 }));
    expect(fired(apply(c, state, (d, ctx) => recess(d, ctx)).next.news)).toBe(0);
  });

  it('leave games without them as they were: no fired list', () => {
    const { c, state } = world((input) => {
      input.escalation.incidentOdds = [0, 0, 0, 0, 0];
    });
    expect(apply(c, state, (d, ctx) => recess(d, ctx)).next.fired).toBeUndefined();
  });
});
