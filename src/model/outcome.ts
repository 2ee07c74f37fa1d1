// The six ways a game ends. Some end it at once (a walk-out, a discredited mediator, war, an
// agreed text); the rest are decided when the last round is over.
import type { CompiledScenario } from './compile.ts';
import { acceptanceFloor } from './aspiration.ts';
import { blank, itemAt, withItem, type Package } from './package.ts';
import { redLinesCrossed, utility } from './utility.ts';
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

/** The first delegation decides at the deadline: it ends the talks if no deal beats its BATNA. */
export function firstSideBetterOffWithout(c: CompiledScenario, state: GameState): boolean {
  const text = state.banked ?? state.draft;
  const side = state.sides[0];
  return utility(c.sides[0], text, side.reservation) <= side.reservation;
}

/**
 * The items on which the two stated positions already meet, as a text (others open): at the
 * deadline they can be banked as an interim deal if each side prefers them to no deal.
 */
export function convergedText(c: CompiledScenario, state: GameState): Package | null {
  const [a, b] = state.sides;
  let text = blank(c.issueIds.length);
  let core = 0;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (a.position[i] !== b.position[i]) continue;
    text = withItem(text, i, itemAt(a.position, i));
    if (c.core[i]) core++;
  }
  if (core < c.scenario.rules.interimMinimum) return null;
  return acceptableAtDeadline(c, state, 0, text) && acceptableAtDeadline(c, state, 1, text) ? text : null;
}

/** At the deadline (aspiration has reached the floor): is this text, partial or full, worth more than no deal at home? */
export function acceptableAtDeadline(c: CompiledScenario, state: GameState, s: 0 | 1, text: Package): boolean {
  const cs = c.sides[s];
  if (redLinesCrossed(cs, text).length > 0) return false;
  const rv = state.sides[s].reservation;
  let settled = 0;
  for (let i = 0; i < text.length; i++) if (itemAt(text, i) !== null) settled += cs.weights[i]!;
  return utility(cs, text, rv) - rv >= (acceptanceFloor(c, state, s) - rv) * settled;
}

/**
 * One side said yes to the current text and the other objected to a few items of that same
 * text: the rest is what both have agreed to, and can be banked at the deadline.
 */
export function unobjectedText(c: CompiledScenario, state: GameState): Package | null {
  for (const [yes, no] of [[0, 1], [1, 0]] as const) {
    const critic = state.sides[no];
    if (state.sides[yes].accepted !== state.draftVersion || critic.criticisedVersion !== state.draftVersion) continue;
    let text = state.draft;
    for (const i of critic.criticised) text = withItem(text, i, null);
    const core = c.coreIssues.filter((i) => itemAt(text, i) !== null).length;
    if (core < c.scenario.rules.interimMinimum) continue;
    if (acceptableAtDeadline(c, state, 0, text) && acceptableAtDeadline(c, state, 1, text)) return text;
  }
  return null;
}

/** The text banked when the deadline passes: banked before, or made at the deadline (null: none). */
export function deadlineText(c: CompiledScenario, state: GameState): Package | null {
  return state.banked ?? unobjectedText(c, state) ?? convergedText(c, state);
}

export function deadlineOutcome(c: CompiledScenario, state: GameState): Outcome {
  const s = c.scenario;
  const round = state.round;
  if (state.banked) return { id: 'interim', reason: 'The deadline passed with a partial package banked.', round };
  if (unobjectedText(c, state)) return { id: 'interim', reason: 'No full text, but what one side accepted and the other did not object to is banked as an interim deal.', round, atDeadline: true };
  if (convergedText(c, state)) return { id: 'interim', reason: 'No full text, but the points both sides already agree on are banked as an interim deal.', round, atDeadline: true };
  if (state.pressure >= s.escalation.strikeRung && firstSideBetterOffWithout(c, state)) {
    return { id: 'strike', reason: `The deadline passed; ${s.delegations[0]!.shortName} judged it was better off without the deal.`, round };
  }
  if (state.progress >= s.rules.continueProgress) return { id: 'continue', reason: 'No text yet, but enough progress to schedule another round.', round };
  return { id: 'suspended', reason: 'The deadline passed without enough progress; the talks are suspended.', round };
}
