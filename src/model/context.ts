// What every rule gets besides the state: the compiled scenario, the generator, the cause that
// every meter change made by this event is recorded under, and the journal the event writes to.
import type { CompiledScenario } from './compile.ts';
import type { Rng } from './random.ts';
import type { Cause, GameState, LedgerEntry, Message, NewsItem, Settings, SideIndex, SideState, TranscriptEntry } from './types.ts';

/**
 * The append-only logs an event adds to. They are collected outside the Immer draft and
 * appended once per event: copying a growing array inside a draft costs O(length) per event.
 */
export interface Journal {
  ledger: LedgerEntry[];
  transcript: TranscriptEntry[];
  news: NewsItem[];
  /** Values this event already wrote, so later reads in the same event see them without the draft. */
  lineUse: string | null;
  pending: [Message | null | undefined, Message | null | undefined];
  /** Meter values written so far, keyed by meter (and side index): see meters.ts. */
  meters: Record<string, number>;
  /** Each side's draft, looked up once per event (every lookup through the draft is a proxy trap). */
  sides: [SideState | null, SideState | null];
}

export interface RuleContext {
  c: CompiledScenario;
  /**
   * The state as the event found it (the clock already moved), as plain data. Rules decide
   * from it and write to the draft: every read through an Immer draft costs a proxy trap.
   */
  base: GameState;
  /** The game's settings (they never change during a game; read here, not through the draft). */
  settings: Settings;
  rng: Rng;
  cause: Cause;
  journal: Journal;
}

export function withRule(ctx: RuleContext, rule: string, actor?: string): RuleContext {
  return { ...ctx, cause: { ...ctx.cause, rule, actor: actor ?? ctx.cause.actor } };
}

export function emptyJournal(): Journal {
  return { ledger: [], transcript: [], news: [], lineUse: null, pending: [undefined, undefined], meters: {}, sides: [null, null] };
}

/** The state with the event's journal appended (new arrays: earlier snapshots keep theirs). */
export function commitJournal(state: GameState, journal: Journal): GameState {
  if (!journal.ledger.length && !journal.transcript.length && !journal.news.length) return state;
  return {
    ...state,
    ledger: journal.ledger.length ? state.ledger.concat(journal.ledger) : state.ledger,
    transcript: journal.transcript.length ? state.transcript.concat(journal.transcript) : state.transcript,
    news: journal.news.length ? state.news.concat(journal.news) : state.news,
  };
}

/** The draft of one side for writing, found once per event. */
export function sideDraft(state: GameState, ctx: RuleContext, side: SideIndex): SideState {
  return (ctx.journal.sides[side] ??= state.sides[side]);
}
