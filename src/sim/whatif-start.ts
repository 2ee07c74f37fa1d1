// Where a what-if continuation starts. In the truth mode (a teaching mode the player chooses) it
// is the game itself, with its hidden values drawn for it. By default it is a game the mediator
// thinks possible: each side's hidden values sampled from the notebook at that step
// (planner/determinize.ts), everything else as the mediator saw it. Nothing of the real game's
// hidden values goes into it, so two games with the same record give the same continuations.
import type { MediatorView, PersistedGame } from '../machine/index.ts';
import { rngFrom, seedState, type GameState } from '../model/index.ts';
import { determinize } from './planner/determinize.ts';

/** Where the hidden values of the continuations come from. */
export type HiddenValues = 'beliefs' | 'truth';
export const HIDDEN_VALUES: readonly HiddenValues[] = ['beliefs', 'truth'];
export const DEFAULT_HIDDEN: HiddenValues = 'beliefs';

/** The sampling draws from a stream of its own, apart from the game's chance and the policy's. */
const SAMPLE_SALT = 0x2545f491;

/**
 * A game state as the mediator could believe it at the step: hidden values sampled from its
 * notebook with `seed`; the public record (the transcript, the visible ledger, a question
 * waiting for a person, the teacher's hand) kept, so the policies that play on read the same
 * notebook the player had.
 */
export function sampledState(view: MediatorView, seed: number): GameState {
  const s = view.state;
  const sampled = determinize(view, rngFrom(seedState(seed ^ SAMPLE_SALT)));
  const state: GameState = {
    ...sampled,
    settings: s.settings,
    transcript: [...s.transcript],
    ledger: [...s.ledger],
    question: s.question,
    injected: [...s.injected],
  };
  if (s.paused) state.paused = true;
  return state;
}

/** The persisted game a continuation starts from: its machine state as the step left it, its context sampled. */
export function sampledGame(from: PersistedGame, view: MediatorView, seed: number): PersistedGame {
  return { ...from, context: sampledState(view, seed) };
}
