// Linear additive utility (weights sum to 1), and the measures built on it. Every function takes
// the values it measures with: a side's true values in this game (SideTruth), the scenario's
// published priors (CompiledSide), or a particle of the mediator's notebook.
import { itemAt, optionAt, type Package } from './package.ts';
import type { Link } from './types.ts';

/** What utility is measured with: weights per issue, values per issue and option, red lines, and any linked issues. */
export interface Values {
  weights: readonly number[];
  values: readonly (readonly number[])[];
  redLine: readonly (readonly boolean[])[];
  links?: readonly Link[];
}

/** What the links add to a text's utility: each linked item's value moved by its delta (kept within 0 to 1) while its condition is in the text. */
export function linkedUtility(side: Values, text: Package): number {
  let u = 0;
  for (const link of side.links ?? []) {
    const option = itemAt(text, link.issue);
    if (option === null || itemAt(text, link.when[0]) !== link.when[1]) continue;
    const value = side.values[link.issue]![option]!;
    u += side.weights[link.issue]! * (Math.min(1, Math.max(0, value + link.delta[option]!)) - value);
  }
  return u;
}

/** Open items count at the side's reservation value: leaving an item open neither helps nor hurts. */
export function utility(side: Values, text: Package, reservation: number): number {
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    u += side.weights[i]! * (option === null ? reservation : side.values[i]![option]!);
  }
  return side.links ? u + linkedUtility(side, text) : u;
}

/** Utility of a full package (every item set). */
export function packageUtility(side: Values, p: Package): number {
  let u = 0;
  for (let i = 0; i < p.length; i++) u += side.weights[i]! * side.values[i]![optionAt(p, i)]!;
  return side.links ? u + linkedUtility(side, p) : u;
}

export function redLinesCrossed(side: Values, text: Package): number[] {
  const crossed: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    if (option !== null && side.redLine[i]![option]) crossed.push(i);
  }
  return crossed;
}

/** The weighted value of moving an issue from one option to another (positive: better for the side). */
export function stepValue(side: Values, issue: number, from: number, to: number): number {
  return side.weights[issue]! * (side.values[issue]![to]! - side.values[issue]![from]!);
}

/** How far a side has moved from its opening position, in its own utility. */
export function concessionMade(side: Values, opening: Package, position: Package): number {
  return Math.max(0, packageUtility(side, opening) - packageUtility(side, position));
}
