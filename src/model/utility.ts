// Linear additive utility (weights sum to 1), and the measures built on it.
import type { CompiledSide } from './compile.ts';
import { itemAt, optionAt, type Package } from './package.ts';

/** Open items count at the side's reservation value: leaving an item open neither helps nor hurts. */
export function utility(side: CompiledSide, text: Package, reservation: number): number {
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    u += side.weights[i]! * (option === null ? reservation : side.values[i]![option]!);
  }
  return u;
}

/** Utility of a full package (every item set). */
export function packageUtility(side: CompiledSide, p: Package): number {
  let u = 0;
  for (let i = 0; i < p.length; i++) u += side.weights[i]! * side.values[i]![optionAt(p, i)]!;
  return u;
}

export function redLinesCrossed(side: CompiledSide, text: Package): number[] {
  const crossed: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    if (option !== null && side.redLine[i]![option]) crossed.push(i);
  }
  return crossed;
}

/** Weighted loss on one item against the side's best option there: what it will complain about. */
export function itemLoss(side: CompiledSide, issue: number, option: number): number {
  const values = side.values[issue]!;
  return side.weights[issue]! * (Math.max(...values) - values[option]!);
}

/** How far a side has moved from its opening position, in its own utility. */
export function concessionMade(side: CompiledSide, position: Package): number {
  return Math.max(0, packageUtility(side, side.opening) - packageUtility(side, position));
}
