// The single negotiating text (Fisher): the mediator writes one draft in the majlis, presents it
// in each room, and revises it from each side's criticism. A side that says no names the items
// that cost it most against where it now stands, says what would make the package enough ("we
// need more on relief"), may offer a condition, and may point to its hardliners (tied hands).
import { sideDraft, type RuleContext } from '../context.ts';
import { shortfall, wouldAccept } from '../acceptance.ts';
import { narrate, notice, reply, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { sortSmall } from '../order.ts';
import { itemAt, optionAt, redLineCode, withItem, type Package } from '../package.ts';
import { updateProgress } from '../progress.ts';
import type { GameState, MessageItem, Offer, SideIndex } from '../types.ts';
import { redLinesCrossed, stepValue, utility } from '../utility.ts';
import { addToMessage } from './messages.ts';

export function settledCore(state: Pick<GameState, 'draft'>, ctx: Pick<RuleContext, 'c'>): number {
  let n = 0;
  for (const i of ctx.c.coreIssues) if (itemAt(state.draft, i) !== null) n++;
  return n;
}

/** One revision of the text: every change in it, then a new version number. */
export function editDraft(state: GameState, ctx: RuleContext, changes: readonly (readonly [number, number | null])[]): void {
  let text = state.draft;
  const changed: { issue: number; option: number | null }[] = [];
  for (const [issue, option] of changes) {
    if (itemAt(text, issue) === option) continue;
    text = withItem(text, issue, option);
    changed.push({ issue, option });
  }
  if (text === state.draft) return;
  state.draft = text;
  state.draftVersion += 1;
  const hadYes = ctx.base.sides.some((s) => s.accepted !== null);
  for (const s of ctx.c.sideIndices) if (ctx.base.sides[s]!.accepted !== null) sideDraft(state, ctx, s).accepted = null;
  narrate(state, ctx, { type: 'EDIT_DRAFT', version: ctx.base.draftVersion + 1, changes: changed });
  if (hadYes) updateProgress(state, ctx);
}

/** How much an item of the text costs the side against its own stated position (open: its reservation value there). */
function itemLoss(state: GameState, s: SideIndex, text: Package, issue: number): number {
  const truth = state.truth[s]!;
  const own = truth.values[issue]![optionAt(state.sides[s].position, issue)]!;
  const option = itemAt(text, issue);
  const there = option === null ? state.sides[s].reservation : truth.values[issue]![option]!;
  return truth.weights[issue]! * Math.max(0, own - there);
}

/** The items this side objects to most: red lines first, then the largest losses against where it stands. */
export function worstItems(state: GameState, s: SideIndex, count: number): number[] {
  const text = state.draft;
  const crossed = redLinesCrossed(state.truth[s]!, text);
  const losses: { i: number; loss: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const loss = itemAt(text, i) === null ? 0 : itemLoss(state, s, text, i);
    if (loss > 0 && !crossed.includes(i)) losses.push({ i, loss });
  }
  sortSmall(losses, (a, b) => b.loss - a.loss || a.i - b.i);
  return [...crossed, ...losses.map((x) => x.i)].slice(0, count);
}

/** The item whose one step toward the side would do most to make the text enough: what it "needs more on". */
export function needMost(c: RuleContext['c'], state: GameState, s: SideIndex): { issue: number; option: number } | null {
  const truth = state.truth[s]!;
  let best: { issue: number; option: number; gain: number } | null = null;
  for (let i = 0; i < state.draft.length; i++) {
    const option = itemAt(state.draft, i);
    if (option === null || c.scenario.issues[i]!.scope) continue;
    const next = option - c.sides[s].directions[i]!;
    if (next < 0 || next >= c.optionCount[i]!) continue;
    const gain = stepValue(truth, i, option, next);
    if (gain > 0 && (!best || gain > best.gain)) best = { issue: i, option: next, gain };
  }
  return best ? { issue: best.issue, option: best.option } : null;
}

export function narratePresentation(state: GameState, ctx: RuleContext, s: SideIndex): void {
  narrate(state, ctx, { type: 'PRESENT_DRAFT', version: ctx.base.draftVersion, side: s });
}

/** The side as the model plays it decides on the draft: accept, or criticise. */
export function presentDraft(state: GameState, ctx: RuleContext, s: SideIndex): void {
  narratePresentation(state, ctx, s);
  const base = ctx.base;
  if (settledCore(base, ctx) > 0 && wouldAccept(ctx.c, base, s, base.draft)) acceptDraft(state, ctx, s);
  else criticiseDraft(state, ctx, s, worstItems(base, s, 2));
}

/** The side says yes to the current draft (the model's decision or a person's). */
export function acceptDraft(state: GameState, ctx: RuleContext, s: SideIndex, spoken = true): void {
  const base = ctx.base;
  const version = base.draftVersion;
  if (spoken) say(state, ctx, s, 'accept');
  reply(state, ctx, s, { type: 'accepted', version });
  // Saying yes again to the same text is no news: no trust gained, nothing banked twice.
  if (base.sides[s].accepted === version) return;
  sideDraft(state, ctx, s).accepted = version;
  updateProgress(state, ctx);
  addSide(state, ctx, 'credibility', s, 2);
  addToMessage(state, ctx, s, [{ type: 'accepted', version }]);
  // Every signer has now said yes to this text: bank what it settles.
  if (ctx.c.signers.every((t) => t === s || base.sides[t]!.accepted === version)) bankIfPartial(state, ctx);
}

/** A side with many hardliners points to them (tied hands): from this share of hardliners up. */
export const TIED_HANDS = 60;

/**
 * The side turns the draft down and names the items it objects to, stating its own position on
 * them (its position, or, played by a person, what the person says); it says what it needs more
 * on, offers a condition when one step there would be enough, and may point to its hardliners.
 */
export function criticiseDraft(state: GameState, ctx: RuleContext, s: SideIndex, worst: number[], stated?: ReadonlyMap<number, number>, spoken = true): void {
  const base = ctx.base;
  const side = sideDraft(state, ctx, s);
  const version = base.draftVersion;
  const was = base.sides[s];
  side.criticised = worst;
  side.criticisedVersion = version;
  const truth = base.truth[s]!;
  let heard = was.heard;
  const redLines = [...was.redLinesHeard];
  let position = was.position;
  for (const i of worst) {
    const says = stated?.get(i) ?? optionAt(was.position, i);
    heard = withItem(heard, i, says);
    position = withItem(position, i, says);
    const option = itemAt(base.draft, i)!;
    if (truth.redLine[i]![option] && !redLines.includes(redLineCode(i, option))) redLines.push(redLineCode(i, option));
  }
  if (heard !== was.heard) side.heard = heard;
  if (position !== was.position) side.position = position;
  if (redLines.length !== was.redLinesHeard.length) side.redLinesHeard = redLines;
  // What would make it enough: a person says what it says; the model names its most valuable step.
  const need = stated ? null : needMost(ctx.c, base, s);
  const first = worst[0];
  if (spoken && first !== undefined) {
    const option = itemAt(base.draft, first)!;
    say(state, ctx, s, truth.redLine[first]![option] ? 'redLine' : 'criticise', { issue: first, option });
  } else if (spoken) {
    say(state, ctx, s, 'criticise');
  }
  reply(state, ctx, s, { type: 'criticised', version, items: worst, need: need?.issue ?? null });
  const items: MessageItem[] = [{ type: 'criticised', version, items: worst, need: need?.issue ?? null }];
  // One step on what it needs would be enough: it says so, as a condition.
  if (spoken && need && redLinesCrossed(truth, base.draft).length === 0) {
    const revised = withItem(base.draft, need.issue, need.option);
    if (settledCore(base, ctx) > 0 && wouldAccept(ctx.c, { ...base, draft: revised }, s, revised)) {
      const offer: Offer = { kind: 'condition', from: s, step: base.step + 1, give: [], want: [{ issue: need.issue, option: need.option }], version };
      reply(state, ctx, s, { type: 'offer', offer });
    }
  }
  if (spoken && was.hardliners >= TIED_HANDS) {
    say(state, ctx, s, 'tiedHands');
    reply(state, ctx, s, { type: 'tiedHands' });
    items.push({ type: 'tiedHands' });
  }
  addToMessage(state, ctx, s, items);
  // Far below what it needs, the text is an insult.
  addSide(state, ctx, 'patience', s, shortfall(ctx.c, base, s, base.draft) > 0.25 ? -4 : -1);
}

/** Both sides accepted a text that leaves core items open: bank it as an interim package. */
function bankIfPartial(state: GameState, ctx: RuleContext): void {
  const settled = settledCore(state, ctx);
  if (settled === ctx.c.coreIssues.length || settled < ctx.c.scenario.rules.interimMinimum || ctx.base.banked === ctx.base.draft) return;
  state.banked = state.draft;
  notice(state, ctx, { type: 'banked', version: state.draftVersion });
  for (const s of ctx.c.sideIndices) addSide(state, ctx, 'wayOut', s, 5);
  updateProgress(state, ctx);
}

/** The text as it stands, for the outcome: what the side would get (open items at its reservation value). */
export function textWorth(state: GameState, s: SideIndex, text: Package): number {
  return utility(state.truth[s]!, text, state.sides[s].reservation);
}

