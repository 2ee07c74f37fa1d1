// The concessions as two bars closing a gap, from what the mediator knows: the public openings
// (the scenario's) and the positions each side has stated since (heard; an issue not heard
// yet counts at its opening). The gap is counted in option steps between the two openings,
// issue by issue; a side's bar grows by the steps it has moved toward the other's opening.
// The draft is marked where its settled items sit on the same line. No hidden value is read.
import type { MediatorState } from '../../machine/index.ts';
import { itemAt, type CompiledScenario } from '../../model/index.ts';
import { movedShares, sharePercent } from './conceded.ts';

export interface GapView {
  /** Where the first side's bar ends (0-1 from the left). */
  left: number;
  /** Where the second side's bar starts (0-1 from the left). */
  right: number;
  /** The draft's place on the line, null when it settles no item the openings disagree on. */
  draft: number | null;
  /** Each side's concessions: the share of the opening gap it has moved, in per cent. */
  conceded: [number, number];
  /** The option steps between the openings, summed over the issues. */
  steps: number;
  progress: number;
}

/** Where the option stands between the openings of one issue: 0 at the first side's, 1 at the second's. */
function place(from: number, to: number, option: number): number {
  return Math.min(1, Math.max(0, (option - from) / (to - from)));
}

export function gapView(c: CompiledScenario, state: Pick<MediatorState, 'sides' | 'draft' | 'progress'>): GapView {
  // Where each side's bar ends: its share of the gap moved (conceded.ts, the same for any number).
  const [first, second] = movedShares(c, state) as [number, number];
  let steps = 0;
  let draftSum = 0;
  let draftSteps = 0;
  for (let i = 0; i < c.issueIds.length; i++) {
    const from = itemAt(c.sides[0].opening, i) ?? 0;
    const to = itemAt(c.sides[1].opening, i) ?? 0;
    const gap = Math.abs(to - from);
    if (gap === 0) continue;
    steps += gap;
    const item = itemAt(state.draft, i);
    if (item !== null) {
      draftSum += gap * place(from, to, item);
      draftSteps += gap;
    }
  }
  return {
    left: first,
    right: 1 - second,
    draft: draftSteps === 0 ? null : draftSum / draftSteps,
    conceded: [sharePercent(first), sharePercent(second)],
    steps,
    progress: Math.round(state.progress),
  };
}
