// Concessions are reciprocal (Faratin, Sierra and Jennings' behaviour-dependent tactics): a side
// gives up to what it believes the other side has given, plus an allowance that grows with its
// trust in the mediator, with ripeness and with the deadline. What the other side gave is judged
// in a common measure: the other side's own utility, as this side estimates it with its model
// of the other (a frequency model, built only from what the mediator carried to it).
import { ripeBonus, timePressure } from './acceptance.ts';
import type { CompiledScenario } from './compile.ts';
import { modelBlock } from './parties.ts';
import { optionAt } from './package.ts';
import type { GameState, Item, SideIndex } from './types.ts';
import { stepValue } from './utility.ts';

/** How strongly one piece of evidence moves the model of the other side. */
const EVIDENCE = 0.35;

/** Another side's issue weights as this side estimates them: the published priors, moved by evidence. */
export function modelledWeights(c: CompiledScenario, state: GameState, s: SideIndex, of: SideIndex): number[] {
  const prior = c.sides[of]!.weights;
  const evidence = state.sides[s]!.model;
  const at = modelBlock(c, s, of);
  // Loops, not map and reduce: this runs for every move a side judges (the same sums in the same order).
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < prior.length; i++) {
    const w = prior[i]! * Math.exp(EVIDENCE * (evidence[at + i] ?? 0));
    weights.push(w);
    sum += w;
  }
  const total = sum || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / total;
  return weights;
}

/** What a move of the other side on these items cost it, as this side estimates it (its priors' values, its modelled weights). */
export function estimatedCost(c: CompiledScenario, state: GameState, s: SideIndex, of: SideIndex, from: string, items: readonly Item[]): number {
  const weights = modelledWeights(c, state, s, of);
  const values = c.sides[of].values;
  let cost = 0;
  for (const { issue, option } of items) {
    const was = optionAt(from, issue);
    cost += weights[issue]! * Math.max(0, values[issue]![was]! - values[issue]![option]!);
  }
  return cost;
}

/** What a side will still give: its allowance plus what it believes it got, less what it gave. */
export function concessionBudget(c: CompiledScenario, state: GameState, s: SideIndex): number {
  const n = c.scenario.rules.negotiation;
  const side = state.sides[s];
  const allowance = n.allowance + n.trustAllowance * (side.credibility / 100) + n.ripeAllowance * ripeBonus(c, side) + n.timeAllowance * timePressure(c, state, s);
  return n.reciprocity * side.perceived + allowance - side.conceded;
}

/** What one step on an issue costs the side, in its true values (0 if not a step back). */
export function stepCost(state: GameState, s: SideIndex, issue: number, from: number, to: number): number {
  return Math.max(0, -stepValue(state.truth[s]!, issue, from, to));
}

/** The option one step from this side's position toward the other's end, or null at the end of the scale. */
export function stepToward(c: CompiledScenario, position: string, s: SideIndex, issue: number): number | null {
  const next = optionAt(position, issue) + c.sides[s].directions[issue]!;
  return next < 0 || next >= c.optionCount[issue]! ? null : next;
}

/**
 * A step that gives more than anyone asks: past the nearest position of the delegations that
 * stand ahead of this side in the step's direction, or with none ahead at all. (With two
 * delegations: past the other side's position.)
 */
export function pastTheOther(c: CompiledScenario, state: GameState, s: SideIndex, issue: number, to: number): boolean {
  const dir = c.sides[s]!.directions[issue]!;
  const from = optionAt(state.sides[s]!.position, issue);
  let nearest: number | null = null;
  for (const t of c.sideIndices) {
    if (t === s) continue;
    const theirs = optionAt(state.sides[t]!.position, issue);
    if ((theirs - from) * dir > 0 && (nearest === null || (theirs - nearest) * dir < 0)) nearest = theirs;
  }
  return nearest === null || (to - nearest) * dir > 0;
}
