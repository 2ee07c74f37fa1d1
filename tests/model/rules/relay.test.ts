// Carrying messages: faithful, softened, sharpened, withheld; what the receiver learns and
// credits; trades answered on the spot; distortions and their discovery.
import { describe, expect, it } from 'vitest';
import { believability, relay, SOFTEN_CREDIT } from '../../../src/model/rules/relay.ts';
import { recess } from '../../../src/model/rules/recess.ts';
import { estimatedCost } from '../../../src/model/reciprocity.ts';
import { allowedInTalks } from '../../../src/machine/guards.ts';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import type { Distortion, GameState, Message, Offer, RelayMode } from '../../../src/model/types.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { acts, apply, edit, entries, replies, situations, world } from '../helpers.ts';

const WATER = 0;
const BORDER = 1;
const ARMS = 2;

/** North moved on arms (inside -> a parallel track), worth .2 * .33 to it. */
const moved: Message = { from: 0, to: 1, items: [{ type: 'moved', issue: ARMS, to: 1 }], tone: 'neutral' };

/** North (0) has a message pending and stands where it moved; the mediator is in South's room (1). */
function pendingFromNorth(state: GameState, msg: Message = moved): GameState {
  return edit(state, (s) => {
    s.sides[0].pending = msg;
    s.sides[0].position = '001';
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
  /** What South credits for North's move, told as it was: its estimate of what the move cost North. */
  const credit = estimatedCost(c, state, 1, 0, '000', [{ issue: ARMS, option: 1 }]);

  it('faithful relay delivers the message: the concession is credited in the mover\'s terms, as the receiver estimates them', () => {
    // with no evidence yet, South's model of North is North's published weights: .2 * .33
    expect(credit).toBeCloseTo(0.066, 12);
    const next = carry(pendingFromNorth(state), 'faithful');
    expect(next.sides[1].perceived).toBeCloseTo(credit, 4);
    expect(next.sides[0].pending).toBeNull();
    expect(next.sides[1].credibility).toBe(61);
    expect(next.distortions).toEqual([]);
    expect(acts(next)).toEqual([{ type: 'RELAY', mode: 'faithful', side: 1, carried: moved.items }]);
    expect(situations(c, next, 1)).toEqual(['relayWarm']);
    // North moved on arms: to South, evidence that arms matters less to North
    expect(next.sides[1].model[ARMS]).toBeLessThan(0);
    expect(next.sides[1].model[WATER]).toBe(0);
  });

  it('what the other side held to (its criticism, what it needs) is evidence that it matters to it', () => {
    const criticised: Message = { from: 0, to: 1, items: [{ type: 'criticised', version: 1, items: [BORDER], need: WATER }], tone: 'neutral' };
    const next = carry(pendingFromNorth(state, criticised), 'faithful');
    expect(next.sides[1].model[BORDER]).toBeGreaterThan(0);
    expect(next.sides[1].model[WATER]).toBeGreaterThan(0);
    expect(next.sides[1].perceived).toBe(0);
  });

  it('faithful with a hostile tone costs the receiver patience; a warm one adds some', () => {
    const hostile = carry(pendingFromNorth(state, { ...moved, tone: 'hostile' }), 'faithful');
    expect(hostile.sides[1].patience).toBe(54);
    expect(situations(c, hostile, 1)).toEqual(['relayHostile']);
    const warm = carry(pendingFromNorth(state, { ...moved, tone: 'warm' }), 'faithful');
    expect(warm.sides[1].patience).toBe(63);
  });

  it('softened relay credits more than was given and records a distortion against the receiver', () => {
    const faithful = carry(pendingFromNorth(state), 'faithful');
    const next = carry(pendingFromNorth(state), 'softened');
    const b = believability(c, state, 1, 'reassurance');
    expect(next.sides[1].perceived).toBeCloseTo(credit * (1 + SOFTEN_CREDIT * b), 4);
    expect(next.sides[1].perceived).toBeGreaterThan(faithful.sides[1].perceived);
    expect(next.sides[1].patience).toBe(62);
    expect(next.distortions).toEqual([{ step: state.step, round: 0, mode: 'softened', deceived: 1, magnitude: 0.5, discovered: false }]);
    expect(next.sides[0].pending).toBeNull();
    // a softened hostile message is a bigger lie
    const hostile = carry(pendingFromNorth(state, { ...moved, tone: 'hostile' }), 'softened');
    expect(hostile.distortions[0]!.magnitude).toBe(0.8);
  });

  it('a reassurance is believed less from a mediator with a stake in any deal', () => {
    const detached = world((i) => void (i.mediator.interests = { stake: 0, leaning: {}, text: [], sources: [] }));
    const invested = world((i) => void (i.mediator.interests = { stake: 1, leaning: {}, text: [], sources: [] }));
    expect(believability(invested.c, invested.state, 1, 'reassurance')).toBeLessThan(believability(detached.c, detached.state, 1, 'reassurance'));
    expect(believability(invested.c, invested.state, 1, 'warning')).toBeGreaterThan(believability(detached.c, detached.state, 1, 'warning'));
  });

  it('sharpened raises hurt, lowers patience, halves the credit, and deceives the receiver', () => {
    const next = carry(pendingFromNorth(state), 'sharpened');
    expect(next.sides[1].hurt).toBeCloseTo(30 + 8 * believability(c, state, 1, 'warning'), 2);
    expect(next.sides[1].patience).toBe(52);
    expect(next.sides[1].perceived).toBeCloseTo(credit / 2, 4);
    expect(next.distortions).toEqual([expect.objectContaining({ mode: 'sharpened', deceived: 1, magnitude: 0.6, discovered: false })]);
    expect(entries(next, 'hurt', 1)).toEqual([expect.objectContaining({ from: 30, to: next.sides[1].hurt, hidden: true })]);
  });

  it('withheld delivers nothing and records a distortion against the sender', () => {
    const next = carry(pendingFromNorth(state), 'withheld');
    expect(next.sides[1].perceived).toBe(0);
    expect(next.sides[1].model).toEqual([0, 0, 0]);
    expect(next.sides[0].pending).toBeNull();
    expect(next.distortions).toEqual([expect.objectContaining({ mode: 'withheld', deceived: 0, magnitude: 0.5 })]);
    expect(next.ledger).toEqual([]);
    // withholding a message that only states positions is a smaller matter
    const stated = carry(pendingFromNorth(state, { ...moved, items: [{ type: 'stated', issue: WATER, option: 0 }] }), 'withheld');
    expect(stated.distortions[0]!.magnitude).toBe(0.2);
  });

  it('keeps distortions already recorded', () => {
    const earlier: Distortion = { step: 0, round: 0, mode: 'withheld', deceived: 0, magnitude: 0.2, discovered: false };
    const s = edit(pendingFromNorth(state), (x) => {
      x.distortions = [earlier];
    });
    expect(carry(s, 'softened').distortions).toEqual([earlier, expect.objectContaining({ mode: 'softened' })]);
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

describe('relaying a trade', () => {
  const { c, state } = world();
  /** North's logroll: border (which it weighs .3) for water (.5). */
  const offer: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: BORDER, option: 1 }], want: [{ issue: WATER, option: 3 }] };
  const offered = (s: GameState, o: Offer = offer) =>
    edit(s, (x) => {
      x.offers = [o];
      x.sides[0].pending = { from: 0, to: 1, items: [{ type: 'offer', offer: o }], tone: 'neutral' };
      x.location = 1;
    });
  const carry = (cc: typeof c, s: GameState, mode: RelayMode) => apply(cc, s, (d, ctx) => relay(d, ctx, 1, mode)).next;

  it('the receiver takes a trade worth it on the spot: both move, and each credits the other\'s step', () => {
    const next = carry(c, offered(state), 'faithful');
    expect(next.sides[0].position).toBe('010');
    expect(next.sides[1].position).toBe('333');
    expect(next.offers).toEqual([]);
    expect(next.sides[0].perceived).toBeGreaterThan(0);
    expect(next.sides[1].perceived).toBeGreaterThan(0);
    expect(replies(next, 1)).toEqual([{ type: 'tradeAccepted', offer }]);
    // North hears of it next time
    expect(next.sides[1].pending!.items).toEqual([{ type: 'tradeAccepted', offer }]);
    expect(situations(c, next, 1)).toContain('tradeYes');
  });

  it('a trade that asks for more than it gives is declined, and nothing moves', () => {
    // water for border: South would give .6 * .33 on border for .3 * .25 on water
    const bad: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: WATER, option: 1 }], want: [{ issue: BORDER, option: 2 }] };
    const next = carry(c, offered(state, bad), 'faithful');
    expect(next.sides[0].position).toBe('000');
    expect(next.sides[1].position).toBe('433');
    expect(next.offers).toEqual([]);
    expect(replies(next, 1)).toEqual([{ type: 'tradeDeclined', offer: bad }]);
    expect(next.sides[1].pending!.items).toEqual([{ type: 'tradeDeclined', offer: bad }]);
  });

  it('a softened telling makes a trade just short of even seem fair', () => {
    // South weighs water .55, border .3: one step on border is worth .72 of one on water to it
    const close = edit(state, (s) => void (s.truth[1]!.weights = [0.55, 0.3, 0.15]));
    expect(carry(c, offered(close), 'faithful').sides[1].position).toBe('433');
    expect(carry(c, offered(close), 'softened').sides[1].position).toBe('333');
  });

  it('a withheld offer lapses', () => {
    const next = carry(c, offered(state), 'withheld');
    expect(next.offers).toEqual([]);
    expect(next.sides[1].position).toBe('433');
    expect(next.distortions).toEqual([expect.objectContaining({ mode: 'withheld', deceived: 0, magnitude: 0.5 })]);
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
    expect(discovery[0]!.notice).toEqual({ type: 'discovery', side: 1, mode: 'softened', round: 0 });
    expect(situations(c, next, 1)).toContain('deceived');
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
  const { scenario, c } = world();

  function northConceded(allowDistortion: boolean) {
    const actor = startGame(scenario, settingsFor(7, { allowDistortion }));
    sendEvent(actor, { type: 'BEGIN' });
    expect(sendEvent(actor, { type: 'WALK', to: 'north' })).toBe(true);
    expect(sendEvent(actor, { type: 'ASK_CONCESSION', issue: 'arms' })).toBe(true);
    expect(actor.getSnapshot().context.sides[0].pending?.items).toEqual([{ type: 'moved', issue: ARMS, to: 1 }]);
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
    expect(ctx.sides[1].perceived).toBeCloseTo(0.066, 4);
    expect(ctx.sides[0].pending).toBeNull();
  });

  it('with allowDistortion true, a softened relay is allowed and recorded', () => {
    const actor = northConceded(true);
    expect(allowedInTalks(c, actor.getSnapshot().context, { type: 'RELAY', mode: 'softened' })).toBe(true);
    expect(sendEvent(actor, { type: 'RELAY', mode: 'softened' })).toBe(true);
    const ctx = actor.getSnapshot().context;
    expect(ctx.sides[1].perceived).toBeGreaterThan(0.066);
    expect(ctx.distortions).toEqual([expect.objectContaining({ mode: 'softened', deceived: 1, magnitude: 0.5 })]);
  });
});
