// The concessions as two bars closing a gap. Every issue's options run from the first side's end
// (0) to the second side's (1); a side's bar reaches the mean of where its stated position sits
// on that line, and the draft is marked at the mean of its settled items. The conceded share is
// what the mediator can see: how much of the gap between the two openings the side's stated
// position has closed, in option steps (what it cost the side in its own values is hidden until
// the game is over).
import { itemAt, optionAt, type CompiledScenario, type Package, type SideIndex } from '../../model/index.ts';

export interface GapView {
  /** Where the first side's bar ends (0-1 from the left). */
  left: number;
  /** Where the second side's bar ends (0-1 from the left). */
  right: number;
  /** The draft's place on the line, null when nothing is settled. */
  draft: number | null;
  /** Each side's concessions: the share of the gap between the openings its position closed, in percent. */
  conceded: [number, number];
  progress: number;
}

function meanPlace(c: CompiledScenario, p: Package, full: boolean): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    const option = full ? optionAt(p, i) : itemAt(p, i);
    if (option === null) continue;
    sum += option / Math.max(1, c.optionCount[i]! - 1);
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** Option steps between two full texts, each issue scaled to 0-1. */
function distance(c: CompiledScenario, a: Package, b: Package): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(optionAt(a, i) - optionAt(b, i)) / Math.max(1, c.optionCount[i]! - 1);
  return sum;
}

export interface GapState {
  sides: readonly { position: Package }[];
  draft: Package;
  progress: number;
}

export function gapView(c: CompiledScenario, state: GapState): GapView {
  const gap = distance(c, c.sides[0].opening, c.sides[1].opening) || 1;
  const conceded = ([0, 1] as const).map((s: SideIndex) => Math.round((1000 * distance(c, c.sides[s].opening, state.sides[s]!.position)) / gap) / 10) as [number, number];
  return {
    left: meanPlace(c, state.sides[0]!.position, true) ?? 0,
    right: meanPlace(c, state.sides[1]!.position, true) ?? 1,
    draft: meanPlace(c, state.draft, false),
    conceded,
    progress: Math.round(state.progress),
  };
}
