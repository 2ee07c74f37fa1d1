// The text on the table set against what each side could get elsewhere and against the Nash
// bargaining point: what the outcome screen, the transcript and the debrief show.
import { nashPointAll } from './bargaining.ts';
import type { CompiledScenario } from './compile.ts';
import { itemAt, packageOf, type Package } from './package.ts';
import type { GameState, SideTruth } from './types.ts';
import { utility } from './utility.ts';

export interface TextItem {
  issue: string;
  option: string | null;
}

export interface TextStanding {
  /** The agreed text, the banked one, or the last draft. */
  kind: 'agreed' | 'banked' | 'draft';
  items: TextItem[];
  /** Per delegation, in order (so for each of the following). */
  utilities: number[];
  reservations: number[];
  nash: { items: TextItem[]; utilities: number[] } | null;
  /** Utility of the text over each side's reservation value (negative: worse than no deal). */
  surplus: number[];
}

export function textItems(c: CompiledScenario, text: Package): TextItem[] {
  return c.issueIds.map((issue, i) => {
    const o = itemAt(text, i);
    return { issue, option: o === null ? null : c.optionIds[i]![o]! };
  });
}

/** Three decimals; never -0 (which JSON writes as 0, so a debrief read back would differ). */
const round3 = (x: number) => Math.round(x * 1000) / 1000 + 0;

export function textStanding(c: CompiledScenario, state: GameState): TextStanding {
  const kind = state.outcome?.id === 'framework' ? 'agreed' : state.banked ? 'banked' : 'draft';
  const text = kind === 'banked' ? state.banked! : state.draft;
  const reservations = state.sides.map((s) => s.reservation);
  const truth: SideTruth[] = c.sideIndices.map((s) => state.truth[s]!);
  const utilities = truth.map((t, s) => round3(utility(t, text, reservations[s]!)));
  // The Nash point of this game's true values, over the texts the draft can express.
  const nash = nashPointAll(c, reservations, truth);
  return {
    kind,
    items: textItems(c, text),
    utilities,
    reservations,
    nash: nash ? { items: textItems(c, packageOf(nash.items)), utilities: nash.u.map(round3) } : null,
    surplus: utilities.map((u, s) => round3(u - reservations[s]!)),
  };
}

