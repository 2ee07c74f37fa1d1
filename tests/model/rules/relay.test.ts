// Carrying messages: faithful, softened, sharpened, withheld; distortions and their discovery.
import { describe, expect, it } from 'vitest';
import { relay, SOFTEN_BONUS } from '../../../src/model/rules/relay.ts';
import { recess } from '../../../src/model/rules/recess.ts';
import { allowedInTalks } from '../../../src/machine/guards.ts';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import type { Distortion, GameState, Message, RelayMode } from '../../../src/model/types.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { apply, edit, entries, world } from '../helpers.ts';

const concession: Message = { concession: 0.066, tone: 'neutral', issues: [2], summary: 'Northland moved on arms: A parallel track.' };

/** North (0) has a message pending; the mediator stands in South's room (1). */
function pendingFromNorth(state: GameState, msg: Message = concession): GameState {
  return edit(state, (s) => {
    s.sides[0].pending = msg;
    s.location = 1;
  });
}

const quiet = (input: ScenarioInput) => {
  input.escalation.incidentOdds = [0, 0, 0, 0, 0];
  input.escalation.deescalationOdds = 0;
};

describe('relay', () => {
  const { c, state } = world();
  const carry = (s: GameState, mode: RelayMode) => apply(c, s, (d, ctx) => relay(d, ctx, 1, mode)).next;

  it('faithful: the concession reaches perceivedOther and the message is delivered', () => {
    const next = carry(pendingFromNorth(state), 'faithful');
    expect(next.sides[1].perceivedOther).toBe(0.066);
    expect(next.sides[0].pending).toBeNull();
    expect(next.sides[1].credibility).toBe(61);
    expect(next.distortions).toEqual([]);
    expect(next.transcript[0]!.text).toBe(`You carry Northland's message as it was given: ${concession.summary}`);
    expect(next.transcript.some((t) => t.speaker === 1 && t.text.startsWith('south relayWarm'))).toBe(true);
  });

  it('faithful with a hostile tone costs the receiver patience; a warm one adds some', () => {
    const hostile = carry(pendingFromNorth(state, { ...concession, tone: 'hostile' }), 'faithful');
    expect(hostile.sides[1].patience).toBe(54);
    expect(hostile.transcript.some((t) => t.speaker === 1 && t.text.startsWith('south relayHostile'))).toBe(true);
    const warm = carry(pendingFromNorth(state, { ...concession, tone: 'warm' }), 'faithful');
    expect(warm.sides[1].patience).toBe(63);
  });

  it('softened adds a bonus to the concession and records a distortion against the receiver', () => {
    const next = carry(pendingFromNorth(state), 'softened');
    expect(SOFTEN_BONUS).toBe(0.03);
    expect(next.sides[1].perceivedOther).toBe(0.096);
    expect(next.sides[1].perceivedOther).toBeGreaterThan(carry(pendingFromNorth(state), 'faithful').sides[1].perceivedOther);
    expect(next.sides[1].patience).toBe(62);
    expect(next.distortions).toEqual([{ step: state.step, round: 0, mode: 'softened', deceived: 1, magnitude: 0.5, discovered: false }]);
    expect(next.sides[0].pending).toBeNull();
    // a softened hostile message is a bigger lie
    const hostile = carry(pendingFromNorth(state, { ...concession, tone: 'hostile' }), 'softened');
    expect(hostile.distortions[0]!.magnitude).toBe(0.8);
  });

  it('sharpened raises hurt, lowers patience, halves the concession, and deceives the receiver', () => {
    const next = carry(pendingFromNorth(state), 'sharpened');
    expect(next.sides[1].hurt).toBe(36);
    expect(next.sides[1].patience).toBe(52);
    expect(next.sides[1].perceivedOther).toBe(0.033);
    expect(next.distortions).toEqual([expect.objectContaining({ mode: 'sharpened', deceived: 1, magnitude: 0.6, discovered: false })]);
    expect(entries(next, 'hurt', 1)).toEqual([expect.objectContaining({ from: 30, to: 36, hidden: true })]);
  });

  it('withheld delivers nothing and records a distortion against the sender', () => {
    const next = carry(pendingFromNorth(state), 'withheld');
    expect(next.sides[1].perceivedOther).toBe(0);
    expect(next.sides[0].pending).toBeNull();
    expect(next.distortions).toEqual([expect.objectContaining({ mode: 'withheld', deceived: 0, magnitude: 0.5 })]);
    expect(next.ledger).toEqual([]);
    // withholding an empty message is a smaller matter
    const empty = carry(pendingFromNorth(state, { ...concession, concession: 0 }), 'withheld');
    expect(empty.distortions[0]!.magnitude).toBe(0.2);
  });

  it('keeps distortions already recorded', () => {
    const earlier: Distortion = { step: 0, round: 0, mode: 'withheld', deceived: 0, magnitude: 0.2, discovered: false };
    const s = edit(pendingFromNorth(state), (x) => {
      x.distortions = [earlier];
    });
    expect(carry(s, 'softened').distortions).toHaveLength(2);
  });

  it('perceivedOther never exceeds 1', () => {
    const s = edit(pendingFromNorth(state, { ...concession, concession: 0.5 }), (x) => {
      x.sides[1].perceivedOther = 0.8;
    });
    expect(carry(s, 'softened').sides[1].perceivedOther).toBe(1);
  });

  it('with no pending message, nothing changes', () => {
    const s = edit(state, (x) => {
      x.location = 1;
    });
    for (const mode of ['faithful', 'softened', 'sharpened', 'withheld'] as const) {
      const { next, journal } = apply(c, s, (d, ctx) => relay(d, ctx, 1, mode));
      expect(next).toEqual(s);
      expect(journal.ledger).toEqual([]);
      expect(journal.transcript).toEqual([]);
    }
  });
});

describe('discovery at recess', () => {
  const deceived = (mode: RelayMode, who: 0 | 1, magnitude = 1): Distortion => ({ step: 3, round: 0, mode, deceived: who, magnitude, discovered: false });

  it('a discovered distortion costs 25 credibility and 10 closeness with the deceived side, and is in the news', () => {
    const { c, state } = world((i) => {
      quiet(i);
      i.rules.discoveryPerRound = 1;
    });
    const s = edit(state, (x) => {
      x.distortions = [deceived('softened', 1)];
    });
    const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
    expect(next.distortions[0]!.discovered).toBe(true);
    expect(next.sides[1].credibility).toBe(35);
    expect(next.sides[1].closeness).toBe(40);
    expect(next.sides[0].credibility).toBe(60);
    const cred = entries(next, 'credibility', 1);
    expect(cred).toEqual([expect.objectContaining({ from: 60, to: 35 })]);
    expect(cred[0]!.cause.rule).toBe('discovery.softened');
    const discovery = next.news.filter((n) => n.kind === 'discovery');
    expect(discovery).toHaveLength(1);
    expect(discovery[0]!.headline).toBe('Southland learns a message was softened');
    expect(next.transcript.some((t) => t.speaker === 1 && t.text.startsWith('south deceived'))).toBe(true);
    // once discovered, never again
    const again = apply(c, next, (d, ctx) => recess(d, ctx)).next;
    expect(entries(again, 'credibility', 1)).toHaveLength(1);
    expect(again.news.filter((n) => n.kind === 'discovery')).toHaveLength(1);
  });

  it('a withheld message is discovered by the sender', () => {
    const { c, state } = world((i) => {
      quiet(i);
      i.rules.discoveryPerRound = 1;
    });
    const s = edit(state, (x) => {
      x.distortions = [deceived('withheld', 0)];
    });
    const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
    expect(next.sides[0].credibility).toBe(35);
    expect(next.sides[1].credibility).toBe(60);
  });

  it('with discoveryPerRound 0 nothing is ever discovered', () => {
    const { c, state } = world((i) => {
      quiet(i);
      i.rules.discoveryPerRound = 0;
    });
    const s = edit(state, (x) => {
      x.distortions = [deceived('sharpened', 1)];
    });
    const { next } = apply(c, s, (d, ctx) => recess(d, ctx));
    expect(next.distortions[0]!.discovered).toBe(false);
    expect(next.sides[1].credibility).toBe(60);
    expect(next.news.some((n) => n.kind === 'discovery')).toBe(false);
  });
});

describe('relay in the machine', () => {
  const scenario = world().scenario;

  function northConceded(allowDistortion: boolean) {
    const actor = startGame(scenario, settingsFor(7, { allowDistortion }));
    sendEvent(actor, { type: 'BEGIN' });
    expect(sendEvent(actor, { type: 'WALK', to: 'north' })).toBe(true);
    expect(sendEvent(actor, { type: 'ASK_CONCESSION', issue: 'arms' })).toBe(true);
    expect(actor.getSnapshot().context.sides[0].pending?.concession).toBe(0.066);
    expect(sendEvent(actor, { type: 'WALK', to: 'south' })).toBe(true);
    return actor;
  }

  it('relaying needs a message from the other side', () => {
    const actor = startGame(scenario, settingsFor(7));
    sendEvent(actor, { type: 'BEGIN' });
    sendEvent(actor, { type: 'WALK', to: 'south' });
    expect(sendEvent(actor, { type: 'RELAY', mode: 'faithful' })).toBe(false);
  });

  it('with allowDistortion false, only faithful relays are allowed', () => {
    const actor = northConceded(false);
    for (const mode of ['softened', 'sharpened', 'withheld'] as const) {
      expect(sendEvent(actor, { type: 'RELAY', mode })).toBe(false);
    }
    expect(actor.getSnapshot().context.distortions).toEqual([]);
    expect(sendEvent(actor, { type: 'RELAY', mode: 'faithful' })).toBe(true);
    const ctx = actor.getSnapshot().context;
    expect(ctx.sides[1].perceivedOther).toBe(0.066);
    expect(ctx.sides[0].pending).toBeNull();
  });

  it('with allowDistortion true, a softened relay is allowed and recorded', () => {
    const actor = northConceded(true);
    const { c } = world();
    expect(allowedInTalks(c, actor.getSnapshot().context, { type: 'RELAY', mode: 'softened' })).toBe(true);
    expect(sendEvent(actor, { type: 'RELAY', mode: 'softened' })).toBe(true);
    const ctx = actor.getSnapshot().context;
    expect(ctx.sides[1].perceivedOther).toBe(0.096);
    expect(ctx.distortions).toEqual([expect.objectContaining({ mode: 'softened', deceived: 1, magnitude: 0.5 })]);
  });
});
