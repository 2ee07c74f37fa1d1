// Whether an event is allowed where the game stands. Pure predicates over the state, shared by
// the machine's guards and by anything that needs to list the legal moves (policies, the UI).
import { aiHolds, canInject, guaranteeAvailable, issueIndex, itemAt, mediatorTradeOpen, named, nextStep, other, sendersTo, sideIndex, waitingFor, type AiSeat, type CompiledScenario, type GameState, type Location, type SideIndex } from '../model/index.ts';
import type { GameEvent } from './events.ts';

export function locationOf(c: CompiledScenario, ref: string): Location | null {
  if (ref === 'majlis') return 'majlis';
  const s = sideIndex(c, ref);
  return s === -1 ? null : s;
}

/**
 * Whose message a RELAY in `room` carries: the delegation it names; with none named, the only
 * one with a message waiting there (with two delegations, the other one). Null: none, or unclear.
 */
export function relaySender(c: CompiledScenario, state: GameState, room: SideIndex, ref: string | undefined): SideIndex | null {
  if (ref !== undefined) {
    const s = sideIndex(c, ref);
    return s === -1 || s === room ? null : s;
  }
  if (!named(c)) return other(room);
  const waiting = sendersTo(c, state, room);
  return waiting.length === 1 ? waiting[0]! : null;
}

/** The counterpart a PROPOSE_TRADE in `room` names: with two delegations the other one (none named, or it); with more it must be named. */
export function tradeCounterpart(c: CompiledScenario, room: SideIndex, ref: string | undefined): SideIndex | null {
  if (ref === undefined) return named(c) ? null : other(room);
  const s = sideIndex(c, ref);
  return s === -1 || s === room ? null : s;
}

export function roomSide(state: GameState): SideIndex | null {
  return state.location === 'majlis' ? null : state.location;
}

export function optionIndex(c: CompiledScenario, issue: number, ref: string | null): number | null | undefined {
  if (ref === null) return null;
  const o = c.optionIds[issue]!.indexOf(ref);
  return o === -1 ? undefined : o;
}

/** The items of a revision as [issue, option] pairs; null when any is not a draftable item. */
export function draftChanges(c: CompiledScenario, items: Readonly<Record<string, string | null>>): [number, number | null][] | null {
  const changes: [number, number | null][] = [];
  for (const [id, ref] of Object.entries(items)) {
    const issue = issueIndex(c, id);
    if (issue === -1 || c.scenario.issues[issue]!.scope) return null;
    const option = optionIndex(c, issue, ref);
    if (option === undefined) return null;
    changes.push([issue, option]);
  }
  return changes.length > 0 ? changes : null;
}

// The revisions listed as legal moves (legal.ts) are frozen and asked about at every decision:
// their items are read once per compiled scenario. Any other revision is read each time.
const readRevisions = new WeakMap<object, { c: CompiledScenario; changes: [number, number | null][] | null }>();

function frozenDraftChanges(c: CompiledScenario, items: Readonly<Record<string, string | null>>): [number, number | null][] | null {
  if (!Object.isFrozen(items)) return draftChanges(c, items);
  const known = readRevisions.get(items);
  if (known && known.c === c) return known.changes;
  const changes = draftChanges(c, items);
  readRevisions.set(items, { c, changes });
  return changes;
}

/** The rules of where and when each mediator action can be taken. */
export function allowedInTalks(c: CompiledScenario, state: GameState, event: GameEvent): boolean {
  // While the teacher holds the talks, nothing the mediator does is allowed.
  if (state.paused) return false;
  if (event.type === 'RECESS') return true;
  if (state.hoursLeft <= 0) return false;
  const room = roomSide(state);
  switch (event.type) {
    case 'WALK': {
      const to = locationOf(c, event.to);
      return to !== null && to !== state.location;
    }
    case 'EDIT_DRAFT': {
      if (room !== null) return false;
      const changes = frozenDraftChanges(c, event.items);
      return changes !== null && changes.some(([issue, option]) => option !== itemAt(state.draft, issue));
    }
    case 'LISTEN':
    case 'PAINT_STALEMATE':
    case 'PROPOSE_AGENDA':
      return room !== null;
    case 'RELAY': {
      if (room === null) return false;
      const from = relaySender(c, state, room, event.from);
      if (from === null || waitingFor(state, from, room) === null) return false;
      return event.mode === 'faithful' || state.settings.allowDistortion;
    }
    case 'PRESENT_DRAFT':
      return room !== null && c.coreIssues.some((i) => itemAt(state.draft, i) !== null);
    case 'ASK_CONCESSION':
      return room !== null && issueIndex(c, event.issue) !== -1;
    case 'PROPOSE_TRADE': {
      if (room === null) return false;
      const give = issueIndex(c, event.give);
      const get = issueIndex(c, event.get);
      const counterpart = tradeCounterpart(c, room, event.with);
      return counterpart !== null && give !== -1 && get !== -1 && give !== get && !c.scenario.issues[give]!.scope && !c.scenario.issues[get]!.scope && mediatorTradeOpen(c, state, room, give, get, counterpart);
    }
    case 'OFFER_GUARANTEE':
      return room !== null && guaranteeAvailable(c, state, room, event.guarantee);
    default:
      return false;
  }
}

/** The day is over: out of hours, with no question waiting for a person (it is answered before the day can end) and the talks not paused. */
export function outOfHours(state: GameState): boolean {
  return state.hoursLeft <= 0 && state.question === null && !state.paused;
}

/** The mediator may end the day: no question waits for a person and the talks are not paused. */
export function mayRecess(state: GameState): boolean {
  return state.question === null && !state.paused;
}

/** The room's delegation is played by a person: its answers come as ANSWER events. */
export function personInRoom(state: GameState): boolean {
  const room = roomSide(state);
  return room !== null && state.settings.people[room];
}

/** The answer's issue ids and option ids as indices; null when any does not exist. */
export function answerParts(c: CompiledScenario, event: { objections?: readonly string[]; positions?: Readonly<Record<string, string>> }): { objections: number[]; positions: Map<number, number> } | null {
  const objections: number[] = [];
  for (const id of event.objections ?? []) {
    const i = issueIndex(c, id);
    if (i === -1 || objections.includes(i)) return null;
    objections.push(i);
  }
  const positions = new Map<number, number>();
  for (const [id, ref] of Object.entries(event.positions ?? {})) {
    const i = issueIndex(c, id);
    if (i === -1) return null;
    const o = optionIndex(c, i, ref);
    if (o === null || o === undefined) return null;
    positions.set(i, o);
  }
  return { objections, positions };
}

/** An answer fits the question waiting for it. */
export function answerAllowed(c: CompiledScenario, state: GameState, event: GameEvent): boolean {
  const q = state.question;
  if (event.type !== 'ANSWER' || q === null || state.paused) return false;
  const parts = answerParts(c, event);
  if (parts === null) return false;
  // A yes to a concession needs a step left to take.
  return !(q.kind === 'concession' && event.accept && nextStep(c, state.sides[q.side].position, q.side, q.issue!) === null);
}

/** A person-played delegation may take the floor in its room, with something to say, while the day lasts. */
export function speakAllowed(c: CompiledScenario, state: GameState, event: GameEvent): boolean {
  if (event.type !== 'SPEAK' || state.paused || state.question !== null || state.hoursLeft <= 0 || !personInRoom(state)) return false;
  const parts = answerParts(c, event);
  return parts !== null && (parts.positions.size > 0 || (event.message ?? '').trim() !== '');
}

/** What the teacher's guard reads: public fields only, so the mediator's view answers it too. */
export type TeacherGuardState = Pick<GameState, 'step' | 'outcome' | 'round'> & {
  readonly paused?: boolean;
  readonly injected?: readonly string[];
  readonly fired?: readonly string[];
  readonly ai?: readonly AiSeat[];
  readonly settings: { readonly people: readonly boolean[] };
};

/** The seat a TEACHER_SEAT names, when people play it: 'mediator' or a delegation people play; null otherwise. */
export function seatOf(c: CompiledScenario, state: TeacherGuardState, ref: string): AiSeat | null {
  if (ref === 'mediator') return 'mediator';
  const s = sideIndex(c, ref);
  return s !== -1 && state.settings.people[s] ? s : null;
}

/** The teacher's controls work once the talks have begun and until they end. */
export function teacherAllowed(c: CompiledScenario, state: TeacherGuardState, event: GameEvent): boolean {
  if (state.step === 0 || state.outcome !== null) return false;
  switch (event.type) {
    case 'TEACHER_PAUSE':
      return !state.paused;
    case 'TEACHER_RESUME':
      return state.paused === true;
    case 'TEACHER_INJECT':
      return canInject(c, state, event.event);
    case 'TEACHER_EXTEND':
      return true;
    case 'TEACHER_SEAT': {
      const seat = seatOf(c, state, event.seat);
      return seat !== null && aiHolds(state, seat) === (event.to === 'people');
    }
    default:
      return false;
  }
}
