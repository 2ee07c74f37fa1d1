// Listening: the side states its position on what matters most to it, and hints at a priority.
// A trusted mediator hears more, and hears it right (Kydd: credibility makes messages informative).
import { sideDraft, type RuleContext } from '../context.ts';
import { say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { optionAt, withItem, type PriorityCode } from '../package.ts';
import type { GameState, Priority, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

export function priorityOf(weightRank: number, issueCount: number): Priority {
  if (weightRank < Math.ceil(issueCount / 3)) return 'high';
  if (weightRank < Math.ceil((2 * issueCount) / 3)) return 'medium';
  return 'low';
}

export const PRIORITY_CODES: Record<Priority, PriorityCode> = { high: 'h', medium: 'm', low: 'l' };

export function listen(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const cs = ctx.c.sides[s];
  const was = ctx.base.sides[s];
  const count = was.credibility >= 60 ? 3 : was.credibility >= 35 ? 2 : 1;
  const position = was.position;
  let heard = was.heard;
  const revealed: number[] = [];
  for (const i of cs.byWeight) {
    if (heard[i] === position[i]) continue;
    heard = withItem(heard, i, optionAt(position, i));
    revealed.push(i);
    if (revealed.length === count) break;
  }
  const side = sideDraft(state, ctx, s);
  if (heard !== was.heard) side.heard = heard;
  const unheard = cs.byWeight.find((i) => was.priorities[i] === '?');
  if (unheard !== undefined) {
    // The most important unheard issue; with low credibility the hint may be wrong.
    const noise = Math.max(0, (60 - was.credibility) / 100);
    const truth = priorityOf(cs.byWeight.indexOf(unheard), cs.byWeight.length);
    const levels: Priority[] = ['high', 'medium', 'low'];
    const cue = ctx.rng.chance(noise) ? levels[ctx.rng.int(3)]! : truth;
    side.priorities = was.priorities.slice(0, unheard) + PRIORITY_CODES[cue] + was.priorities.slice(unheard + 1);
    say(state, ctx, s, 'priority', { issue: unheard });
  }
  if (revealed.length > 0) {
    say(state, ctx, s, 'position', { issue: revealed[0]!, option: optionAt(position, revealed[0]!) });
    addToMessage(state, ctx, s, 0, revealed, `${ctx.c.scenario.delegations[s]!.shortName} restated its position.`);
  }
  addSide(state, ctx, 'closeness', s, 1);
  addSide(state, ctx, 'patience', s, 1);
}
