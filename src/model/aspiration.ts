// Time-dependent aspiration (as in the GENIUS/ANAC agents): a side's target utility falls from
// its starting aspiration to its floor as the deadline nears. The exponent sets the style
// (below 1 Boulware, above 1 conceder); ripeness (Zartman: hurt x way out) makes it concede faster.
// The floor is the reservation value plus a ratification margin that grows with hardliners (Putnam).
import type { CompiledScenario } from './compile.ts';
import type { GameState, SideIndex, SideState } from './types.ts';

export function timeFraction(c: CompiledScenario, state: GameState): number {
  const round = Math.min(state.round, c.scenario.rounds.length - 1);
  const hours = c.scenario.rounds[round]!.hours;
  const elapsed = c.hoursBefore[round]! + (hours - Math.max(0, state.hoursLeft));
  return Math.min(1, Math.max(0, elapsed / c.totalHours));
}

/** 0 to 1: both hurt and a way out are needed. */
export function ripeness(side: SideState): number {
  return (side.hurt * side.wayOut) / 10000;
}

export function ratificationMargin(c: CompiledScenario, state: GameState, s: SideIndex): number {
  return (state.sides[s].hardliners / 100) * c.scenario.delegations[s]!.hardliners.ratificationScale;
}

/** The least a deal must be worth to this side: its BATNA plus what its hardliners demand. */
export function acceptanceFloor(c: CompiledScenario, state: GameState, s: SideIndex): number {
  return state.sides[s].reservation + ratificationMargin(c, state, s);
}

export function effectiveExponent(state: GameState, s: SideIndex): number {
  return state.sides[s].exponent * (0.5 + 1.5 * ripeness(state.sides[s]));
}

export function aspiration(c: CompiledScenario, state: GameState, s: SideIndex): number {
  const floor = acceptanceFloor(c, state, s);
  const start = Math.max(c.scenario.delegations[s]!.concession.startAspiration, floor);
  const t = timeFraction(c, state);
  return floor + (start - floor) * (1 - Math.pow(t, 1 / effectiveExponent(state, s)));
}
