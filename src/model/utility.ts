// Linear additive utility (weights sum to 1), and the measures built on it. Every function takes
// the values it measures with: a side's true values in this game (SideTruth), the scenario's
// published priors (CompiledSide), or a particle of the mediator's notebook.
import { itemAt, optionAt, type Package } from './package.ts';

/** What utility is measured with: weights per issue, values per issue and option, red lines. */
export interface Values {
  weights: readonly number[];
  values: readonly (readonly number[])[];
  redLine: readonly (readonly boolean[])[];
}

/** Open items count at the side's reservation value: leaving an item open neither helps nor hurts. */
export function utility(side: Values, text: Package, reservation: number): number {
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    u += side.weights[i]! * (option === null ? reservation : side.values[i]![option]!);
  }
  return u;
}

/** Utility of a full package (every item set). */
export function packageUtility(side: Values, p: Package): number {
  let u = 0;
  for (let i = 0; i < p.length; i++) u += side.weights[i]! * side.values[i]![optionAt(p, i)]!;
  return u;
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
