// The concessions as two bars closing a gap. Every issue's options run from the first side's end
// (0) to the second side's (1); a side's bar reaches the mean of where its stated position sits
// on that line, and the draft is marked at the mean of its settled items. The conceded share is
// the side's own loss of utility since its opening (what the ledger records as "concession").
import { concessionMade, itemAt, optionAt, type CompiledScenario, type GameState, type Package, type SideIndex } from '../../model/index.ts';

export interface GapView {
  /** Where the first side's bar ends (0-1 from the left). */
  left: number;
  /** Where the second side's bar ends (0-1 from the left). */
  right: number;
  /** The draft's place on the line, null when nothing is settled. */
  draft: number | null;
  /** Each side's concessions, in percent of its own utility. */
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

export function gapView(c: CompiledScenario, state: GameState): GapView {
  const conceded = ([0, 1] as const).map((s: SideIndex) => Math.round(concessionMade(c.sides[s], state.sides[s].position) * 1000) / 10) as [number, number];
  return {
    left: meanPlace(c, state.sides[0].position, true) ?? 0,
    right: meanPlace(c, state.sides[1].position, true) ?? 1,
    draft: meanPlace(c, state.draft, false),
    conceded,
    progress: Math.round(state.progress),
  };
}
