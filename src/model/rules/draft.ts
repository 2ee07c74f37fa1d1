// The single negotiating text (Fisher): the mediator writes one draft in the majlis, presents it
// in each room, and revises it from each side's criticism of its worst items.
import { sideDraft, type RuleContext } from '../context.ts';
import { other } from '../compile.ts';
import { acceptanceFloor, aspiration } from '../aspiration.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { itemAt, optionAt, redLineCode, withItem, type Package } from '../package.ts';
import { updateProgress } from '../progress.ts';
import { itemLoss, packageUtility, redLinesCrossed, utility } from '../utility.ts';
import type { GameState, SideIndex } from '../types.ts';
import { addToMessage } from './messages.ts';

export function settledCore(state: GameState, ctx: Pick<RuleContext, 'c'>): number {
  let n = 0;
  for (const i of ctx.c.coreIssues) if (itemAt(state.draft, i) !== null) n++;
  return n;
}

/** One revision of the text: every change in it, then a new version number. */
export function editDraft(state: GameState, ctx: RuleContext, changes: readonly (readonly [number, number | null])[]): void {
  let text = state.draft;
  const lines: string[] = [];
  for (const [issue, option] of changes) {
    if (itemAt(text, issue) === option) continue;
    text = withItem(text, issue, option);
    const item = ctx.c.scenario.issues[issue]!;
    lines.push(option === null ? `${item.name}: left open` : `${item.name}: ${item.options[option]!.label}`);
  }
  if (text === state.draft) return;
  state.draft = text;
  state.draftVersion += 1;
  const hadYes = ctx.base.sides.some((s) => s.accepted !== null);
  if (ctx.base.sides[0].accepted !== null) sideDraft(state, ctx, 0).accepted = null;
  if (ctx.base.sides[1].accepted !== null) sideDraft(state, ctx, 1).accepted = null;
  narrate(state, ctx, `You write draft ${state.draftVersion}. ${lines.join('; ')}.`, { type: 'EDIT_DRAFT', version: ctx.base.draftVersion + 1 });
  if (hadYes) updateProgress(state, ctx);
}

/**
 * Would this side accept the text now? Open items count at its reservation value, and a partial
 * text is held to the same standard only on what it settles: the surplus over no deal it must
 * bring is scaled by the weight of the settled items (a first step is easier to sell at home).
 */
export function wouldAccept(state: GameState, ctx: Pick<RuleContext, 'c'>, s: SideIndex, text: Package): boolean {
  const cs = ctx.c.sides[s];
  if (redLinesCrossed(cs, text).length > 0) return false;
  const side = state.sides[s];
  // Public concessions bind: a text at least as good as its own stated position is hard to refuse.
  const threshold = Math.max(acceptanceFloor(ctx.c, state, s), Math.min(aspiration(ctx.c, state, s), packageUtility(cs, side.position)));
  let settled = 0;
  for (let i = 0; i < text.length; i++) if (itemAt(text, i) !== null) settled += cs.weights[i]!;
  return utility(cs, text, side.reservation) - side.reservation >= (threshold - side.reservation) * settled;
}

/** The items this side objects to most: red lines first, then the largest weighted losses. */
export function worstItems(state: GameState, ctx: Pick<RuleContext, 'c'>, s: SideIndex, count: number): number[] {
  const cs = ctx.c.sides[s];
  const text = state.draft;
  const crossed = redLinesCrossed(cs, text);
  const losses: { i: number; loss: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const option = itemAt(text, i);
    const loss = option === null ? 0 : itemLoss(cs, i, option);
    if (loss > 0 && !crossed.includes(i)) losses.push({ i, loss });
  }
  losses.sort((a, b) => b.loss - a.loss || a.i - b.i);
  return [...crossed, ...losses.map((x) => x.i)].slice(0, count);
}

export function narratePresentation(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const version = ctx.base.draftVersion;
  narrate(state, ctx, `You present draft ${version} to ${ctx.c.scenario.delegations[s]!.shortName}.`, { type: 'PRESENT_DRAFT', version });
}

/** The side as the model plays it decides on the draft: accept, or criticise its worst items. */
export function presentDraft(state: GameState, ctx: RuleContext, s: SideIndex): void {
  narratePresentation(state, ctx, s);
  const base = ctx.base;
  if (settledCore(base, ctx) > 0 && wouldAccept(base, ctx, s, base.draft)) acceptDraft(state, ctx, s);
  else criticiseDraft(state, ctx, s, worstItems(base, ctx, s, 2));
}

/** The side says yes to the current draft (the model's decision or a person's). */
export function acceptDraft(state: GameState, ctx: RuleContext, s: SideIndex, spoken = true): void {
  const base = ctx.base;
  const name = ctx.c.scenario.delegations[s]!.shortName;
  const version = base.draftVersion;
  if (spoken) say(state, ctx, s, 'accept');
  // Saying yes again to the same text is no news: no trust gained, nothing banked twice.
  if (base.sides[s].accepted === version) return;
  sideDraft(state, ctx, s).accepted = version;
  updateProgress(state, ctx);
  addSide(state, ctx, 'credibility', s, 2);
  addToMessage(state, ctx, s, 0, [], `${name} accepted draft ${version}.`);
  if (base.sides[other(s)].accepted === version) bankIfPartial(state, ctx);
}

/**
 * The side turns the draft down and names the items it objects to; it states its own position
 * on them (its position as it stands, or, played by a person, what the person says).
 */
export function criticiseDraft(state: GameState, ctx: RuleContext, s: SideIndex, worst: number[], stated?: ReadonlyMap<number, number>, spoken = true): void {
  const base = ctx.base;
  const side = sideDraft(state, ctx, s);
  const name = ctx.c.scenario.delegations[s]!.shortName;
  const version = base.draftVersion;
  const was = base.sides[s];
  side.criticised = worst;
  side.criticisedVersion = version;
  const cs = ctx.c.sides[s];
  let heard = was.heard;
  const redLines = [...was.redLinesHeard];
  let position = was.position;
  for (const i of worst) {
    const says = stated?.get(i) ?? optionAt(was.position, i);
    heard = withItem(heard, i, says);
    position = withItem(position, i, says);
    const option = itemAt(base.draft, i)!;
    if (cs.redLine[i]![option] && !redLines.includes(redLineCode(i, option))) redLines.push(redLineCode(i, option));
  }
  if (heard !== was.heard) side.heard = heard;
  if (position !== was.position) side.position = position;
  if (redLines.length !== was.redLinesHeard.length) side.redLinesHeard = redLines;
  const first = worst[0];
  if (!spoken) {
    // A person speaks for the side: no scenario line is put in its mouth.
  } else if (first !== undefined) {
    const option = itemAt(base.draft, first)!;
    say(state, ctx, s, cs.redLine[first]![option] ? 'redLine' : 'criticise', { issue: first, option });
  } else {
    say(state, ctx, s, 'criticise');
  }
  addToMessage(state, ctx, s, 0, worst, `${name} objected to parts of draft ${version}.`);
  addSide(state, ctx, 'patience', s, -1);
}

/** Both sides accepted a text that leaves core items open: bank it as an interim package. */
function bankIfPartial(state: GameState, ctx: RuleContext): void {
  const settled = settledCore(state, ctx);
  if (settled === ctx.c.coreIssues.length || settled < ctx.c.scenario.rules.interimMinimum || ctx.base.banked === ctx.base.draft) return;
  state.banked = state.draft;
  narrate(state, ctx, `Both sides accept draft ${state.draftVersion}: a partial package is banked.`);
  for (const s of [0, 1] as const) addSide(state, ctx, 'wayOut', s, 5);
  updateProgress(state, ctx);
}
