// What every rule gets besides the state: the compiled scenario, the generator, the cause that
// every meter change made by this event is recorded under, and the journal the event writes to.
import type { CompiledScenario } from './compile.ts';
import type { Rng } from './random.ts';
import type { Actor, Cause, GameState, LedgerEntry, Message, NewsItem, Settings, SideIndex, SideState, TranscriptEntry } from './types.ts';

/**
 * The append-only logs an event adds to. They are collected beside the new state and appended
 * once per event (model/apply.ts): copying a growing array at every write costs O(length).
 */
export interface Journal {
  ledger: LedgerEntry[];
  transcript: TranscriptEntry[];
  news: NewsItem[];
  /** Values this event already wrote, so later reads in the same event see them (see meters.ts). */
  lineUse: string | null;
  /** Messages this event wrote, by sender × 4 + addressee (see rules/messages.ts). */
  pending: (Message | null | undefined)[];
  /** Meter values written so far, by the meter's slot (see meters.ts); unwritten slots are empty. */
  meters: (number | undefined)[];
  /** Each side's copy in the new state, made on the event's first write to it (see sideDraft). */
  sides: (SideState | null | undefined)[];
  /**
   * A simulated continuation (the planner's): nothing is written to the ledger or the transcript
   * and no line is drawn, only the state moves. Never for a game that is played or saved.
   */
  quiet: boolean;
  /** The ledger and the transcript are written (see Recording). */
  recorded: boolean;
}

/**
 * What an event writes besides the state. 'full': everything, as a played game, in new arrays
 * (every earlier state keeps its own logs). 'owned': the same, appended to the state's own log
 * arrays in place, for a fold that keeps only the game's end and hands no state in between to
 * anyone (a replay): copying every log at every event costs more than the rest of the event.
 * 'unrecorded': no ledger or transcript (no rule reads them), but lines are drawn as in a played
 * game, so the game goes exactly as it would: for what-if continuations of mediators that never
 * read them. 'quiet': not even the lines are drawn (the planner's simulations; the game goes otherwise).
 */
export type Recording = 'full' | 'owned' | 'unrecorded' | 'quiet';

export interface RuleContext {
  c: CompiledScenario;
  /**
   * The state as the event found it (the clock already moved). Rules decide from it and write
   * to the new state; it never changes.
   */
  base: GameState;
  /** The game's settings (they never change during a game). */
  settings: Settings;
  rng: Rng;
  cause: Cause;
  journal: Journal;
}

export function withRule(ctx: RuleContext, rule: string, actor?: Actor): RuleContext {
  return { ...ctx, cause: { ...ctx.cause, rule, actor: actor ?? ctx.cause.actor } };
}

// Filled, not empty: reading a hole in an array looks up its prototype, and every event reads these.
const NO_MESSAGES: readonly undefined[] = new Array<undefined>(16).fill(undefined);

export function emptyJournal(recording: Recording = 'full'): Journal {
  return { ledger: [], transcript: [], news: [], lineUse: null, pending: [...NO_MESSAGES], meters: [], sides: [null, null, null, null], quiet: recording === 'quiet', recorded: recording === 'full' || recording === 'owned' };
}

/**
 * One side of the new state, for writing. The new state starts as a shallow copy of the old
 * one, so the sides are copied on the first write of the event (the sides array, then the side):
 * the old state keeps its own, and every later write in the event goes to the same copy.
 */
export function sideDraft(state: GameState, ctx: RuleContext, side: SideIndex): SideState {
  const known = ctx.journal.sides[side];
  if (known) return known;
  if (state.sides === ctx.base.sides) state.sides = [...state.sides];
  const copy = { ...state.sides[side] };
  state.sides[side] = copy;
  ctx.journal.sides[side] = copy;
  return copy;
}
