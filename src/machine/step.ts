// A fast stepper over the same moves as the machine (moves.ts), for the planner's simulations:
// thousands of short continuations per decision cannot afford an actor per continuation. It
// follows the machine's transitions for the mediator's moves and the day's turns (a property
// test replays random games through both and compares every state). It does not take the
// teacher's controls or the answers of delegations played by people: simulated games have none.
import { immediateOutcome, lastRoundOver, type CompiledScenario, type GameState, type Recording } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import type { Phase } from './game.ts';
import { allowedInTalks, outOfHours, personInRoom } from './guards.ts';
import { applyMove, applyOpenRound, applyRecess, settleAtDeadline, settleNow, type MediatorMove } from './moves.ts';

export interface Moment {
  state: GameState;
  phase: Phase;
}

const MOVES: ReadonlySet<string> = new Set(['WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE']);

const recordingOf = (quiet: boolean): Recording => (quiet ? 'quiet' : 'full');

/** What the talks' eventless transitions do after a move: an end now, or the day's end when out of hours. */
function afterMove(c: CompiledScenario, state: GameState, quiet: boolean): Moment {
  if (immediateOutcome(c, state)) return { state: settleNow(c, state, recordingOf(quiet)), phase: 'over' };
  if (outOfHours(state)) return { state: applyRecess(c, state, recordingOf(quiet)), phase: 'interlude' };
  return { state, phase: 'talks' };
}

/**
 * The moment after the event, or null when the machine would refuse it. `quiet`: a simulation
 * that keeps no ledger or transcript (faster; never for a game that is played or saved).
 */
export function step(c: CompiledScenario, m: Moment, event: GameEvent, quiet = false): Moment | null {
  const { state, phase } = m;
  if (state.paused) return null;
  switch (phase) {
    case 'briefing':
      return event.type === 'BEGIN' ? afterMove(c, { ...state, step: state.step + 1 }, quiet) : null;
    case 'interlude':
      if (event.type !== 'CONTINUE') return null;
      if (immediateOutcome(c, state)) return { state: settleNow(c, state, recordingOf(quiet)), phase: 'over' };
      if (lastRoundOver(c, state)) return { state: settleAtDeadline(c, state, recordingOf(quiet)), phase: 'over' };
      return afterMove(c, applyOpenRound(c, state, recordingOf(quiet)), quiet);
    case 'talks': {
      // The day ends whatever the recess brought: an end shows only at the next CONTINUE.
      if (event.type === 'RECESS') return state.question === null ? { state: applyRecess(c, state, recordingOf(quiet)), phase: 'interlude' } : null;
      if (!MOVES.has(event.type) || !allowedInTalks(c, state, event)) return null;
      // A person's room asks the person: not simulated here.
      if (personInRoom(state) && event.type !== 'WALK' && event.type !== 'RELAY' && event.type !== 'PROPOSE_AGENDA' && event.type !== 'PAINT_STALEMATE' && event.type !== 'OFFER_GUARANTEE') return null;
      return afterMove(c, applyMove(c, state, event as MediatorMove, recordingOf(quiet)), quiet);
    }
    default:
      return null;
  }
}
