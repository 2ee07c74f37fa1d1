// The six outcomes: immediateOutcome (at any time), deadlineOutcome (after the last round) and
// ratification at home, as functions and through the real machine. Why a game ended is data
// (OutcomeReason); the present layer words it.
import { describe, expect, it } from 'vitest';
import {
  convergedText,
  deadlineOutcome,
  strikerBetterOffWithout,
  fullTextAgreed,
  immediateOutcome,
  lastRoundOver,
  ratificationChance,
  ratify,
  unobjectedText,
} from '../../src/model/outcome.ts';
import { acceptanceFloor } from '../../src/model/acceptance.ts';
import { OUTCOME_IDS, type GameState, type OutcomeId } from '../../src/model/types.ts';
import { utility } from '../../src/model/utility.ts';
import { seedState } from '../../src/model/random.ts';
import { phaseOf, settingsFor, startGame, type ShuttleActor } from '../../src/machine/game.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { reasonText } from '../../src/present/words/said.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { apply, edit, NEGOTIATION, world } from './helpers.ts';

const quiet = (input: ScenarioInput) => {
  input.escalation.incidentOdds = [0, 0, 0, 0, 0];
  input.escalation.deescalationOdds = 0;
};

describe('immediateOutcome', () => {
  const { c, state } = world();

  it('is null at the start', () => {
    expect(immediateOutcome(c, state)).toBeNull();
  });

  it('framework: both accepted the current version and it covers every core issue', () => {
    const agreed = edit(state, (s) => {
      s.draft = '122';
      s.sides[0].accepted = 1;
      s.sides[1].accepted = 1;
    });
    expect(fullTextAgreed(c, agreed)).toBe(true);
    expect(immediateOutcome(c, agreed)).toEqual({ id: 'framework', reason: { type: 'agreed' }, round: 0 });
    // a core issue left open is no framework
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draft = '1-2')))).toBeNull();
    // the scope issue is not core: it may be open
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draft = '12-')))?.id).toBe('framework');
    // an older version is not enough
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draftVersion = 2)))).toBeNull();
  });

  it('suspended when a side\'s patience reaches 0', () => {
    const out = immediateOutcome(c, edit(state, (s) => void (s.sides[1].patience = 0)));
    expect(out).toEqual({ id: 'suspended', reason: { type: 'walkout', side: 1 }, round: 0 });
    // the present layer words the reason from the data
    expect(reasonText(c, out!.reason)).toBe('Southland walked out.');
  });

  it('collapse when credibility with either side falls below collapseCredibility (20)', () => {
    expect(immediateOutcome(c, edit(state, (s) => void (s.sides[0].credibility = 19.99)))).toEqual({ id: 'collapse', reason: { type: 'discredited', side: 0 }, round: 0 });
    expect(immediateOutcome(c, edit(state, (s) => void (s.sides[0].credibility = 20)))).toBeNull();
  });

  it('strike at the top rung', () => {
    expect(immediateOutcome(c, edit(state, (s) => void (s.pressure = 4)))).toEqual({ id: 'strike', reason: { type: 'topRung' }, round: 0 });
    expect(immediateOutcome(c, edit(state, (s) => void (s.pressure = 3)))).toBeNull();
  });

  it('records the round it happened in', () => {
    expect(immediateOutcome(c, edit(state, (s) => {
      s.round = 2;
      s.pressure = 4;
    }))?.round).toBe(2);
  });
});

describe('deadlineOutcome', () => {
  const { c, state } = world();
  const last = edit(state, (s) => {
    s.round = 2;
    s.hoursLeft = 0;
  });

  it('the last round is over only in the last round', () => {
    expect(lastRoundOver(c, state)).toBe(false);
    expect(lastRoundOver(c, last)).toBe(true);
  });

  it('interim when a partial package is banked, even under pressure', () => {
    const banked = edit(last, (s) => {
      s.banked = '2-2';
      s.pressure = 3;
    });
    expect(deadlineOutcome(c, banked)).toEqual({ id: 'interim', reason: { type: 'banked' }, round: 2 });
  });

  it('strike when pressure is at least strikeRung and the first side is better off without the deal', () => {
    const tense = edit(last, (s) => void (s.pressure = 3));
    // the open draft is worth .8 * .35 + .2 * .33 = .346 to North: no better than its reservation
    expect(strikerBetterOffWithout(c, tense)).toBe(true);
    expect(deadlineOutcome(c, tense)).toEqual({ id: 'strike', reason: { type: 'betterWithout', side: 0 }, round: 2 });
  });

  it('no strike when the draft beats the first side\'s reservation value', () => {
    const tense = edit(last, (s) => {
      s.pressure = 3;
      s.draft = '110';
      s.progress = 50;
    });
    expect(strikerBetterOffWithout(c, tense)).toBe(false);
    expect(deadlineOutcome(c, tense)).toEqual({ id: 'continue', reason: { type: 'progress' }, round: 2 });
  });

  it('the striker is data (escalation.strikeBy): the second delegation judges the text against its own fallback', () => {
    const first = world();
    const second = world((input) => void (input.escalation.strikeBy = input.delegations[1]!.id));
    expect([first.c.striker, second.c.striker]).toEqual([0, 1]);
    const at = (w: typeof first, draft: string) =>
      edit(w.state, (s) => {
        s.round = 2;
        s.hoursLeft = 0;
        s.pressure = 3;
        s.draft = draft;
        s.progress = 50;
      });
    const without = (w: typeof first, draft: string, s: 0 | 1) => {
      const state = at(w, draft);
      return utility(state.truth[s]!, state.draft, state.sides[s].reservation) <= state.sides[s].reservation;
    };
    // Every complete text of the mini scenario: one only South would rather not have, one only North.
    const texts = [0, 1, 2, 3, 4].flatMap((a) => [0, 1, 2, 3].flatMap((b) => [0, 1, 2, 3].map((d) => `${a}${b}${d}`)));
    const southOnly = texts.find((t) => without(second, t, 1) && !without(second, t, 0) && deadlineOutcome(second.c, at(second, t)).id === 'strike');
    const northOnly = texts.find((t) => without(first, t, 0) && !without(first, t, 1) && deadlineOutcome(first.c, at(first, t)).id === 'strike');
    expect(southOnly).toBeDefined();
    expect(northOnly).toBeDefined();
    // The text South rejects ends the talks only where South decides, and North's only where North does.
    expect(deadlineOutcome(second.c, at(second, southOnly!))).toEqual({ id: 'strike', reason: { type: 'betterWithout', side: 1 }, round: 2 });
    expect(deadlineOutcome(first.c, at(first, southOnly!)).id).not.toBe('strike');
    expect(deadlineOutcome(first.c, at(first, northOnly!))).toEqual({ id: 'strike', reason: { type: 'betterWithout', side: 0 }, round: 2 });
    expect(deadlineOutcome(second.c, at(second, northOnly!)).id).not.toBe('strike');
    expect(strikerBetterOffWithout(second.c, at(second, southOnly!))).toBe(true);
    expect(strikerBetterOffWithout(first.c, at(first, southOnly!))).toBe(false);
  });

  it('interim when the stated positions already meet on enough core items that both prefer to no deal', () => {
    const met = edit(last, (s) => {
      s.sides[0].position = '200';
      s.sides[1].position = '233';
      s.pressure = 3;
    });
    // water w2 alone: North .25 + .5 * .35 = .425, South .15 + .7 * .35 = .395, both above the floor .39
    expect(convergedText(c, met)).toBe('2--');
    expect(deadlineOutcome(c, met)).toEqual({ id: 'interim', reason: { type: 'converged' }, round: 2, atDeadline: true });
    // a partial text is judged on what it settles: the items must beat the fallback by the
    // ratification margin scaled by their weight. South's fallback above its value of w2 (.5)
    // makes the same items not enough.
    const hard = edit(met, (s) => {
      s.sides[1].reservation = 0.55;
    });
    expect(convergedText(c, hard)).toBeNull();
    expect(deadlineOutcome(c, hard).id).toBe('strike');
    // positions meeting only on the scope issue are no interim deal
    const scopeOnly = edit(last, (s) => {
      s.sides[0].position = '002';
      s.sides[1].position = '432';
    });
    expect(convergedText(c, scopeOnly)).toBeNull();
  });

  it('no strike below strikeRung', () => {
    expect(deadlineOutcome(c, edit(last, (s) => void (s.pressure = 2))).id).toBe('suspended');
  });

  it('continue with progress at least continueProgress (40), suspended below', () => {
    expect(deadlineOutcome(c, edit(last, (s) => void (s.progress = 40))).id).toBe('continue');
    expect(deadlineOutcome(c, edit(last, (s) => void (s.progress = 39.99)))).toEqual({ id: 'suspended', reason: { type: 'noProgress' }, round: 2 });
  });
});

describe('outcomes through the machine', () => {
  function play(input: (i: ScenarioInput) => void, events: GameEvent[], seed = 1): ShuttleActor {
    const { scenario } = world(input);
    const actor = startGame(scenario, settingsFor(seed));
    for (const e of events) actor.send(e);
    return actor;
  }
  const expectEnd = (actor: ShuttleActor, id: OutcomeId) => {
    const snap = actor.getSnapshot();
    expect(phaseOf(snap)).toBe('over');
    expect(snap.status).toBe('done');
    expect(snap.value).toBe(id);
    expect(snap.context.outcome?.id).toBe(id);
  };
  const days = (n: number): GameEvent[] => Array.from({ length: n }, () => [{ type: 'RECESS' } as const, { type: 'CONTINUE' } as const]).flat();

  /**
   * Both sides have already stated positions the text '222' meets (North '222', South '212'), so
   * neither needs the other to move first; ratification is all but certain (a small noise).
   */
  const meeting = (i: ScenarioInput) => {
    quiet(i);
    i.delegations[0]!.opening = { water: 'w2', border: 'b2', arms: 'later' };
    i.delegations[1]!.opening = { water: 'w2', border: 'b1', arms: 'later' };
    i.rules.negotiation = { ...NEGOTIATION, ratificationNoise: 0.001 };
  };

  it('framework: both sides accept a full text and it passes at home', () => {
    const actor = play(meeting, [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } }, { type: 'WALK', to: 'north' }, { type: 'PRESENT_DRAFT' }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }]);
    expectEnd(actor, 'framework');
    const ctx = actor.getSnapshot().context;
    expect(ctx.outcome?.reason).toEqual({ type: 'agreed' });
    expect(ctx.ratification?.map((r) => r.passed)).toEqual([true, true]);
  });

  it('interim: a partial text banked, then the deadline', () => {
    const actor = play(meeting, [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2' } }, { type: 'WALK', to: 'north' }, { type: 'PRESENT_DRAFT' }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }]);
    expect(actor.getSnapshot().context.banked).toBe('2-2');
    expect(phaseOf(actor.getSnapshot())).toBe('talks');
    for (const e of days(3)) actor.send(e);
    expectEnd(actor, 'interim');
    expect(actor.getSnapshot().context.outcome?.reason).toEqual({ type: 'banked' });
  });

  it('suspended: a walk-out ends the talks at once', () => {
    const actor = play(
      (i) => {
        quiet(i);
        i.delegations[1]!.patience.initial = 10;
      },
      [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'PROPOSE_AGENDA', move: 'widen' }],
    );
    expectEnd(actor, 'suspended');
    expect(actor.getSnapshot().context.round).toBe(0);
  });

  it('suspended: the deadline with no progress and no threat', () => {
    const actor = play(quiet, [{ type: 'BEGIN' }, ...days(3)]);
    expectEnd(actor, 'suspended');
    expect(actor.getSnapshot().context.round).toBe(2);
  });

  it('continue: the deadline with enough progress', () => {
    const actor = play((i) => {
      quiet(i);
      i.rules.continueProgress = 0;
    }, [{ type: 'BEGIN' }, ...days(3)]);
    expectEnd(actor, 'continue');
  });

  it('collapse: the mediator discredited', () => {
    const actor = play(
      (i) => {
        quiet(i);
        i.escalation.start = 1;
        i.rules.collapseCredibility = 58;
      },
      // painting the stalemate at rung 1 is not credible: credibility 60 -> 57
      [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }, { type: 'PAINT_STALEMATE' }],
    );
    expectEnd(actor, 'collapse');
  });

  it('strike: the top rung, climbed by a side\'s own choice (chance never takes the last step)', () => {
    const actor = play(
      (i) => {
        i.escalation.start = 3;
        i.escalation.incidentOdds = [1, 1, 1, 1, 1];
        i.delegations[1]!.coercion = [{ id: 'strikes', name: 'Strikes', headline: 'Southland strikes', body: 'It strikes.', kind: 'coerce', rungs: 1, resolve: 0 }];
      },
      [{ type: 'BEGIN' }, { type: 'RECESS' }, { type: 'CONTINUE' }],
    );
    expect(actor.getSnapshot().context.pressure).toBe(4);
    expectEnd(actor, 'strike');
    expect(actor.getSnapshot().context.outcome?.reason).toEqual({ type: 'topRung' });
  });

  it('no strike by chance alone: incidents never take the last step to the top rung', () => {
    const actor = play(
      (i) => {
        i.escalation.start = 3;
        i.escalation.incidentOdds = [1, 1, 1, 1, 1];
      },
      [{ type: 'BEGIN' }, { type: 'RECESS' }, { type: 'CONTINUE' }],
    );
    expect(actor.getSnapshot().context.pressure).toBe(3);
    expect(phaseOf(actor.getSnapshot())).toBe('talks');
  });

  it('strike: the deadline at strikeRung with no deal', () => {
    const actor = play((i) => {
      quiet(i);
      i.escalation.strikeRung = 2;
    }, [{ type: 'BEGIN' }, ...days(3)]);
    expectEnd(actor, 'strike');
  });

  it('every outcome id is one of the six', () => {
    expect([...OUTCOME_IDS].sort()).toEqual(['collapse', 'continue', 'framework', 'interim', 'strike', 'suspended']);
  });
});

describe('unobjectedText (interim at the deadline from a half-accepted text)', () => {
  const { c, state } = world();
  const late = edit(state, (s) => {
    s.round = c.scenario.rounds.length - 1;
    s.hoursLeft = 0;
    s.pressure = 3;
    s.draft = '212';
    s.draftVersion = 4;
  });

  it('banks what one side accepted and the other did not object to', () => {
    const half = edit(late, (s) => {
      s.sides[0].accepted = 4;
      s.sides[1].criticised = [1];
      s.sides[1].criticisedVersion = 4;
    });
    // water w2 (.5 for both) stays; the border item South objected to is left open
    expect(unobjectedText(c, half)).toBe('2-2');
    expect(deadlineOutcome(c, half)).toEqual({ id: 'interim', reason: { type: 'unobjected' }, round: 2, atDeadline: true });
  });

  it('needs the acceptance and the criticism to be of the same, current version', () => {
    const stale = edit(late, (s) => {
      s.sides[0].accepted = 4;
      s.sides[1].criticised = [1];
      s.sides[1].criticisedVersion = 3;
    });
    expect(unobjectedText(c, stale)).toBeNull();
    const noYes = edit(late, (s) => {
      s.sides[1].criticised = [1];
      s.sides[1].criticisedVersion = 4;
    });
    expect(unobjectedText(c, noYes)).toBeNull();
  });

  it('needs enough core items left and both sides better off than without a deal', () => {
    const objectsToAll = edit(late, (s) => {
      s.sides[0].accepted = 4;
      s.sides[1].criticised = [0, 1];
      s.sides[1].criticisedVersion = 4;
    });
    expect(unobjectedText(c, objectsToAll)).toBeNull();
    const richFallback = edit(late, (s) => {
      s.sides[0].accepted = 4;
      s.sides[0].reservation = 0.6;
      s.sides[1].criticised = [1];
      s.sides[1].criticisedVersion = 4;
    });
    expect(unobjectedText(c, richFallback)).toBeNull();
  });
});

describe('ratification at home', () => {
  const { c, state } = world((i) => void (i.rules.negotiation = { ...NEGOTIATION, ratificationNoise: 0.01 }));
  const agreed = edit(state, (s) => {
    s.draft = '222';
    s.sides[0].accepted = 1;
    s.sides[1].accepted = 1;
  });
  const margin = (s: GameState, side: 0 | 1) => utility(s.truth[side]!, s.draft, s.sides[side].reservation) - acceptanceFloor(c, s, side);

  it('a deal at the floor is a coin toss; the further above it, the likelier it passes', () => {
    expect(ratificationChance(c, 0)).toBeCloseTo(0.5, 12);
    expect(ratificationChance(c, 0.02)).toBeGreaterThan(ratificationChance(c, 0.01));
    expect(ratificationChance(c, -0.02)).toBeLessThan(0.5);
    expect(ratificationChance(c, 0.01) + ratificationChance(c, -0.01)).toBeCloseTo(1, 12);
  });

  it('records each side\'s margin, chance and vote as data, and a passed deal is a framework', () => {
    // North: .415 against its floor .39; South: .619
    expect(margin(agreed, 0)).toBeGreaterThan(0.02);
    const { next } = apply(c, agreed, (d, ctx) => ratify(d, ctx));
    expect(next.ratification).toHaveLength(2);
    next.ratification!.forEach((r, side) => {
      expect(r.side).toBe(side);
      expect(r.margin).toBeCloseTo(margin(agreed, side as 0 | 1), 4);
      expect(r.chance).toBeCloseTo(ratificationChance(c, r.margin), 3);
      expect(r.passed).toBe(true);
    });
    expect(next.outcome).toEqual({ id: 'framework', reason: { type: 'agreed' }, round: 0 });
    const notices = next.transcript.flatMap((t) => (t.said.kind === 'notice' ? [t.said.notice] : []));
    expect(notices).toEqual([
      { type: 'ratified', side: 0, passed: true, margin: next.ratification![0]!.margin },
      { type: 'ratified', side: 1, passed: true, margin: next.ratification![1]!.margin },
    ]);
  });

  it('a deal well below what a side\'s hardliners demand fails at home: suspended, and the reason names the side', () => {
    const demanding = edit(agreed, (s) => void (s.sides[1].hardliners = 100));
    const richer = edit(demanding, (s) => void (s.sides[1].reservation = 0.7));
    expect(margin(richer, 1)).toBeLessThan(-0.1);
    const { next } = apply(c, richer, (d, ctx) => ratify(d, ctx));
    expect(next.ratification!.find((r) => r.side === 1)!.passed).toBe(false);
    expect(next.outcome).toEqual({ id: 'suspended', reason: { type: 'notRatified', side: 1 }, round: 0 });
    expect(reasonText(c, next.outcome!.reason)).toContain('Southland');
  });

  it('the vote is chance from the game\'s own generator: at the floor, some states pass and some fail', () => {
    const atFloor = edit(agreed, (s) => void (s.sides[0].reservation = Math.round((0.415 - 0.04) * 10000) / 10000));
    expect(Math.abs(margin(atFloor, 0))).toBeLessThan(0.002);
    const votes = Array.from({ length: 20 }, (_, k) => apply(c, { ...atFloor, rng: seedState(k + 1) }, (d, ctx) => ratify(d, ctx)).next.ratification![0]!.passed);
    expect(votes).toContain(true);
    expect(votes).toContain(false);
    // and the same state always votes the same way
    expect(apply(c, atFloor, (d, ctx) => ratify(d, ctx)).next.ratification).toEqual(apply(c, atFloor, (d, ctx) => ratify(d, ctx)).next.ratification);
  });
});
