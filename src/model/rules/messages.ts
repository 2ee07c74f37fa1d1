// Each side builds up a message for the other until the mediator carries it (or does not).
import { sideDraft, type RuleContext } from '../context.ts';
import { sideValue } from '../meters.ts';
import type { GameState, Message, SideIndex, SideState, Tone } from '../types.ts';

export function toneOf(side: Pick<SideState, 'patience' | 'closeness'>): Tone {
  if (side.patience < 35) return 'hostile';
  if (side.closeness >= 60 && side.patience >= 60) return 'warm';
  return 'neutral';
}

export function addToMessage(state: GameState, ctx: RuleContext, from: SideIndex, concession: number, issues: number[], summary: string): void {
  const side = sideDraft(state, ctx, from);
  // The tone as this event has left the meters, read without the draft.
  const tone = toneOf({ patience: sideValue(ctx, 'patience', from), closeness: sideValue(ctx, 'closeness', from) });
  const msg = (ctx.journal.pending[from] === undefined ? ctx.base.sides[from].pending : ctx.journal.pending[from]) ?? { concession: 0, tone, issues: [], summary: '' };
  const next: Message = {
    concession: Math.round((msg.concession + concession) * 10000) / 10000,
    tone,
    issues: [...new Set([...msg.issues, ...issues])],
    summary: !msg.summary ? summary : msg.summary.includes(summary) ? msg.summary : `${msg.summary} ${summary}`,
  };
  ctx.journal.pending[from] = next;
  side.pending = next;
}
