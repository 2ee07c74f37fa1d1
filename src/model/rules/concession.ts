// Asking for a concession on one issue. A side moves one step toward the other end when its
// aspiration allows it (riper and closer sides give more) and when it believes the other side
// has moved too: tit-for-tat on *perceived* concessions, which is why relaying matters.
import { sideDraft, type RuleContext } from '../context.ts';
import { aspiration, ripeness } from '../aspiration.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide, recordConcession } from '../meters.ts';
import { optionAt, redLineCode, withItem, type Package } from '../package.ts';
import type { CompiledScenario } from '../compile.ts';
import { updateProgress } from '../progress.ts';
import { concessionMade, packageUtility } from '../utility.ts';
import type { GameState, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';
import { issuePhrase } from '../phrase.ts';

export type ConcessionAnswer = 'conceded' | 'exhausted' | 'redLine' | 'tooSoon' | 'noReciprocity';

/** Slack below aspiration a side will accept when asked in person. */
export function give(state: GameState, s: SideIndex): number {
  const side = state.sides[s];
  return 0.04 + 0.08 * ripeness(side) + 0.04 * (side.closeness / 100);
}

/** How much a side will have conceded before it waits for the other to move. */
export function reciprocityAllowance(state: GameState, s: SideIndex): number {
  const side = state.sides[s];
  return side.perceivedOther + 0.04 + 0.06 * (side.credibility / 100);
}

/** The option one step from this side's position toward the other side's end, or null at the end of the scale. */
export function nextStep(c: CompiledScenario, position: Package, s: SideIndex, issue: number): number | null {
  const next = optionAt(position, issue) + c.sides[s].direction;
  return next < 0 || next >= c.optionCount[issue]! ? null : next;
}

export function judgeConcession(state: GameState, ctx: Pick<RuleContext, 'c'>, s: SideIndex, issue: number): ConcessionAnswer {
  const cs = ctx.c.sides[s];
  const position = state.sides[s].position;
  const next = nextStep(ctx.c, position, s, issue);
  if (next === null) return 'exhausted';
  if (cs.redLine[issue]![next]) return 'redLine';
  const moved = withItem(position, issue, next);
  if (packageUtility(cs, moved) < aspiration(ctx.c, state, s) - give(state, s)) return 'tooSoon';
  if (concessionMade(cs, moved) > reciprocityAllowance(state, s)) return 'noReciprocity';
  return 'conceded';
}

export function askConcession(state: GameState, ctx: RuleContext, s: SideIndex, issue: number): ConcessionAnswer {
  const answer = judgeConcession(ctx.base, ctx, s, issue);
  const cs = ctx.c.sides[s];
  const side = sideDraft(state, ctx, s);
  const was = ctx.base.sides[s];
  const d = ctx.c.scenario.delegations[s]!;
  const item = ctx.c.scenario.issues[issue]!;
  const next = optionAt(was.position, issue) + cs.direction;
  switch (answer) {
    case 'conceded':
      concede(state, ctx, s, issue);
      break;
    case 'exhausted':
      narrate(state, ctx, `${d.shortName} has nothing further to give on ${issuePhrase(item)}.`);
      addSide(state, ctx, 'patience', s, -1);
      break;
    case 'redLine': {
      const code = redLineCode(issue, next);
      if (!was.redLinesHeard.includes(code)) side.redLinesHeard = [...was.redLinesHeard, code];
      say(state, ctx, s, 'redLine', { issue, option: next });
      addSide(state, ctx, 'patience', s, -3);
      break;
    }
    case 'tooSoon':
      say(state, ctx, s, 'refuse', { issue, option: next });
      narrate(state, ctx, `${d.shortName} is not ready to move on ${issuePhrase(item)} yet.`);
      addSide(state, ctx, 'patience', s, -3);
      addSide(state, ctx, 'closeness', s, -1);
      break;
    case 'noReciprocity':
      say(state, ctx, s, 'refuse', { issue, option: next });
      narrate(state, ctx, `${d.shortName} asks what ${ctx.c.scenario.delegations[s === 0 ? 1 : 0]!.shortName} has given in return.`);
      addSide(state, ctx, 'patience', s, -2);
      break;
  }
  return answer;
}

/** The side moves one step toward the other on this issue (the model's decision or a person's). */
export function concede(state: GameState, ctx: RuleContext, s: SideIndex, issue: number, spoken = true): void {
  const cs = ctx.c.sides[s];
  const was = ctx.base.sides[s];
  const d = ctx.c.scenario.delegations[s]!;
  const item = ctx.c.scenario.issues[issue]!;
  const next = optionAt(was.position, issue) + cs.direction;
  const side = sideDraft(state, ctx, s);
  const before = was.position;
  const after = withItem(before, issue, next);
  side.position = after;
  side.heard = withItem(was.heard, issue, next);
  const uBefore = packageUtility(cs, before);
  const uAfter = packageUtility(cs, after);
  recordConcession(ctx, s, concessionMade(cs, before), concessionMade(cs, after));
  addSide(state, ctx, 'hardliners', s, d.hardliners.perConcession * (uBefore - uAfter) * 10);
  addToMessage(state, ctx, s, uBefore - uAfter, [issue], `${d.shortName} moved on ${issuePhrase(item)}: ${item.options[next]!.label}.`);
  if (spoken) say(state, ctx, s, 'concede', { issue, option: next });
  updateProgress(state, ctx);
}
