// The advisor's hints in the debrief: how often the player asked what a seasoned mediator would
// do, and how often the next move was the one suggested. A hint is asked at a step of a line;
// the move that followed is that line's event at that step.
import { canonicalJson } from '../lib/index.ts';
import type { GameEvent } from '../machine/index.ts';
import type { Hint } from '../replay/index.ts';

export interface HintCount {
  asked: number;
  taken: number;
}

/**
 * Whether the player's next move took the hint: the same event, or for a revision of the draft,
 * one that writes every item suggested as suggested (it may change more).
 */
export function tookHint(suggested: GameEvent, next: GameEvent | undefined): boolean {
  if (!next || next.type !== suggested.type) return false;
  if (suggested.type === 'EDIT_DRAFT' && next.type === 'EDIT_DRAFT') {
    return Object.entries(suggested.items).every(([issue, option]) => Object.hasOwn(next.items, issue) && next.items[issue] === option);
  }
  return canonicalJson(suggested) === canonicalJson(next);
}

/** The hints asked on one line and how many were taken (a hint asked twice at one step counts once). */
export function countHints(hints: readonly Hint[], line: string, events: readonly GameEvent[]): HintCount {
  const atStep = new Map<number, Hint>();
  for (const h of hints) if (h.line === line) atStep.set(h.step, h);
  let taken = 0;
  for (const h of atStep.values()) if (tookHint(h.event, events[h.step])) taken++;
  return { asked: atStep.size, taken };
}
