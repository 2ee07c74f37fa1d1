// What the events of people other than the mediator do: the question put to a delegation a
// person plays and its answer, its words unasked, and the teacher's controls. The XState machine's
// actions and the pure transition (transition.ts) both go through here, as the mediator's moves
// go through moves.ts.
import { aiHolds, applyAnswer, extendDeadline, handOver, injectEvent, issueIndex, pause, sideIndex, putQuestion, resume, speak, TEACHER, type Actor, type CompiledScenario, type GameState, type SideIndex } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { answerParts, roomSide, seatOf } from './guards.ts';
import { applyRule } from './moves.ts';

type EventOf<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

/** Who answers or speaks in a room a person plays: the ledger names them (or the AI covering for them), not the mediator. */
function personActor(side: SideIndex, state: GameState): Actor {
  return aiHolds(state, side) ? `ai:${side}` : `person:${side}`;
}

function inRoom(context: GameState): SideIndex {
  const s = roomSide(context);
  if (s === null) throw new Error('not in a room');
  return s;
}

/** The mediator's question in a room a person plays: it waits for the person's ANSWER. */
export function askPerson(c: CompiledScenario, context: GameState, event: GameEvent): GameState {
  const hours = c.scenario.rules.actionHours;
  const kind = event.type === 'PRESENT_DRAFT' ? 'draft' : event.type === 'ASK_CONCESSION' ? 'concession' : event.type === 'PROPOSE_TRADE' ? 'trade' : 'listen';
  const issue = event.type === 'ASK_CONCESSION' ? issueIndex(c, event.issue) : null;
  // With more than two delegations the trade names its counterpart (absent with two: their states hash as before).
  const trade = event.type === 'PROPOSE_TRADE' ? { give: issueIndex(c, event.give), get: issueIndex(c, event.get), ...(event.with === undefined ? {} : { with: sideIndex(c, event.with) }) } : undefined;
  const cost = kind === 'draft' ? hours.present : kind === 'concession' ? hours.ask : kind === 'trade' ? hours.trade : hours.listen;
  return applyRule(c, context, event.type, (d, ctx) => putQuestion(d, ctx, inRoom(d), kind, issue, trade), cost);
}

/** The person's answer to the question waiting (the guard has checked it fits). */
export function answerQuestion(c: CompiledScenario, context: GameState, event: EventOf<'ANSWER'>): GameState {
  const parts = answerParts(c, event)!;
  return applyRule(c, context, 'ANSWER', (d, ctx) => applyAnswer(d, ctx, { accept: event.accept, objections: parts.objections, positions: parts.positions, message: event.message ?? '' }), 0, personActor(context.question!.side, context));
}

/** A person-played delegation takes the floor unasked. */
export function speakUnasked(c: CompiledScenario, context: GameState, event: EventOf<'SPEAK'>): GameState {
  const parts = answerParts(c, event)!;
  return applyRule(c, context, 'SPEAK', (d, ctx) => speak(d, ctx, inRoom(d), { positions: parts.positions, message: event.message ?? '' }), c.scenario.rules.actionHours.listen, personActor(inRoom(context), context));
}

export function teacherPause(c: CompiledScenario, context: GameState): GameState {
  return applyRule(c, context, 'TEACHER_PAUSE', pause, 0, TEACHER);
}

export function teacherResume(c: CompiledScenario, context: GameState): GameState {
  return applyRule(c, context, 'TEACHER_RESUME', resume, 0, TEACHER);
}

export function teacherInject(c: CompiledScenario, context: GameState, event: EventOf<'TEACHER_INJECT'>): GameState {
  return applyRule(c, context, 'TEACHER_INJECT', (d, ctx) => injectEvent(d, ctx, event.event), 0, TEACHER);
}

export function teacherSeat(c: CompiledScenario, context: GameState, event: EventOf<'TEACHER_SEAT'>): GameState {
  return applyRule(c, context, 'TEACHER_SEAT', (d, ctx) => handOver(d, ctx, seatOf(c, context, event.seat)!, event.to), 0, TEACHER);
}

export function teacherExtend(c: CompiledScenario, context: GameState, event: EventOf<'TEACHER_EXTEND'>): GameState {
  return applyRule(c, context, 'TEACHER_EXTEND', (d, ctx) => extendDeadline(d, ctx, event.hours), 0, TEACHER);
}
