// The six outcomes: immediateOutcome (at any time) and deadlineOutcome (after the last round),
// as functions and through the real machine.
import { describe, expect, it } from 'vitest';
import { convergedText, deadlineOutcome, firstSideBetterOffWithout, fullTextAgreed, immediateOutcome, lastRoundOver, unobjectedText } from '../../src/model/outcome.ts';
import { OUTCOME_IDS, type OutcomeId } from '../../src/model/types.ts';
import { phaseOf, settingsFor, startGame, type ShuttleActor } from '../../src/machine/game.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { edit, world } from './helpers.ts';

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
    expect(immediateOutcome(c, agreed)).toEqual({ id: 'framework', reason: expect.any(String), round: 0 });
    // a core issue left open is no framework
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draft = '1-2')))).toBeNull();
    // the scope issue is not core: it may be open
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draft = '12-')))?.id).toBe('framework');
    // an older version is not enough
    expect(immediateOutcome(c, edit(agreed, (s) => void (s.draftVersion = 2)))).toBeNull();
  });

  it('suspended when a side\'s patience reaches 0', () => {
    const out = immediateOutcome(c, edit(state, (s) => void (s.sides[1].patience = 0)));
    expect(out?.id).toBe('suspended');
    expect(out?.reason).toBe('Southland walked out.');
  });

  it('collapse when credibility with either side falls below collapseCredibility (20)', () => {
    expect(immediateOutcome(c, edit(state, (s) => void (s.sides[0].credibility = 19.99)))?.id).toBe('collapse');
    expect(immediateOutcome(c, edit(state, (s) => void (s.sides[0].credibility = 20)))).toBeNull();
  });

  it('strike at the top rung', () => {
    expect(immediateOutcome(c, edit(state, (s) => void (s.pressure = 4)))?.id).toBe('strike');
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
    expect(deadlineOutcome(c, banked).id).toBe('interim');
  });

  it('strike when pressure is at least strikeRung and the first side is better off without the deal', () => {
    const tense = edit(last, (s) => void (s.pressure = 3));
    // the open draft is worth .8 * .35 + .2 * .33 = .346 to North: no better than its reservation
    expect(firstSideBetterOffWithout(c, tense)).toBe(true);
    expect(deadlineOutcome(c, tense).id).toBe('strike');
  });

  it('no strike when the draft beats the first side\'s reservation value', () => {
    const tense = edit(last, (s) => {
      s.pressure = 3;
      s.draft = '110';
      s.progress = 50;
    });
    expect(firstSideBetterOffWithout(c, tense)).toBe(false);
    expect(deadlineOutcome(c, tense).id).toBe('continue');
  });

  it('interim when the stated positions already meet on enough core items that both prefer to no deal', () => {
    const met = edit(last, (s) => {
      s.sides[0].position = '200';
      s.sides[1].position = '233';
      s.pressure = 3;
    });
    // water w2 alone: North .25 + .5 * .35 = .425, South .15 + .7 * .35 = .395, both above the floor .39
    expect(convergedText(c, met)).toBe('2--');
    expect(deadlineOutcome(c, met).id).toBe('interim');
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
    expect(deadlineOutcome(c, edit(last, (s) => void (s.progress = 39.99))).id).toBe('suspended');
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

  it('framework: both sides accept a full text', () => {
    const actor = play(
      (i) => {
        quiet(i);
        for (const d of i.delegations) d.concession.startAspiration = 0.4;
      },
      [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } }, { type: 'WALK', to: 'north' }, { type: 'PRESENT_DRAFT' }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }],
    );
    expectEnd(actor, 'framework');
  });

  it('interim: a partial text banked, then the deadline', () => {
    const actor = play(
      (i) => {
        quiet(i);
        for (const d of i.delegations) d.concession.startAspiration = 0.4;
      },
      [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2' } }, { type: 'WALK', to: 'north' }, { type: 'PRESENT_DRAFT' }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }],
    );
    expect(actor.getSnapshot().context.banked).toBe('2-2');
    expect(phaseOf(actor.getSnapshot())).toBe('talks');
    for (const e of days(3)) actor.send(e);
    expectEnd(actor, 'interim');
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

  it('strike: the top rung', () => {
    const actor = play(
      (i) => {
        i.escalation.start = 3;
        i.escalation.incidentOdds = [1, 1, 1, 1, 1];
      },
      [{ type: 'BEGIN' }, { type: 'RECESS' }, { type: 'CONTINUE' }],
    );
    expect(actor.getSnapshot().context.pressure).toBe(4);
    expectEnd(actor, 'strike');
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
    expect(deadlineOutcome(c, half).id).toBe('interim');
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
