// "Why did this move?": the ledger's entries for a meter, in words. Hidden meters (the sides'
// reservation values, hardliners, hurt and way out) are never shown during play.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, LedgerEntry, SideIndex, TranscriptEntry } from '../../model/index.ts';
import { replyText } from '../words/said.ts';
import { fmt, messages } from '../catalogue/index.ts';
import { causePhrase } from '../words/causes.ts';

export type VisibleMeter = 'scope' | 'pressure' | 'progress' | 'patience' | 'credibility' | 'closeness' | 'concession';

/** "+3", "−2.5", or for the ladder "Incidents → Ultimatum". */
export function deltaText(c: CompiledScenario, entry: LedgerEntry): string {
  if (entry.meter === 'pressure') {
    const rungs = c.scenario.escalation.rungs;
    return `${rungs[entry.from]?.name ?? entry.from} → ${rungs[entry.to]?.name ?? entry.to}`;
  }
  const d = Math.round((entry.to - entry.from) * 10) / 10;
  return d > 0 ? `+${fmt().number(d, 1)}` : `−${fmt().number(Math.abs(d), 1)}`;
}

/** The latest changes of a meter, newest first. */
export function recentChanges(state: Pick<MediatorState, 'ledger'>, meter: VisibleMeter, side: SideIndex | null, count = 4): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = state.ledger.length - 1; i >= 0 && out.length < count; i--) {
    const e = state.ledger[i]!;
    if (!e.hidden && e.meter === meter && e.side === side) out.push(e);
  }
  return out;
}

/** One line for the tooltip and the live region. */
export function changeLine(c: CompiledScenario, entry: LedgerEntry): string {
  return messages().changeLine({ delta: deltaText(c, entry), cause: causePhrase(c, entry), round: entry.round + 1 });
}

/** The entries one change of state added to the ledger. */
export function newEntries(before: Pick<MediatorState, 'ledger'>, after: Pick<MediatorState, 'ledger'>): LedgerEntry[] {
  return after.ledger.slice(before.ledger.length);
}

/** The latest moves of a side's stated position, newest first, as said at the table (its concessions and trades). */
export function recentMoves(c: CompiledScenario, state: { transcript: readonly TranscriptEntry[] }, side: SideIndex, count = 4): string[] {
  const out: string[] = [];
  for (let i = state.transcript.length - 1; i >= 0 && out.length < count; i--) {
    const e = state.transcript[i]!;
    if (e.said.kind !== 'reply' || typeof e.speaker !== 'number') continue;
    const r = e.said.reply;
    const moved = (r.type === 'conceded' && e.speaker === side) || (r.type === 'tradeAccepted' && (e.speaker === side || r.offer.from === side));
    if (moved) out.push(replyText(c, e.speaker, r));
  }
  return out;
}
