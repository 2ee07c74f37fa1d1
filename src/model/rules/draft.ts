// The single negotiating text (Fisher): the mediator writes one draft in the majlis, presents it
// in each room, and revises it from each side's criticism of its worst items.
import type { RuleContext } from '../context.ts';
import { other } from '../compile.ts';
import { acceptanceFloor, aspiration } from '../aspiration.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { updateProgress } from '../progress.ts';
import { itemLoss, packageUtility, redLinesCrossed, utility } from '../utility.ts';
import type { GameState, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

export function settledCore(state: GameState, ctx: RuleContext): number {
  return ctx.c.coreIssues.filter((i) => state.draft.items[i] !== null).length;
}

export function editDraft(state: GameState, ctx: RuleContext, issue: number, option: number | null): void {
  if (state.draft.items[issue] === option) return;
  state.draft.items[issue] = option;
  state.draft.version += 1;
  state.sides[0].accepted = null;
  state.sides[1].accepted = null;
  const item = ctx.c.scenario.issues[issue]!;
  narrate(state, option === null ? `You leave ${item.name.toLowerCase()} open in the draft.` : `You write into the draft: ${item.name}: ${item.options[option]!.label}.`);
}

/** Would this side accept the text now? Open items count at its reservation value. */
export function wouldAccept(state: GameState, ctx: RuleContext, s: SideIndex, items: readonly (number | null)[]): boolean {
  const cs = ctx.c.sides[s];
  if (redLinesCrossed(cs, items).length > 0) return false;
  const side = state.sides[s];
  // Public concessions bind: a text at least as good as its own stated position is hard to refuse.
  const threshold = Math.max(acceptanceFloor(ctx.c, state, s), Math.min(aspiration(ctx.c, state, s), packageUtility(cs, side.position)));
  return utility(cs, items, side.reservation) >= threshold;
}

/** The items this side objects to most: red lines first, then the largest weighted losses. */
export function worstItems(state: GameState, ctx: RuleContext, s: SideIndex, count: number): number[] {
  const cs = ctx.c.sides[s];
  const items = state.draft.items;
  const crossed = redLinesCrossed(cs, items);
  const losses = items
    .map((option, i) => ({ i, loss: option === null ? 0 : itemLoss(cs, i, option) }))
    .filter((x) => x.loss > 0 && !crossed.includes(x.i))
    .sort((a, b) => b.loss - a.loss || a.i - b.i)
    .map((x) => x.i);
  return [...crossed, ...losses].slice(0, count);
}

export function presentDraft(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const side = state.sides[s];
  const name = ctx.c.scenario.delegations[s]!.shortName;
  const version = state.draft.version;
  narrate(state, `You present draft ${version} to ${name}.`);
  if (settledCore(state, ctx) > 0 && wouldAccept(state, ctx, s, state.draft.items)) {
    side.accepted = version;
    say(state, ctx, s, 'accept');
    addSide(state, ctx, 'credibility', s, 2);
    addToMessage(state, s, 0, [], `${name} accepted draft ${version}.`);
    if (state.sides[other(s)].accepted === version) bankIfPartial(state, ctx);
    return;
  }
  const worst = worstItems(state, ctx, s, 2);
  state.knowledge.criticised[s] = worst;
  const cs = ctx.c.sides[s];
  for (const i of worst) {
    state.knowledge.positions[s]![i] = side.position[i]!;
    if (cs.redLine[i]![state.draft.items[i]!] && !state.knowledge.redLines[s]![i]!.includes(state.draft.items[i]!)) {
      state.knowledge.redLines[s]![i]!.push(state.draft.items[i]!);
    }
  }
  const first = worst[0];
  if (first !== undefined) {
    const crossed = cs.redLine[first]![state.draft.items[first]!];
    say(state, ctx, s, crossed ? 'redLine' : 'criticise', { issue: first, option: state.draft.items[first]! });
  } else {
    say(state, ctx, s, 'criticise');
  }
  addToMessage(state, s, 0, worst, `${name} objected to parts of draft ${version}.`);
  addSide(state, ctx, 'patience', s, -1);
}

/** Both sides accepted a text that leaves core items open: bank it as an interim package. */
function bankIfPartial(state: GameState, ctx: RuleContext): void {
  const settled = settledCore(state, ctx);
  if (settled === ctx.c.coreIssues.length || settled < ctx.c.scenario.rules.interimMinimum) return;
  state.banked = [...state.draft.items];
  narrate(state, `Both sides accept draft ${state.draft.version}: a partial package is banked.`);
  for (const s of [0, 1] as const) addSide(state, ctx, 'wayOut', s, 5);
  updateProgress(state, ctx);
}
