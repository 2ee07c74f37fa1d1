// Offers a delegation makes through the mediator: trades across issues by its own priorities
// (logrolling: "we can move on the stockpile if relief comes up front"), judged by the other side
// in its own values; and conditions on a draft ("we can accept if relief is written in").
import { acceptanceFloor } from './acceptance.ts';
import type { CompiledScenario } from './compile.ts';
import { optionAt, withItem, type Package } from './package.ts';
import { modelledWeights, pastTheOther, stepCost, stepToward } from './reciprocity.ts';
import { other } from './compile.ts';
import { addressed, offerTo, othersOf } from './parties.ts';
import type { GameState, Item, Offer, SideIndex } from './types.ts';
import { packageUtility, stepValue } from './utility.ts';

/** The option of openStep, with nothing made (the legal moves ask this for every issue). */
export function openStepTo(c: CompiledScenario, state: GameState, s: SideIndex, issue: number): number | null {
  if (c.scenario.issues[issue]!.scope) return null;
  const to = stepToward(c, state.sides[s].position, s, issue);
  return to === null || pastTheOther(c, state, s, issue, to) ? null : to;
}

/** One step of `s` toward the other side on an issue, as anyone at the table can see it: there is a next option and it does not pass the other side's position. */
export function openStep(c: CompiledScenario, state: GameState, s: SideIndex, issue: number): Item | null {
  const to = openStepTo(c, state, s, issue);
  return to === null ? null : { issue, option: to };
}

/** One step of `s` toward the other side on an issue, when it may be taken (no end, no red line, not past them). */
export function giveStep(c: CompiledScenario, state: GameState, s: SideIndex, issue: number): Item | null {
  const step = openStep(c, state, s, issue);
  return step && !state.truth[s]!.redLine[issue]![step.option] ? step : null;
}

/** What `s` gains from one step of delegation `o` toward it on an issue (its true values), with the step. */
function wantStep(c: CompiledScenario, state: GameState, s: SideIndex, o: SideIndex, issue: number): { item: Item; gain: number } | null {
  const step = giveStep(c, state, o, issue);
  if (!step) return null;
  const gain = stepValue(state.truth[s]!, issue, optionAt(state.sides[o].position, issue), step.option);
  return gain > 0 ? { item: step, gain } : null;
}

/** The position after a side takes these steps. */
export function afterSteps(position: Package, items: readonly Item[]): Package {
  let p = position;
  for (const { issue, option } of items) p = withItem(p, issue, option);
  return p;
}

/**
 * The trade this side would propose now, by its own priorities and its model of the other side:
 * the step it wants most (of any other delegation, which the offer is then made to), for the
 * step it gives that costs it least per unit that delegation is believed to gain. None when no
 * trade is worth more to it than it costs, or it would fall below its floor. `avoid` is an
 * issue it will not give on (the one it was just asked about).
 */
export function proposeTrade(c: CompiledScenario, state: GameState, s: SideIndex, avoid: number | null = null): Offer | null {
  let want: { item: Item; gain: number; from: SideIndex } | null = null;
  for (const o of othersOf(c, s)) {
    for (let i = 0; i < c.issueIds.length; i++) {
      const w = c.scenario.issues[i]!.scope ? null : wantStep(c, state, s, o, i);
      if (w && (!want || w.gain > want.gain)) want = { ...w, from: o };
    }
  }
  if (!want) return null;
  const theirs = modelledWeights(c, state, s, want.from);
  let give: { item: Item; cost: number; score: number } | null = null;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (i === want.item.issue || i === avoid) continue;
    const step = giveStep(c, state, s, i);
    if (!step) continue;
    const cost = stepCost(state, s, i, optionAt(state.sides[s].position, i), step.option);
    const score = theirs[i]! / Math.max(1e-6, cost);
    if (cost < want.gain && (!give || score > give.score)) give = { item: step, cost, score };
  }
  if (!give) return null;
  const after = afterSteps(state.sides[s].position, [give.item]);
  if (packageUtility(state.truth[s]!, after) < acceptanceFloor(c, state, s)) return null;
  return addressed(c, { kind: 'trade', from: s, step: state.step, give: [give.item], want: [want.item] }, want.from);
}

/** What a trade is worth to the side that would receive it, in its true values: gain less cost. */
export function tradeBalance(state: GameState, to: SideIndex, offer: Offer): { gain: number; cost: number } {
  const from = offer.from;
  let gain = 0;
  for (const { issue, option } of offer.give) gain += Math.max(0, stepValue(state.truth[to]!, issue, optionAt(state.sides[from].position, issue), option));
  let cost = 0;
  for (const { issue, option } of offer.want) cost += stepCost(state, to, issue, optionAt(state.sides[to].position, issue), option);
  return { gain, cost };
}

/** Whether the offer can still be carried out from where both sides now stand. */
export function offerStillOpen(c: CompiledScenario, state: GameState, offer: Offer): boolean {
  return stepsFit(c, state, offer.from, offer.give) && stepsFit(c, state, offerTo(offer), offer.want);
}

/** Each item is the step the side may take now on its issue. */
function stepsFit(c: CompiledScenario, state: GameState, s: SideIndex, items: readonly Item[]): boolean {
  return items.every(({ issue, option }) => {
    const step = giveStep(c, state, s, issue);
    return step !== null && step.option === option;
  });
}

/**
 * Would `to` take the trade? When what it gains is worth at least what it gives (a perceived
 * bonus from a softened telling counts), nothing crosses its red lines and it stays above its floor.
 */
export function acceptsTrade(c: CompiledScenario, state: GameState, to: SideIndex, offer: Offer, perceivedBonus = 0): boolean {
  if (!offerStillOpen(c, state, offer)) return false;
  const { gain, cost } = tradeBalance(state, to, offer);
  const after = afterSteps(state.sides[to].position, offer.want);
  if (packageUtility(state.truth[to]!, after) < acceptanceFloor(c, state, to)) return false;
  // A trade is an exchange both can see: a side takes one that is roughly even for it.
  return gain * (1 + perceivedBonus) >= TRADE_TOLERANCE * cost;
}

/** The share of its cost a side must get back for a trade to seem fair to it. */
export const TRADE_TOLERANCE = 0.8;

/**
 * The mediator's proposed trade for the side in the room: it gives one step on `give`, the
 * counterpart (with two delegations, the other one) one on `get`. Framed from the stated positions only (the mediator's guards allow it on
 * them): whether a step crosses a side's hidden red line is for the sides to judge.
 */
/** Whether mediatorTrade would frame a trade (without making it). */
export function mediatorTradeOpen(c: CompiledScenario, state: GameState, s: SideIndex, give: number, get: number, counterpart: SideIndex = other(s)): boolean {
  return give !== get && counterpart !== s && openStepTo(c, state, s, give) !== null && openStepTo(c, state, counterpart, get) !== null;
}

export function mediatorTrade(c: CompiledScenario, state: GameState, s: SideIndex, give: number, get: number, counterpart: SideIndex = other(s)): Offer | null {
  const g = openStep(c, state, s, give);
  const w = openStep(c, state, counterpart, get);
  if (!g || !w || give === get || counterpart === s) return null;
  return addressed(c, { kind: 'trade', from: s, step: state.step, give: [g], want: [w] }, counterpart);
}
