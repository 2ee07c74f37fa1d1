// The quick mediator the planner imagines playing on after a move: it keeps one text that both
// sides could come to accept (for the sampled values), carries messages faithfully, proposes the
// trades both would take toward that text, asks each side for its cheapest step, and presents
// the text to a side that would take it. It plays on full (sampled) states, never the real one.
import { legalList, mediatorState, step, type GameEvent, type MediatorView, type Moment } from '../../machine/index.ts';
import { acceptanceThreshold, concessionBudget, emptyNotebook, firstSenderTo, itemAt, optionAt, othersOf, stepCost, stepToward, stepValue, utility, wouldAccept, type CompiledScenario, type GameState, type SideIndex } from '../../model/index.ts';
import { nashTarget } from './value.ts';
import type { MediatorPolicy } from '../policies/policy.ts';
import { editTo, relayEvent, tradeEvent } from '../policies/common.ts';

/** The smallest margin of the sides over what they need now, for this text. */
export function textMargin(c: CompiledScenario, state: GameState, text: string): number {
  let m = Infinity;
  for (const s of c.sideIndices) m = Math.min(m, utility(state.truth[s]!, text, state.sides[s].reservation) - acceptanceThreshold(c, state, s));
  return m;
}

/** A step of `side` on an issue toward the text, if the issue's scale runs that way. */
function towardText(c: CompiledScenario, state: GameState, side: SideIndex, issue: number, target: string): number | null {
  const want = itemAt(target, issue);
  const pos = optionAt(state.sides[side].position, issue);
  const to = stepToward(c, state.sides[side].position, side, issue);
  return want !== null && to !== null && want !== pos && Math.sign(want - pos) === Math.sign(to - pos) ? to : null;
}

/** The side's cheapest step toward the text, if it would take it now. */
function cheapestAsk(c: CompiledScenario, state: GameState, s: SideIndex, target: string): GameEvent | null {
  const budget = concessionBudget(c, state, s);
  let best: { issue: number; cost: number } | null = null;
  for (let i = 0; i < c.issueIds.length; i++) {
    const to = towardText(c, state, s, i, target);
    if (to === null || state.truth[s]!.redLine[i]![to]) continue;
    const cost = stepCost(state, s, i, optionAt(state.sides[s].position, i), to);
    if (cost <= budget && (!best || cost < best.cost)) best = { issue: i, cost };
  }
  return best ? { type: 'ASK_CONCESSION', issue: c.issueIds[best.issue]! } : null;
}

/** A trade both parties would take that moves both positions toward the text (with any other delegation). */
function tradeToward(c: CompiledScenario, state: GameState, s: SideIndex, target: string): GameEvent | null {
  if (state.offers.some((o) => o.from === s)) return null;
  let best: { give: number; get: number; score: number; with: SideIndex } | null = null;
  for (const o of othersOf(c, s)) for (let give = 0; give < c.issueIds.length; give++) {
    if (c.scenario.issues[give]!.scope) continue;
    const g = towardText(c, state, s, give, target);
    if (g === null) continue;
    const cost = stepCost(state, s, give, optionAt(state.sides[s].position, give), g);
    const theirs = stepValue(state.truth[o]!, give, optionAt(state.sides[s].position, give), g);
    for (let get = 0; get < c.issueIds.length; get++) {
      if (get === give || c.scenario.issues[get]!.scope) continue;
      const w = towardText(c, state, o, get, target);
      if (w === null) continue;
      const mine = stepValue(state.truth[s]!, get, optionAt(state.sides[o].position, get), w);
      const theirCost = stepCost(state, o, get, optionAt(state.sides[o].position, get), w);
      if (mine >= cost && theirs >= theirCost) {
        const score = mine - cost + theirs - theirCost;
        if (!best || score > best.score) best = { give, get, score, with: o };
      }
    }
  }
  return best ? tradeEvent(c, best) : null;
}

/** The text to work toward: the fair text for the floors as they stand. */
export function workingText(c: CompiledScenario, state: GameState): string {
  return nashTarget(c, state);
}

/** How far a text falls short of what a side needs now (≤ 0: it would accept). */
function shortOf(c: CompiledScenario, state: GameState, s: SideIndex, text: string): number {
  return acceptanceThreshold(c, state, s) - utility(state.truth[s]!, text, state.sides[s].reservation);
}

// The target is kept for the day: recomputing it at every move would chase a moving text.
const targets = new WeakMap<object, { round: number; text: string }>();

function dayTarget(c: CompiledScenario, state: GameState): string {
  const key = state.truth;
  const had = targets.get(key);
  if (had && had.round === state.round) return had.text;
  const text = workingText(c, state);
  targets.set(key, { round: state.round, text });
  return text;
}

export function rolloutMove(c: CompiledScenario, m: Moment): GameEvent {
  const { state, phase } = m;
  if (phase === 'briefing') return { type: 'BEGIN' };
  if (phase !== 'talks') return { type: 'CONTINUE' };
  if (state.hoursLeft < 1) return { type: 'RECESS' };
  const target = dayTarget(c, state);
  const here = state.location;
  const short = c.sideIndices.map((s) => shortOf(c, state, s, target));
  /** Of these sides, the one furthest from taking the text (a tie: the first). */
  const furthest = (sides: readonly SideIndex[]) => sides.reduce((best, s) => (short[s]! > short[best]! ? s : best));
  if (here === 'majlis') {
    const e = editTo({ c }, state.draft, target);
    if (e) return e;
    // Where a message waits, else the side further from taking the text.
    const waiting = c.sideIndices.find((s) => firstSenderTo(c, state, s) !== null);
    const to: SideIndex = waiting ?? furthest(c.sideIndices);
    return { type: 'WALK', to: c.sides[to]!.id };
  }
  const s = here;
  const from = firstSenderTo(c, state, s);
  if (from !== null) return relayEvent(c, from, 'faithful');
  if (editTo({ c }, state.draft, target)) return { type: 'WALK', to: 'majlis' };
  if (state.sides[s].accepted !== state.draftVersion && short[s] <= 0 && wouldAccept(c, state, s, state.draft)) return { type: 'PRESENT_DRAFT' };
  if (short[s] > 0) {
    const trade = tradeToward(c, state, s, target);
    if (trade) return trade;
    const ask = cheapestAsk(c, state, s, target);
    if (ask) return ask;
  }
  // Nothing more to do here now: another room (the side furthest from the text), where a yes or a concession may wait.
  if (state.hoursLeft >= c.scenario.rules.walkHours * 2 + 1) return { type: 'WALK', to: c.sides[furthest(othersOf(c, s))]!.id };
  return { type: 'RECESS' };
}

/** Plays on with the quick mediator for up to `depth` moves, or until the game is over. */
export function rollout(c: CompiledScenario, m: Moment, depth: number): Moment {
  let now = m;
  for (let d = 0; d < depth && now.phase !== 'over'; d++) {
    const next = step(c, now, rolloutMove(c, now), true) ?? step(c, now, now.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' }, true);
    if (!next) break;
    now = next;
  }
  return now;
}

/**
 * Plays on with a given mediator policy (it sees each sampled state through the mediator's view,
 * as it would in a game) for up to `depth` moves, or until the game is over.
 */
export function rolloutWith(scenario: MediatorView['scenario'], c: CompiledScenario, m: Moment, depth: number, policy: MediatorPolicy): Moment {
  let now = m;
  for (let d = 0; d < depth && now.phase !== 'over'; d++) {
    const state = now.state;
    const view: MediatorView = {
      scenario,
      c,
      phase: now.phase,
      get legal() {
        return legalList({ c, phase: now.phase, state });
      },
      get notebook() {
        return emptyNotebook(c, state.settings.seed);
      },
      state: mediatorState(c, state, now.phase),
    };
    const next = step(c, now, policy.next(view), true) ?? step(c, now, now.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' }, true);
    if (!next) break;
    now = next;
  }
  return now;
}
