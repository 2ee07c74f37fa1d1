// Linear additive utility (weights sum to 1), and the measures built on it.
import type { CompiledSide } from './compile.ts';

/** Open items (null) count at the side's reservation value: leaving an item open neither helps nor hurts. */
export function utility(side: CompiledSide, items: readonly (number | null)[], reservation: number): number {
  let u = 0;
  for (let i = 0; i < items.length; i++) {
    const option = items[i];
    u += side.weights[i]! * (option === null || option === undefined ? reservation : side.values[i]![option]!);
  }
  return u;
}

/** Utility of a full package (every item set). */
export function packageUtility(side: CompiledSide, items: readonly number[]): number {
  let u = 0;
  for (let i = 0; i < items.length; i++) u += side.weights[i]! * side.values[i]![items[i]!]!;
  return u;
}

export function redLinesCrossed(side: CompiledSide, items: readonly (number | null)[]): number[] {
  const crossed: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const option = items[i];
    if (option !== null && option !== undefined && side.redLine[i]![option]) crossed.push(i);
  }
  return crossed;
}

/** Weighted loss on one item against the side's best option there: what it will complain about. */
export function itemLoss(side: CompiledSide, issue: number, option: number): number {
  const values = side.values[issue]!;
  return side.weights[issue]! * (Math.max(...values) - values[option]!);
}

/** How far a side has moved from its opening position, in its own utility. */
export function concessionMade(side: CompiledSide, position: readonly number[]): number {
  return Math.max(0, packageUtility(side, side.opening) - packageUtility(side, position));
}
