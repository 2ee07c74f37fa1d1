// The text on the table set against what each side could get elsewhere and against the Nash
// bargaining point: what the outcome screen, the transcript and the debrief show.
import { nashPoint } from './bargaining.ts';
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
  utilities: [number, number];
  reservations: [number, number];
  nash: { items: TextItem[]; utilities: [number, number] } | null;
  /** Utility of the text over each side's reservation value (negative: worse than no deal). */
  surplus: [number, number];
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
  const reservations: [number, number] = [state.sides[0].reservation, state.sides[1].reservation];
  const truth: [SideTruth, SideTruth] = [state.truth[0]!, state.truth[1]!];
  const utilities: [number, number] = [round3(utility(truth[0], text, reservations[0])), round3(utility(truth[1], text, reservations[1]))];
  // The Nash point of this game's true values, over the texts the draft can express.
  const nash = nashPoint(c, reservations, truth);
  return {
    kind,
    items: textItems(c, text),
    utilities,
    reservations,
    nash: nash ? { items: textItems(c, packageOf(nash.items)), utilities: [round3(nash.u[0]), round3(nash.u[1])] } : null,
    surplus: [round3(utilities[0] - reservations[0]), round3(utilities[1] - reservations[1])],
  };
}

