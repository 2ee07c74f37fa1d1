// Listening: the side states its position on what matters most to it, and hints at a priority.
// A trusted mediator hears more, and hears it right (Kydd: credibility makes messages informative).
import type { RuleContext } from '../context.ts';
import { say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import type { GameState, Priority, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

export function priorityOf(weightRank: number, issueCount: number): Priority {
  if (weightRank < Math.ceil(issueCount / 3)) return 'high';
  if (weightRank < Math.ceil((2 * issueCount) / 3)) return 'medium';
  return 'low';
}

export function listen(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const cs = ctx.c.sides[s];
  const side = state.sides[s];
  const known = state.knowledge;
  const count = side.credibility >= 60 ? 3 : side.credibility >= 35 ? 2 : 1;
  const revealed: number[] = [];
  for (const i of cs.byWeight) {
    if (known.positions[s]![i] === side.position[i]) continue;
    known.positions[s]![i] = side.position[i]!;
    revealed.push(i);
    if (revealed.length === count) break;
  }
  const unheard = cs.byWeight.filter((i) => known.priorities[s]![i] === null);
  if (unheard.length > 0) {
    // The most important unheard issue; with low credibility the hint may be wrong.
    const issue = unheard[0]!;
    const noise = Math.max(0, (60 - side.credibility) / 100);
    const levels: Priority[] = ['high', 'medium', 'low'];
    const truth = priorityOf(cs.byWeight.indexOf(issue), cs.byWeight.length);
    known.priorities[s]![issue] = ctx.rng.chance(noise) ? levels[ctx.rng.int(3)]! : truth;
    say(state, ctx, s, 'priority', { issue });
  }
  if (revealed.length > 0) {
    say(state, ctx, s, 'position', { issue: revealed[0]!, option: side.position[revealed[0]!]! });
    addToMessage(state, s, 0, revealed, `${ctx.c.scenario.delegations[s]!.shortName} restated its position.`);
  }
  addSide(state, ctx, 'closeness', s, 1);
  addSide(state, ctx, 'patience', s, 1);
}
