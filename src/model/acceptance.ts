// When a delegation says yes (the acceptance strategy of the competition agents, AC_next with a
// time term): a text must be worth at least its floor, and nearly as much as its own stated
// position, which it gives up only through concessions it judges reciprocated. Time gives up
// part of that gap by the deadline (a Boulware side late, a conceder early), and ripeness
// (Zartman: a mutually hurting stalemate past a threshold, with a way out) gives up more: it
// speeds acceptance and never slows it. The floor is the reservation value plus what the
// hardliners at home demand (Putnam's win-set).
import type { CompiledScenario } from './compile.ts';
import { itemAt, type Package } from './package.ts';
import type { GameState, SideIndex, SideState } from './types.ts';
import { packageUtility, redLinesCrossed, utility } from './utility.ts';

export function timeFraction(c: CompiledScenario, state: Pick<GameState, 'round' | 'hoursLeft'>): number {
  const round = Math.min(state.round, c.scenario.rounds.length - 1);
  const hours = c.scenario.rounds[round]!.hours;
  const elapsed = c.hoursBefore[round]! + (hours - Math.max(0, state.hoursLeft));
  return Math.min(1, Math.max(0, elapsed / c.totalHours));
}

/** 0 to 1: both hurt and a way out are needed. */
export function ripeness(side: Pick<SideState, 'hurt' | 'wayOut'>): number {
  return (side.hurt * side.wayOut) / 10000;
}

/** How far past the scenario's threshold the stalemate is ripe, 0 to 1 (0 below the threshold). */
export function ripeBonus(c: CompiledScenario, side: Pick<SideState, 'hurt' | 'wayOut'>): number {
  const threshold = c.scenario.rules.negotiation.ripenessThreshold;
  return Math.max(0, ripeness(side) - threshold) / Math.max(1e-9, 1 - threshold);
}

/** What the hardliners at home add to the floor. */
export function ratificationMargin(c: CompiledScenario, state: GameState, s: SideIndex): number {
  return (state.sides[s].hardliners / 100) * c.scenario.delegations[s]!.hardliners.ratificationScale;
}

/** The least a deal must be worth to this side: its BATNA plus what its hardliners demand. */
export function acceptanceFloor(c: CompiledScenario, state: GameState, s: SideIndex): number {
  return state.sides[s].reservation + ratificationMargin(c, state, s);
}

/**
 * The deadline's weight on a side: (days gone, counting today) over all the days, to the power
 * 1/e: late for a Boulware side, early for a conceder. It holds for a whole day (the sides count
 * days, not hours), and on the last day it is full: the last day is when deals are made.
 */
export function timePressure(c: CompiledScenario, state: GameState, s: SideIndex): number {
  const days = c.scenario.rounds.length;
  const day = Math.min(days, state.round + 1) / days;
  return Math.pow(day, 1 / state.truth[s]!.exponent);
}

/** What its own stated position is worth to the side. */
export function positionWorth(state: GameState, s: SideIndex): number {
  return packageUtility(state.truth[s]!, state.sides[s].position);
}

/**
 * How far the other side has engaged, as this side sees it: what it believes the other gave,
 * against what it takes to show good faith (0 to 1). The deadline presses a side only when the
 * other has moved: two sides that have not moved wait each other out.
 */
export function engagement(c: CompiledScenario, state: GameState, s: SideIndex): number {
  return Math.min(1, state.sides[s].perceived / Math.max(1e-9, c.scenario.rules.negotiation.engagement));
}

/** What a text must be worth for this side to say yes now. */
export function acceptanceThreshold(c: CompiledScenario, state: GameState, s: SideIndex): number {
  const n = c.scenario.rules.negotiation;
  const floor = acceptanceFloor(c, state, s);
  const own = positionWorth(state, s);
  const share = Math.min(1, n.timeSlack * timePressure(c, state, s) * engagement(c, state, s) + 0.3 * ripeBonus(c, state.sides[s]));
  return Math.max(floor, own - Math.max(0, own - floor) * share);
}

/** Issue weight the text settles (open items are judged only by what is settled). */
export function settledWeight(weights: readonly number[], text: Package): number {
  let settled = 0;
  for (let i = 0; i < text.length; i++) if (itemAt(text, i) !== null) settled += weights[i]!;
  return settled;
}

/**
 * Would this side accept the text now? Open items count at its reservation value, and a partial
 * text is held to the same standard only on what it settles: the surplus over no deal it must
 * bring is scaled by the weight of the settled items (a first step is easier to sell at home).
 */
export function wouldAccept(c: CompiledScenario, state: GameState, s: SideIndex, text: Package): boolean {
  const truth = state.truth[s]!;
  if (redLinesCrossed(truth, text).length > 0) return false;
  const rv = state.sides[s].reservation;
  const threshold = acceptanceThreshold(c, state, s);
  return utility(truth, text, rv) - rv >= (threshold - rv) * settledWeight(truth.weights, text) - 1e-9;
}

/** How far the text falls short of what the side needs now (negative: it clears the bar). */
export function shortfall(c: CompiledScenario, state: GameState, s: SideIndex, text: Package): number {
  const truth = state.truth[s]!;
  const rv = state.sides[s].reservation;
  return (acceptanceThreshold(c, state, s) - rv) * settledWeight(truth.weights, text) - (utility(truth, text, rv) - rv);
}
