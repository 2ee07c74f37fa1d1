// The six ways a game ends. Some end it at once (an agreed text, put to each side's home; a
// walk-out; a discredited mediator; war); the rest are decided when the last round is over.
import { acceptanceFloor, settledWeight } from './acceptance.ts';
import type { CompiledScenario } from './compile.ts';
import type { RuleContext } from './context.ts';
import { notice } from './dialogue.ts';
import { blank, itemAt, withItem, type Package } from './package.ts';
import { redLinesCrossed, utility } from './utility.ts';
import type { GameState, Outcome, Ratification, SideIndex } from './types.ts';

export function fullTextAgreed(c: CompiledScenario, state: GameState): boolean {
  const v = state.draftVersion;
  return c.signers.every((s) => state.sides[s]!.accepted === v) && c.coreIssues.every((i) => itemAt(state.draft, i) !== null);
}

export function immediateOutcome(c: CompiledScenario, state: GameState): Outcome | null {
  const s = c.scenario;
  const round = state.round;
  if (fullTextAgreed(c, state)) return { id: 'framework', reason: { type: 'agreed' }, round };
  for (const side of c.sideIndices) {
    if (state.sides[side]!.patience <= 0) return { id: 'suspended', reason: { type: 'walkout', side }, round };
  }
  for (const side of c.sideIndices) {
    if (state.sides[side]!.credibility < s.rules.collapseCredibility) return { id: 'collapse', reason: { type: 'discredited', side }, round };
  }
  if (state.pressure >= c.topRung) return { id: 'strike', reason: { type: 'topRung' }, round };
  return null;
}

/** The chance a deal passes at home: even at the floor, about three in four one noise above it. */
export function ratificationChance(c: CompiledScenario, margin: number): number {
  return 1 / (1 + Math.exp(-margin / c.scenario.rules.negotiation.ratificationNoise));
}

/**
 * The agreed text goes home (Putnam's two-level game): each side's hardliners judge it against
 * the floor they demand. A deal well above it passes; one at it is a coin toss.
 */
export function ratify(state: GameState, ctx: RuleContext): void {
  const results: Ratification[] = [];
  // The signers' homes ratify it: a delegation that need not sign has no vote on it.
  for (const s of ctx.c.signers) {
    const worth = utility(ctx.base.truth[s]!, ctx.base.draft, ctx.base.sides[s].reservation);
    const margin = Math.round((worth - acceptanceFloor(ctx.c, ctx.base, s)) * 10000) / 10000;
    const chance = ratificationChance(ctx.c, margin);
    const passed = ctx.rng.chance(chance);
    results.push({ side: s, margin, chance: Math.round(chance * 1000) / 1000, passed });
    notice(state, ctx, { type: 'ratified', side: s, passed, margin });
  }
  state.ratification = results;
  const failed = results.find((r) => !r.passed);
  state.outcome = failed ? { id: 'suspended', reason: { type: 'notRatified', side: failed.side }, round: ctx.base.round } : { id: 'framework', reason: { type: 'agreed' }, round: ctx.base.round };
}

export function lastRoundOver(c: CompiledScenario, state: GameState): boolean {
  return state.round >= c.scenario.rounds.length - 1;
}

/** The striker (escalation.strikeBy) decides at the deadline: it ends the talks if no deal beats its BATNA. */
export function strikerBetterOffWithout(c: CompiledScenario, state: GameState): boolean {
  const text = state.banked ?? state.draft;
  const side = state.sides[c.striker];
  return utility(state.truth[c.striker]!, text, side.reservation) <= side.reservation;
}

/** At the deadline: is this text, partial or full, worth more than no deal at home? */
export function acceptableAtDeadline(c: CompiledScenario, state: GameState, s: SideIndex, text: Package): boolean {
  const truth = state.truth[s]!;
  if (redLinesCrossed(truth, text).length > 0) return false;
  const rv = state.sides[s].reservation;
  return utility(truth, text, rv) - rv >= (acceptanceFloor(c, state, s) - rv) * settledWeight(truth.weights, text);
}

/**
 * The items on which every stated position already meets, as a text (others open): at the
 * deadline they can be banked as an interim deal if each side prefers them to no deal.
 */
export function convergedText(c: CompiledScenario, state: GameState): Package | null {
  const first = state.sides[c.signers[0]!]!.position;
  let text = blank(c.issueIds.length);
  let core = 0;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.signers.some((s) => state.sides[s]!.position[i] !== first[i])) continue;
    text = withItem(text, i, itemAt(first, i));
    if (c.core[i]) core++;
  }
  if (core < c.scenario.rules.interimMinimum) return null;
  return acceptableEverywhere(c, state, text) ? text : null;
}

/** Every signer prefers the text to no deal. */
function acceptableEverywhere(c: CompiledScenario, state: GameState, text: Package): boolean {
  return c.signers.every((s) => acceptableAtDeadline(c, state, s, text));
}

/**
 * Some signers said yes to the current text and each of the others objected to a few items of
 * that same text: the rest is what all have agreed to, and can be banked at the deadline.
 */
export function unobjectedText(c: CompiledScenario, state: GameState): Package | null {
  const v = state.draftVersion;
  const critics = c.signers.map((s) => state.sides[s]!).filter((s) => s.accepted !== v);
  if (critics.length === 0 || critics.length === c.signers.length || critics.some((s) => s.criticisedVersion !== v)) return null;
  let text = state.draft;
  for (const critic of critics) for (const i of critic.criticised) text = withItem(text, i, null);
  const core = c.coreIssues.filter((i) => itemAt(text, i) !== null).length;
  if (core < c.scenario.rules.interimMinimum) return null;
  return acceptableEverywhere(c, state, text) ? text : null;
}

/** The text banked when the deadline passes: banked before, or made at the deadline (null: none). */
export function deadlineText(c: CompiledScenario, state: GameState): Package | null {
  return state.banked ?? unobjectedText(c, state) ?? convergedText(c, state);
}

export function deadlineOutcome(c: CompiledScenario, state: GameState): Outcome {
  const s = c.scenario;
  const round = state.round;
  if (state.banked) return { id: 'interim', reason: { type: 'banked' }, round };
  if (unobjectedText(c, state)) return { id: 'interim', reason: { type: 'unobjected' }, round, atDeadline: true };
  if (convergedText(c, state)) return { id: 'interim', reason: { type: 'converged' }, round, atDeadline: true };
  if (state.pressure >= s.escalation.strikeRung && strikerBetterOffWithout(c, state)) return { id: 'strike', reason: { type: 'betterWithout', side: c.striker }, round };
  if (state.progress >= s.rules.continueProgress) return { id: 'continue', reason: { type: 'progress' }, round };
  return { id: 'suspended', reason: { type: 'noProgress' }, round };
}
