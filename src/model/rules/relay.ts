// Carrying a message: faithfully, softened, sharpened, or withheld. The receiver learns from what
// reaches it: what the other side gave (judged in the other side's terms, as it estimates them,
// and credited to reciprocity), what it holds to (its model of the other side), and the trades it
// offers, which it takes or declines on the spot. Distortion helps now and may be discovered at
// a recess, which costs credibility heavily with the side deceived. How far a distorted claim is
// believed depends on trust and on the mediator's own interests (Kydd).
import { sideDraft, type RuleContext } from '../context.ts';
import { other, type CompiledScenario } from '../compile.ts';
import { modelBlock } from '../parties.ts';
import { narrate, reply, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { optionAt } from '../package.ts';
import { acceptsTrade } from '../offers.ts';
import { estimatedCost } from '../reciprocity.ts';
import type { GameState, Item, Message, Offer, RelayMode, SideIndex } from '../types.ts';
import { moveTo } from './concession.ts';
import { addToMessage, setMessage, waitingFor } from './messages.ts';

export const SOFTEN_CREDIT = 0.5;

/**
 * How far a side believes what the mediator tells it beyond the words it carries. A warning runs
 * against the mediator's stake in a deal and is believed more; a reassurance serves it and is
 * believed less. A side that sees the mediator as close to it believes its warnings more.
 */
export function believability(c: CompiledScenario, state: GameState, to: SideIndex, claim: 'warning' | 'reassurance'): number {
  const interests = c.scenario.mediator.interests;
  const leaning = interests.leaning[c.sides[to].id] ?? 0;
  const trust = 0.5 + state.sides[to].credibility / 100;
  return claim === 'warning' ? trust * (1 + 0.4 * interests.stake) * (1 + 0.5 * leaning) : trust * (1 - 0.4 * interests.stake);
}

/** Evidence for `s`'s model of delegation `of`: that it cares about these issues (+) or not (-). */
function addEvidence(state: GameState, ctx: RuleContext, s: SideIndex, of: SideIndex, issues: readonly number[], amount: number): void {
  if (issues.length === 0) return;
  const side = sideDraft(state, ctx, s);
  const model = [...side.model];
  const at = modelBlock(ctx.c, s, of);
  for (const i of issues) model[at + i] = (model[at + i] ?? 0) + amount;
  side.model = model;
}

function addPerceived(state: GameState, ctx: RuleContext, s: SideIndex, amount: number): void {
  if (amount === 0) return;
  const side = sideDraft(state, ctx, s);
  side.perceived = Math.round((side.perceived + amount) * 10000) / 10000;
}

/** The option a move came from: one step back toward the mover's own end. */
function fromOf(ctx: RuleContext, mover: SideIndex, item: Item): Item {
  return { issue: item.issue, option: item.option - ctx.c.sides[mover].directions[item.issue]! };
}

/** What a move of `mover` cost it, as `judge` estimates it (its model of the mover, the mover's published values). */
function estimate(ctx: RuleContext, judge: SideIndex, mover: SideIndex, items: readonly Item[]): number {
  let cost = 0;
  for (const item of items) {
    const from = fromOf(ctx, mover, item);
    const position = ctx.base.sides[mover].position;
    const before = position.slice(0, item.issue) + String.fromCharCode(48 + from.option) + position.slice(item.issue + 1);
    cost += estimatedCost(ctx.c, ctx.base, judge, mover, before, [item]);
  }
  return cost;
}

/** Whether `to` stands beyond where `mover` was before its step to `option`, in the step's direction. */
function cameToward(ctx: RuleContext, to: SideIndex, mover: SideIndex, issue: number, option: number): boolean {
  const dir = ctx.c.sides[mover]!.directions[issue]!;
  const theirs = optionAt(ctx.base.sides[to]!.position, issue);
  return (theirs - (option - dir)) * dir > 0;
}

/** The receiver takes or declines a trade carried to it; either way the sender hears of it next time. */
function answerTrade(state: GameState, ctx: RuleContext, to: SideIndex, offer: Offer, bonus: number): void {
  const from = offer.from;
  state.offers = state.offers.filter((o) => o !== offer);
  addEvidence(state, ctx, to, from, offer.give.map((x) => x.issue), -1);
  addEvidence(state, ctx, to, from, offer.want.map((x) => x.issue), 1);
  if (acceptsTrade(ctx.c, ctx.base, to, offer, bonus)) {
    moveTo(state, ctx, from, offer.give);
    moveTo(state, ctx, to, offer.want);
    addPerceived(state, ctx, to, estimate(ctx, to, from, offer.give));
    addPerceived(state, ctx, from, estimate(ctx, from, to, offer.want));
    say(state, ctx, to, 'tradeYes', { issue: offer.want[0]!.issue, option: offer.want[0]!.option });
    reply(state, ctx, to, { type: 'tradeAccepted', offer });
    addToMessage(state, ctx, to, [{ type: 'tradeAccepted', offer }]);
  } else {
    say(state, ctx, to, 'tradeNo', { issue: offer.want[0]!.issue });
    reply(state, ctx, to, { type: 'tradeDeclined', offer });
    addToMessage(state, ctx, to, [{ type: 'tradeDeclined', offer }]);
  }
}

/** What the receiver makes of a message: `credit` scales the concessions it perceives, `bonus` the worth of offered trades. */
function receive(state: GameState, ctx: RuleContext, to: SideIndex, msg: Message, credit: number, bonus: number): void {
  const from = msg.from;
  let perceived = 0;
  for (const item of msg.items) {
    switch (item.type) {
      case 'moved':
        // Credited only when the step came toward this side (with two delegations, always: a
        // step is taken only toward the other); a step toward a third says only what the mover cares about.
        if (cameToward(ctx, to, from, item.issue, item.to)) perceived += estimate(ctx, to, from, [{ issue: item.issue, option: item.to }]);
        addEvidence(state, ctx, to, from, [item.issue], -1);
        break;
      case 'criticised':
        addEvidence(state, ctx, to, from, item.need === null ? item.items : [...item.items, item.need], 1);
        break;
      case 'tiedHands':
        perceived += 0.02 * (ctx.base.sides[from].hardliners / 100);
        break;
      case 'accepted':
        addSide(state, ctx, 'wayOut', to, 2);
        break;
      case 'tradeDeclined':
        addEvidence(state, ctx, to, from, item.offer.want.map((x) => x.issue), 1);
        break;
      case 'offer': {
        const offer = state.offers.find((o) => o.step === item.offer.step && o.from === item.offer.from);
        if (offer) answerTrade(state, ctx, to, offer, bonus);
        break;
      }
      default:
        break;
    }
  }
  addPerceived(state, ctx, to, perceived * credit);
}

/** The mediator carried the message otherwise than it was given: a distortion that may come to light. */
function distort(state: GameState, ctx: RuleContext, mode: RelayMode, deceived: SideIndex, magnitude: number): void {
  state.distortions = [...ctx.base.distortions, { step: ctx.base.step, round: ctx.base.round, mode, deceived, magnitude, discovered: false }];
}

/** Carries to `to` the message waiting from `from` (with two delegations, the other one). */
export function relay(state: GameState, ctx: RuleContext, to: SideIndex, mode: RelayMode, from: SideIndex = other(to)): void {
  const msg = waitingFor(ctx.base, from, to);
  if (!msg) return;
  narrate(state, ctx, { type: 'RELAY', mode, side: to, carried: msg.items });
  // The sender's message is delivered (or not) now: a reply goes into a new one.
  setMessage(state, ctx, from, to, null);
  switch (mode) {
    case 'faithful':
      receive(state, ctx, to, msg, 1, 0);
      if (msg.tone === 'hostile') {
        addSide(state, ctx, 'patience', to, -6);
        say(state, ctx, to, 'relayHostile');
      } else {
        if (msg.tone === 'warm') addSide(state, ctx, 'patience', to, 3);
        say(state, ctx, to, 'relayWarm');
      }
      addSide(state, ctx, 'credibility', to, 1);
      break;
    case 'softened': {
      const b = believability(ctx.c, ctx.base, to, 'reassurance');
      receive(state, ctx, to, msg, 1 + SOFTEN_CREDIT * b, 0.25 * b);
      addSide(state, ctx, 'patience', to, 2);
      say(state, ctx, to, 'relayWarm');
      distort(state, ctx, mode, to, msg.tone === 'hostile' ? 0.8 : 0.5);
      break;
    }
    case 'sharpened': {
      const b = believability(ctx.c, ctx.base, to, 'warning');
      receive(state, ctx, to, msg, 0.5, 0);
      addSide(state, ctx, 'hurt', to, 8 * b);
      addSide(state, ctx, 'patience', to, -8);
      say(state, ctx, to, 'relayHostile');
      distort(state, ctx, mode, to, 0.6);
      break;
    }
    case 'withheld': {
      // Offers that are never carried lapse.
      const lapsed = new Set(msg.items.flatMap((i) => (i.type === 'offer' ? [i.offer.step] : [])));
      if (lapsed.size) state.offers = state.offers.filter((o) => !(o.from === from && lapsed.has(o.step)));
      const mattered = msg.items.some((i) => i.type === 'moved' || i.type === 'offer' || i.type === 'accepted' || i.type === 'tradeAccepted');
      distort(state, ctx, mode, from, mattered ? 0.5 : 0.2);
      break;
    }
  }
}
