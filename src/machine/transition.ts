// The shuttle machine (machine.ts) as one pure function: the same states, the same guards in the
// same order, the same actions (moves.ts, other-moves.ts). Replays and the what-if explorer's
// continuations fold events through it: an XState actor costs more per event than the rules
// themselves (every event walks the state graph and copies the whole context once more). A test
// sends random events of every kind through both and compares every state.
import { immediateOutcome, initialState, lastRoundOver, type CompiledScenario, type GameState, type OutcomeId, type Recording, type Settings } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import type { Phase } from './game.ts';
import { allowedInTalks, answerAllowed, mayRecess, outOfHours, personInRoom, speakAllowed, teacherAllowed } from './guards.ts';
import { applyMove, applyOpenRound, applyRecess, settleAtDeadline, settleNow, type MediatorMove } from './moves.ts';
import { answerQuestion, askPerson, speakUnasked, teacherExtend, teacherInject, teacherPause, teacherResume, teacherSeat } from './other-moves.ts';

/** The machine's state at rest: the briefing, a state of the talks, the news between days, or an outcome (final). */
export type Place = 'briefing' | 'majlis' | 'room' | 'answering' | 'interlude' | OutcomeId;

export interface Point {
  place: Place;
  state: GameState;
}

/** A new game, as the machine starts it: the briefing. */
export function startPoint(c: CompiledScenario, settings: Settings): Point {
  return { place: 'briefing', state: initialState(c, settings) };
}

const TALKS: ReadonlySet<Place> = new Set(['majlis', 'room', 'answering']);
/** The mediator's moves that ask a person in a room a person plays. */
const ASKS: ReadonlySet<string> = new Set(['LISTEN', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE']);
const IN_ROOM: ReadonlySet<string> = new Set(['RELAY', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE']);

export function isFinal(place: Place): boolean {
  return place !== 'briefing' && place !== 'interlude' && !TALKS.has(place);
}

export function phaseOfPlace(place: Place): Phase {
  if (place === 'briefing' || place === 'interlude' || place === 'answering') return place;
  return TALKS.has(place) ? 'talks' : 'over';
}

/** The machine's state value for a place (as XState writes it in snapshots and saves). */
export function stateValue(place: Place): string | { talks: string } {
  return TALKS.has(place) ? { talks: place } : place;
}

/** The place of a machine state value at rest; null for a value this machine does not rest in. */
export function placeOf(value: unknown): Place | null {
  if (typeof value === 'string') return value === 'briefing' || value === 'interlude' || isOutcome(value) ? (value as Place) : null;
  const talks = typeof value === 'object' && value !== null ? (value as { talks?: unknown }).talks : undefined;
  return talks === 'majlis' || talks === 'room' || talks === 'answering' ? talks : null;
}

function isOutcome(value: string): boolean {
  return value === 'framework' || value === 'interim' || value === 'continue' || value === 'suspended' || value === 'collapse' || value === 'strike';
}

/** The `ending` state: its eventless transitions choose the final state by the outcome. */
function ending(state: GameState): Point {
  const id = state.outcome?.id;
  return { place: id === undefined ? 'strike' : id, state };
}

/** The transition the atomic state takes for the event, or null when none is enabled (XState then asks its parent). */
function inAtomic(c: CompiledScenario, { place, state }: Point, event: GameEvent, r: Recording): Point | null {
  switch (place) {
    case 'briefing':
      return event.type === 'BEGIN' ? { place: 'majlis', state: { ...state, step: state.step + 1 } } : null;
    case 'majlis':
      if (event.type === 'WALK') return event.to !== 'majlis' && allowedInTalks(c, state, event) ? { place: 'room', state: applyMove(c, state, event, r) } : null;
      if (event.type === 'EDIT_DRAFT') return allowedInTalks(c, state, event) ? { place, state: applyMove(c, state, event, r) } : null;
      return null;
    case 'room':
      if (event.type === 'WALK') {
        if (!allowedInTalks(c, state, event)) return null;
        return { place: event.to === 'majlis' ? 'majlis' : 'room', state: applyMove(c, state, event, r) };
      }
      if (ASKS.has(event.type)) {
        if (!allowedInTalks(c, state, event)) return null;
        return personInRoom(state) ? { place: 'answering', state: askPerson(c, state, event) } : { place, state: applyMove(c, state, event as MediatorMove, r) };
      }
      if (IN_ROOM.has(event.type)) return allowedInTalks(c, state, event) ? { place, state: applyMove(c, state, event as MediatorMove, r) } : null;
      if (event.type === 'SPEAK') return speakAllowed(c, state, event) ? { place, state: speakUnasked(c, state, event) } : null;
      return null;
    case 'answering':
      return event.type === 'ANSWER' && answerAllowed(c, state, event) ? { place: 'room', state: answerQuestion(c, state, event) } : null;
    case 'interlude':
      if (event.type !== 'CONTINUE' || state.paused) return null;
      if (immediateOutcome(c, state) !== null) return ending(settleNow(c, state, r));
      if (lastRoundOver(c, state)) return ending(settleAtDeadline(c, state, r));
      return { place: 'majlis', state: applyOpenRound(c, state, r) };
    default:
      return null;
  }
}

/** The talks' own transitions (any state of the talks), then the root's (any state). */
function inParents(c: CompiledScenario, { place, state }: Point, event: GameEvent, r: Recording): Point | null {
  if (TALKS.has(place)) {
    // RECESS passes through `recessing`, whose eventless transition leads to the news.
    if (event.type === 'RECESS') return mayRecess(state) ? { place: 'interlude', state: applyRecess(c, state, r) } : null;
    if (event.type === 'TEACHER_EXTEND') return teacherAllowed(c, state, event) ? { place, state: teacherExtend(c, state, event) } : null;
    if (event.type === 'TEACHER_INJECT') return teacherAllowed(c, state, event) ? { place, state: teacherInject(c, state, event) } : null;
  }
  if (event.type === 'TEACHER_PAUSE') return teacherAllowed(c, state, event) ? { place, state: teacherPause(c, state) } : null;
  if (event.type === 'TEACHER_RESUME') return teacherAllowed(c, state, event) ? { place, state: teacherResume(c, state) } : null;
  if (event.type === 'TEACHER_SEAT') return teacherAllowed(c, state, event) ? { place, state: teacherSeat(c, state, event) } : null;
  return null;
}

/** The talks' eventless transitions, checked after every event (taken or not), as XState does. */
function settle(c: CompiledScenario, point: Point, r: Recording): Point {
  if (!TALKS.has(point.place)) return point;
  if (immediateOutcome(c, point.state) !== null) return ending(settleNow(c, point.state, r));
  if (outOfHours(point.state)) return { place: 'interlude', state: applyRecess(c, point.state, r) };
  return point;
}

/**
 * Where the event takes the machine, or null when the machine would leave it where it is (the
 * event is refused). `recording`: what the mediator's moves and the day's turns write besides the
 * state (model/context.ts); the people's and the teacher's events are always written in full.
 */
export function transition(c: CompiledScenario, point: Point, event: GameEvent, recording: Recording = 'full'): Point | null {
  if (isFinal(point.place)) return null;
  const taken = inAtomic(c, point, event, recording) ?? inParents(c, point, event, recording);
  const next = settle(c, taken ?? point, recording);
  return taken === null && next === point ? null : next;
}
