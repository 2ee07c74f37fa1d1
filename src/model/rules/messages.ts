// Each side builds up a message for the other until the mediator carries it (or does not): what
// it moved on, what it stated, what it accepted or criticised, the trades it offers.
import { sideDraft, type RuleContext } from '../context.ts';
import { sideValue } from '../meters.ts';
import type { GameState, Message, MessageItem, SideIndex, SideState, Tone } from '../types.ts';

export function toneOf(side: Pick<SideState, 'patience' | 'closeness'>): Tone {
  if (side.patience < 35) return 'hostile';
  if (side.closeness >= 60 && side.patience >= 60) return 'warm';
  return 'neutral';
}

/** The message waiting from this side, as this event has left it. */
export function pendingOf(ctx: RuleContext, from: SideIndex): Message | null {
  const written = ctx.journal.pending[from];
  return written === undefined ? ctx.base.sides[from].pending : written;
}

export function addToMessage(state: GameState, ctx: RuleContext, from: SideIndex, items: readonly MessageItem[]): void {
  if (items.length === 0) return;
  const side = sideDraft(state, ctx, from);
  // The tone as this event has left the meters.
  const tone = toneOf({ patience: sideValue(ctx, 'patience', from), closeness: sideValue(ctx, 'closeness', from) });
  const was = pendingOf(ctx, from);
  const next: Message = { from, to: from === 0 ? 1 : 0, tone, items: [...(was?.items ?? []), ...items] };
  ctx.journal.pending[from] = next;
  side.pending = next;
}
