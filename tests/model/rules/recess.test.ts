// Between rounds. Mini scenario: pressure starts at rung 2 of 0-4; a scripted 'storm' after
// round 1 adds 10 hurt to South; incident odds per rung .05, .1, .2, .3, 0; progress damping .7;
// hurt +3 per rung above 1; hardliners +2 per rung above 2; reservation drifts +.01 a round and
// +.02 per rung above 2; patience recovers 5 a night.
import { describe, expect, it } from 'vitest';
import { deescalationOdds, incidentOdds, openRound, recess } from '../../../src/model/rules/recess.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import type { GameState } from '../../../src/model/types.ts';
import { apply, edit, entries, world } from '../helpers.ts';

const odds =
  (incident: number, deescalation = 0) =>
  (input: ScenarioInput) => {
    input.escalation.incidentOdds = [incident, incident, incident, incident, incident];
    input.escalation.deescalationOdds = deescalation;
  };

describe('recess: scripted events', () => {
  const { c, state } = world(odds(0));

  it('apply their effects with the event id in the ledger cause, and make the news', () => {
    const { next } = apply(c, state, (d, ctx) => recess(d, ctx));
    const storm = entries(next, 'hurt', 1).find((e) => e.cause.rule === 'event.storm');
    expect(storm).toEqual(expect.objectContaining({ from: 30, to: 40 }));
    expect(storm!.cause.actor).toBe('scenario:the weather');
    const scripted = next.news.filter((n) => n.kind === 'scripted');
    expect(scripted).toEqual([expect.objectContaining({ headline: 'A storm', body: 'The river floods.', date: '2030-01-01', cause: 'scenario:the weather', round: 0 })]);
  });

  it('only after their round', () => {
    const later = edit(state, (s) => void (s.round = 1));
    const { next } = apply(c, later, (d, ctx) => recess(d, ctx));
    expect(next.news.filter((n) => n.kind === 'scripted')).toEqual([]);
    expect(entries(next, 'hurt', 1).some((e) => e.cause.rule === 'event.storm')).toBe(false);
  });
});

describe('recess: drift and recovery (no incidents)', () => {
  const { c, state } = world(odds(0));

  it('war weighs on hurt and hardliners above their rungs; reservations drift; patience recovers', () => {
    const { next } = apply(c, state, (d, ctx) => recess(d, ctx));
    expect(next.pressure).toBe(2);
    // hurt: +3 * (2 - 1); South also got the storm's 10
    expect(next.sides[0].hurt).toBe(33);
    expect(next.sides[1].hurt).toBe(43);
    // hardliners: fromRung 2, so nothing at rung 2
    expect(next.sides[0].hardliners).toBe(40);
    // reservation: .35 + .01 + .02 * 0
    expect(next.sides[0].reservation).toBe(0.36);
    expect(next.sides[1].reservation).toBe(0.36);
    expect(next.sides[0].patience).toBe(65);
    const drift = entries(next, 'reservation', 0);
    expect(drift).toEqual([expect.objectContaining({ from: 0.35, to: 0.36, hidden: true })]);
    expect(drift[0]!.cause.rule).toBe('recess.drift');
    expect(entries(next, 'patience', 0)[0]!.cause.rule).toBe('recess.rest');
    expect(entries(next, 'hurt', 0)[0]!.cause.rule).toBe('recess.pressure');
  });

  it('at a higher rung the drift and the hardliners grow', () => {
    const high = edit(state, (s) => void (s.pressure = 3));
    const { next } = apply(c, high, (d, ctx) => recess(d, ctx));
    expect(next.sides[0].hurt).toBe(36);
    expect(next.sides[0].hardliners).toBe(42);
    // .35 + .01 + .02 * (3 - 2)
    expect(next.sides[0].reservation).toBe(0.38);
  });

  it('hurt feeds the drift through perHurt', () => {
    const w = world((i) => {
      odds(0)(i);
      i.delegations[0]!.reservation.drift.perHurt = 0.01;
    });
    const { next } = apply(w.c, w.state, (d, ctx) => recess(d, ctx));
    // hurt is 33 after the pressure step: .35 + .01 + .01 * 3.3
    expect(next.sides[0].reservation).toBe(0.393);
  });

  it('patience recovery is clamped at 100', () => {
    const calm = edit(state, (s) => void (s.sides[0].patience = 98));
    expect(apply(c, calm, (d, ctx) => recess(d, ctx)).next.sides[0].patience).toBe(100);
  });

  it('the reservation value never drifts above .95', () => {
    const w = world((i) => {
      odds(0)(i);
      i.delegations[0]!.reservation.drift.perRound = 0.2;
    });
    const s = edit(w.state, (x) => void (x.sides[0].reservation = 0.9));
    expect(apply(w.c, s, (d, ctx) => recess(d, ctx)).next.sides[0].reservation).toBe(0.95);
  });
});

describe('recess: incidents', () => {
  it('odds come from the scenario and fall with visible progress', () => {
    const { c, state } = world();
    expect(state.pressure).toBe(2);
    expect(incidentOdds(c, 2, 0)).toBeCloseTo(0.2, 12);
    expect(incidentOdds(c, 3, 0)).toBeCloseTo(0.3, 12);
    expect(incidentOdds(c, 4, 0)).toBe(0);
    expect(incidentOdds(c, 2, 50)).toBeCloseTo(0.2 * (1 - 0.7 * 0.5), 12);
    expect(incidentOdds(c, 2, 100)).toBeCloseTo(0.2 * 0.3, 12);
    expect(deescalationOdds(c, 0)).toBe(0);
    expect(deescalationOdds(c, 50)).toBeCloseTo(0.15, 12);
  });

  it('with odds 1 an incident always raises the pressure, in the ledger and the news', () => {
    const { c, state } = world(odds(1));
    for (let seed = 1; seed <= 10; seed++) {
      const s = edit(state, (x) => void (x.rng = world(odds(1), { seed }).state.rng));
      const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
      expect(next.pressure).toBe(3);
      const p = entries(next, 'pressure');
      expect(p).toEqual([expect.objectContaining({ from: 2, to: 3, side: null })]);
      expect(p[0]!.cause.rule).toBe('incident.skirmish');
      expect(p[0]!.cause.actor).toBe('scenario:border guards');
      expect(next.news.filter((n) => n.kind === 'incident')).toEqual([expect.objectContaining({ headline: 'Skirmish', date: '2030-01-01' })]);
      // the war step then uses the new rung: hurt +3 * 2, hardliners +2 * 1, reservation +.01 + .02
      expect(next.sides[0].hurt).toBe(36);
      expect(next.sides[0].hardliners).toBe(42);
      expect(next.sides[0].reservation).toBe(0.38);
    }
  });

  it('with odds 0 there is never an incident', () => {
    const { c, state } = world(odds(0));
    for (let seed = 1; seed <= 10; seed++) {
      const s = edit(state, (x) => void (x.rng = world(odds(0), { seed }).state.rng));
      const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
      expect(next.pressure).toBe(2);
      expect(next.news.some((n) => n.kind === 'incident')).toBe(false);
    }
  });

  it('full progress with full damping removes the incident odds', () => {
    const { c, state } = world((i) => {
      odds(1)(i);
      i.escalation.progressDamping = 1;
    });
    const s = edit(state, (x) => void (x.progress = 100));
    expect(incidentOdds(c, 2, 100)).toBe(0);
    expect(apply(c, s, (d, ctx) => recess(d, ctx)).next.pressure).toBe(2);
  });

  it('with no incidents and full progress, de-escalation at odds 1 lowers the pressure', () => {
    const { c, state } = world(odds(0, 1));
    const s = edit(state, (x) => void (x.progress = 100));
    const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
    expect(next.pressure).toBe(1);
    expect(entries(next, 'pressure')[0]!.cause.rule).toBe('deescalation.progress');
    expect(next.news.some((n) => n.kind === 'deescalation')).toBe(true);
  });

  it('never beyond the top rung', () => {
    const { c, state } = world(odds(1));
    const top = edit(state, (x) => void (x.pressure = 4));
    const { next } = apply(c, top, (d, ctx) => recess(d, ctx));
    expect(next.pressure).toBe(4);
    expect(entries(next, 'pressure')).toEqual([]);
  });

  it('the same seed gives the same recess', () => {
    const { c, state } = world();
    const a = apply(c, state, (d, ctx) => recess(d, ctx)).next;
    const b = apply(c, state, (d, ctx) => recess(d, ctx)).next;
    expect(a).toEqual(b);
    expect(a.rng).not.toEqual(state.rng);
  });
});

describe('openRound', () => {
  it('starts the next day in the majlis with its hours', () => {
    const { c, state } = world();
    const tired: GameState = edit(state, (s) => {
      s.location = 1;
      s.hoursLeft = 0;
      s.greeted = 3;
    });
    const { next } = apply(c, tired, (d, ctx) => openRound(d, ctx));
    expect(next.round).toBe(1);
    expect(next.hoursLeft).toBe(6);
    expect(next.location).toBe('majlis');
    expect(next.greeted).toBe(0);
  });
});
