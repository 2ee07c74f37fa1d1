// The six ways a game ends. Some end it at once (a walk-out, a discredited mediator, war, an
// agreed text); the rest are decided when the last round is over.
import type { CompiledScenario } from './compile.ts';
import { itemAt } from './package.ts';
import { utility } from './utility.ts';
import type { GameState, Outcome } from './types.ts';

export function fullTextAgreed(c: CompiledScenario, state: GameState): boolean {
  const v = state.draftVersion;
  return state.sides[0].accepted === v && state.sides[1].accepted === v && c.coreIssues.every((i) => itemAt(state.draft, i) !== null);
}

export function immediateOutcome(c: CompiledScenario, state: GameState): Outcome | null {
  const s = c.scenario;
  const round = state.round;
  if (fullTextAgreed(c, state)) return { id: 'framework', reason: 'Both delegations accepted a text covering the core issues.', round };
  for (const side of [0, 1] as const) {
    if (state.sides[side].patience <= 0) return { id: 'suspended', reason: `${s.delegations[side]!.shortName} walked out.`, round };
  }
  for (const side of [0, 1] as const) {
    if (state.sides[side].credibility < s.rules.collapseCredibility) {
      return { id: 'collapse', reason: `${s.delegations[side]!.shortName} no longer trusts the mediator; the talks move elsewhere.`, round };
    }
  }
  if (state.pressure >= c.topRung) return { id: 'strike', reason: 'The escalation reached its top rung.', round };
  return null;
}

export function lastRoundOver(c: CompiledScenario, state: GameState): boolean {
  return state.round >= c.scenario.rounds.length - 1;
}

/** The first delegation holds the military option: it strikes if no deal beats its BATNA. */
export function firstSideBetterOffWithout(c: CompiledScenario, state: GameState): boolean {
  const text = state.banked ?? state.draft;
  const side = state.sides[0];
  return utility(c.sides[0], text, side.reservation) <= side.reservation;
}

export function deadlineOutcome(c: CompiledScenario, state: GameState): Outcome {
  const s = c.scenario;
  const round = state.round;
  if (state.banked) return { id: 'interim', reason: 'The deadline passed with a partial package banked.', round };
  if (state.pressure >= s.escalation.strikeRung && firstSideBetterOffWithout(c, state)) {
    return { id: 'strike', reason: `The deadline passed; ${s.delegations[0]!.shortName} judged it was better off without the deal.`, round };
  }
  if (state.progress >= s.rules.continueProgress) return { id: 'continue', reason: 'No text yet, but enough progress to schedule another round.', round };
  return { id: 'suspended', reason: 'The deadline passed without enough progress; the talks are suspended.', round };
}
