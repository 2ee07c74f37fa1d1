// Asking for a concession on one issue. A side moves one step toward the other when what it has
// given stays within what it believes it got back plus its allowance (tit-for-tat on perceived
// concessions, which is why carrying messages matters), never below its floor, never across a
// red line and never past where the other side stands. When the step asked for costs it too
// much, it may answer with a trade by its own priorities instead ("not on that, but...").
import { sideDraft, type RuleContext } from '../context.ts';
import { acceptanceFloor } from '../acceptance.ts';
import type { CompiledScenario } from '../compile.ts';
import { narrate, reply, say } from '../dialogue.ts';
import { addSide, recordConcession } from '../meters.ts';
import { proposeTrade } from '../offers.ts';
import { optionAt, redLineCode, withItem } from '../package.ts';
import { updateProgress } from '../progress.ts';
import { concessionBudget, pastTheOther, stepCost, stepToward } from '../reciprocity.ts';
import type { GameState, RefusalReason, SideIndex } from '../types.ts';
import { packageUtility } from '../utility.ts';
import { addToMessage } from './messages.ts';

export type ConcessionAnswer = 'conceded' | RefusalReason;

/** The option one step from this side's position toward the other side's end, or null at the end of the scale. */
export function nextStep(c: CompiledScenario, position: string, s: SideIndex, issue: number): number | null {
  return stepToward(c, position, s, issue);
}

export function judgeConcession(c: CompiledScenario, state: GameState, s: SideIndex, issue: number): ConcessionAnswer {
  const position = state.sides[s].position;
  const next = stepToward(c, position, s, issue);
  if (next === null) return 'exhausted';
  if (pastTheOther(c, state, s, issue, next)) return 'pastTheirs';
  const truth = state.truth[s]!;
  if (truth.redLine[issue]![next]) return 'redLine';
  if (packageUtility(truth, withItem(position, issue, next)) < acceptanceFloor(c, state, s)) return 'tooSoon';
  const cost = stepCost(state, s, issue, optionAt(position, issue), next);
  if (cost > concessionBudget(c, state, s) + 1e-9) return 'noReciprocity';
  return 'conceded';
}

export function askConcession(state: GameState, ctx: RuleContext, s: SideIndex, issue: number): ConcessionAnswer {
  narrate(state, ctx, { type: 'ASK_CONCESSION', side: s, issue });
  const answer = judgeConcession(ctx.c, ctx.base, s, issue);
  const was = ctx.base.sides[s];
  const next = optionAt(was.position, issue) + ctx.c.sides[s].directions[issue]!;
  switch (answer) {
    case 'conceded':
      concede(state, ctx, s, issue);
      return answer;
    case 'exhausted':
    case 'pastTheirs':
      addSide(state, ctx, 'patience', s, -1);
      break;
    case 'redLine': {
      const code = redLineCode(issue, next);
      if (!was.redLinesHeard.includes(code)) sideDraft(state, ctx, s).redLinesHeard = [...was.redLinesHeard, code];
      say(state, ctx, s, 'redLine', { issue, option: next });
      addSide(state, ctx, 'patience', s, -3);
      break;
    }
    case 'tooSoon':
    case 'noReciprocity':
      say(state, ctx, s, 'refuse', { issue, option: next });
      addSide(state, ctx, 'patience', s, answer === 'tooSoon' ? -3 : -2);
      if (answer === 'tooSoon') addSide(state, ctx, 'closeness', s, -1);
      break;
  }
  reply(state, ctx, s, { type: 'refused', issue, why: answer });
  // Asked for too much on this issue, it may offer a trade on another instead.
  if (answer === 'noReciprocity' && !ctx.base.offers.some((o) => o.from === s)) {
    const offer = proposeTrade(ctx.c, ctx.base, s, issue);
    if (offer) {
      state.offers = [...ctx.base.offers, offer];
      say(state, ctx, s, 'offer', { issue: offer.give[0]!.issue, option: offer.give[0]!.option });
      reply(state, ctx, s, { type: 'offer', offer });
      addToMessage(state, ctx, s, [{ type: 'offer', offer }]);
    }
  }
  return answer;
}

/** The side moves one step toward the other on this issue (the model's decision or a person's). */
export function concede(state: GameState, ctx: RuleContext, s: SideIndex, issue: number, spoken = true): void {
  const cs = ctx.c.sides[s];
  const was = ctx.base.sides[s];
  const d = ctx.c.scenario.delegations[s]!;
  const from = optionAt(was.position, issue);
  const next = from + cs.directions[issue]!;
  moveTo(state, ctx, s, [{ issue, option: next }]);
  addSide(state, ctx, 'hardliners', s, d.hardliners.perConcession * stepCost(ctx.base, s, issue, from, next) * 10);
  if (spoken) say(state, ctx, s, 'concede', { issue, option: next });
  reply(state, ctx, s, { type: 'conceded', issue, from, to: next });
  addToMessage(state, ctx, s, [{ type: 'moved', issue, to: next }]);
}

/**
 * A side's position moves to these items (a concession or its part of a trade): its stated
 * position changes before the mediator, and what it gave is added to what it has conceded.
 */
export function moveTo(state: GameState, ctx: RuleContext, s: SideIndex, items: readonly { issue: number; option: number }[]): void {
  const side = sideDraft(state, ctx, s);
  const truth = ctx.base.truth[s]!;
  const opening = ctx.c.sides[s].opening;
  const before = side.position;
  let after = before;
  let heard = side.heard;
  for (const { issue, option } of items) {
    after = withItem(after, issue, option);
    heard = withItem(heard, issue, option);
  }
  side.position = after;
  side.heard = heard;
  const given = Math.max(0, packageUtility(truth, before) - packageUtility(truth, after));
  side.conceded = Math.round((side.conceded + given) * 10000) / 10000;
  const full = packageUtility(truth, opening);
  recordConcession(ctx, s, Math.max(0, full - packageUtility(truth, before)), Math.max(0, full - packageUtility(truth, after)));
  updateProgress(state, ctx);
}
