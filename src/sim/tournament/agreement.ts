// What an agreement was worth: read after the game from the whole state (the referee's view,
// never the policy's), with the model's own analysis of the text on the table.
import type { CompiledScenario, GameState } from '../../model/index.ts';
import { textStanding } from '../../model/index.ts';

export interface Agreement {
  /** Per delegation, in order. */
  utilities: number[];
  nashDistance: number | null;
}

/** The agreed text's utilities and distance to the Nash point; null when the game ended without an agreement. */
export function agreementOf(c: CompiledScenario, state: GameState): Agreement | null {
  const id = state.outcome?.id;
  if (id !== 'framework' && id !== 'interim') return null;
  const standing = textStanding(c, state);
  const u = standing.utilities;
  const nash = standing.nash?.utilities;
  return { utilities: [...u], nashDistance: nash ? Math.hypot(...u.map((x, k) => x - nash[k]!)) : null };
}
