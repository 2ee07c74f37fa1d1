// One event's rule applied to a state. The new state starts as a shallow copy of the old one and
// the rule writes to it directly: top-level fields are the copy's own, the sides are copied on
// their first write (sideDraft), and arrays are only ever replaced, never changed in place. So
// every earlier state keeps its own data with no copy-on-write library (Immer cost about half of
// an event's time through its proxies).
import type { CompiledScenario } from './compile.ts';
import { emptyJournal, type Journal, type Recording, type RuleContext } from './context.ts';
import { rngFrom } from './random.ts';
import type { Cause, GameState } from './types.ts';

export type Rule = (state: GameState, ctx: RuleContext) => void;

export interface Applied {
  next: GameState;
  journal: Journal;
}

/** Runs the rule on a copy of `base` (the state as the event found it, which stays unchanged). */
export function runRule(c: CompiledScenario, base: GameState, cause: Cause, rule: Rule, recording: Recording = 'full'): Applied {
  const journal = emptyJournal(recording);
  const next: GameState = { ...base };
  const rng = rngFrom(base.rng);
  rule(next, { c, base, rng, settings: base.settings, cause, journal });
  if (rng.used) next.rng = rng.state();
  // The logs are appended once: in new arrays, so the earlier states keep theirs, or in place in a
  // fold that owns them (see Recording). The news is written however the event is recorded: the
  // rules read it.
  if (recording === 'owned') {
    appendTo(next.ledger, journal.ledger);
    appendTo(next.transcript, journal.transcript);
    appendTo(next.news, journal.news);
    return { next, journal };
  }
  if (recording !== 'unrecorded') {
    if (journal.ledger.length) next.ledger = base.ledger.concat(journal.ledger);
    if (journal.transcript.length) next.transcript = base.transcript.concat(journal.transcript);
  }
  if (journal.news.length) next.news = base.news.concat(journal.news);
  return { next, journal };
}

function appendTo<T>(log: readonly T[], entries: readonly T[]): void {
  // The state's logs are typed read-only for everyone else; a fold that owns them appends.
  for (const e of entries) (log as T[]).push(e);
}
