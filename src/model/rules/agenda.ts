// The agenda tug-of-war: scope issues move together when the mediator proposes to widen,
// narrow, or put them on a parallel track. Each side reacts to where the scope lands
// against its tolerance; the parallel track is the middle way and costs least.
import { sideDraft, type RuleContext } from '../context.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide, globalValue } from '../meters.ts';
import { updateProgress, updateScope } from '../progress.ts';
import { itemAt, withItem, type Package } from '../package.ts';
import type { AgendaMove, GameState, SideIndex } from '../types.ts';

export function agendaText(text: Package, ctx: Pick<RuleContext, 'c'>, move: AgendaMove): Package {
  for (const i of ctx.c.scopeIssues) {
    const parallel = ctx.c.parallel[i] ?? 0;
    const current = itemAt(text, i) ?? parallel;
    const last = ctx.c.optionCount[i]! - 1;
    text = withItem(text, i, move === 'widen' ? Math.max(0, current - 1) : move === 'narrow' ? Math.min(last, current + 1) : parallel);
  }
  return text;
}

export function proposeAgenda(state: GameState, ctx: RuleContext, s: SideIndex, move: AgendaMove): void {
  const before = globalValue(ctx, 'scope');
  const text = agendaText(ctx.base.draft, ctx, move);
  const changed = text !== ctx.base.draft;
  narrate(state, ctx, { type: 'PROPOSE_AGENDA', move, side: s });
  if (changed) {
    state.draft = text;
    state.draftVersion = ctx.base.draftVersion + 1;
    const hadYes = ctx.base.sides.some((s) => s.accepted !== null);
    for (const t of ctx.c.sideIndices) if (ctx.base.sides[t]!.accepted !== null) sideDraft(state, ctx, t).accepted = null;
    updateScope(state, ctx);
    if (hadYes) updateProgress(state, ctx);
  }
  const scope = globalValue(ctx, 'scope');
  for (const t of ctx.c.sideIndices) {
    const tolerance = ctx.c.scenario.delegations[t]!.patience.scopeTolerance;
    const tooWide = scope > tolerance.max && scope > before;
    const tooNarrow = scope < tolerance.min && scope < before;
    const scale = move === 'parallel' ? 0.5 : 1;
    if (tooWide) addSide(state, ctx, 'patience', t, -scale * (5 + 0.3 * (scope - tolerance.max)));
    if (tooNarrow) addSide(state, ctx, 'patience', t, -scale * (5 + 0.3 * (tolerance.min - scope)));
    if (tooWide || tooNarrow) addSide(state, ctx, 'closeness', t, -3 * scale);
    else if (scope !== before) addSide(state, ctx, 'closeness', t, 2);
    if (move === 'parallel' && changed) addSide(state, ctx, 'wayOut', t, 3);
  }
  const tolerance = ctx.c.scenario.delegations[s]!.patience.scopeTolerance;
  if (move === 'parallel') say(state, ctx, s, 'parallel');
  else if (move === 'widen') say(state, ctx, s, scope > tolerance.max ? 'widenAngry' : 'widenPleased');
  else say(state, ctx, s, scope < tolerance.min ? 'narrowAngry' : 'narrowPleased');
}
