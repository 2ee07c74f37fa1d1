// The one enumerator of legal events, beside the guards: every event allowed where the game
// stands. The mediator's view lists them for the AI mediators; the action menu, the what-if
// explorer and the model-based tests derive from it.
import type { GameEvent, GameEventType } from './events.ts';
import { AGENDA_MOVES, RELAY_MODES } from './events.ts';
import type { MachineView } from './game.ts';
import { issueIndex, named, openStepTo, other, sideIndex, type CompiledScenario, type SideIndex } from '../model/index.ts';
import { allowedInTalks, answerAllowed } from './guards.ts';

const cache = new WeakMap<CompiledScenario, Map<GameEventType, readonly GameEvent[]>>();

/** The events of one type that could be sent in talks (allowed or not). They depend only on the scenario, so they are made once and shared: never change them. */
export function candidateEvents(view: MachineView, type: GameEventType): readonly GameEvent[] {
  let byType = cache.get(view.c);
  if (!byType) cache.set(view.c, (byType = new Map()));
  let list = byType.get(type);
  if (!list) byType.set(type, (list = Object.freeze(build(view.c, type).map(freezeEvent))));
  return list;
}

/** A candidate event frozen through (a revision's items too: guards.ts reads frozen items once). */
function freezeEvent(event: GameEvent): GameEvent {
  if (event.type === 'EDIT_DRAFT') Object.freeze(event.items);
  return Object.freeze(event);
}

function build(c: CompiledScenario, type: GameEventType): GameEvent[] {
  switch (type) {
    case 'BEGIN':
    case 'CONTINUE':
    case 'RECESS':
    case 'LISTEN':
    case 'PRESENT_DRAFT':
    case 'PAINT_STALEMATE':
      return [{ type }];
    case 'WALK':
      return ['majlis', ...c.sides.map((d) => d.id)].map((to) => ({ type, to }));
    case 'RELAY':
      // With more than two delegations a relay names whose message it carries.
      if (named(c)) return c.sides.flatMap((d) => RELAY_MODES.map((mode) => ({ type, mode, from: d.id })));
      return RELAY_MODES.map((mode) => ({ type, mode }));
    case 'ASK_CONCESSION':
      return c.issueIds.map((issue) => ({ type, issue }));
    case 'PROPOSE_TRADE': {
      // Every pair of draftable issues (scope issues move only with the agenda).
      const draftable = c.issueIds.filter((_, i) => !c.scenario.issues[i]!.scope);
      const pairs = draftable.flatMap((give) => draftable.filter((get) => get !== give).map((get) => ({ type, give, get })));
      // With more than two delegations, a trade names the counterpart (each in turn).
      return named(c) ? c.sides.flatMap((d) => pairs.map((p) => ({ ...p, with: d.id }))) : pairs;
    }
    case 'EDIT_DRAFT':
      return c.issueIds.flatMap((issue, i) => [null, ...c.optionIds[i]!].map((option) => ({ type, items: { [issue]: option } })));
    case 'PROPOSE_AGENDA':
      return AGENDA_MOVES.map((move) => ({ type, move }));
    case 'OFFER_GUARANTEE':
      return c.scenario.mediator.guarantees.map((g) => ({ type, guarantee: g.id }));
    case 'ANSWER':
      // The simplest answers a person can give; a real one may also name items and state positions.
      return [
        { type, accept: true },
        { type, accept: false },
      ];
    default:
      // The teacher's controls are not the mediator's moves.
      return [];
  }
}

export function isAllowed(view: MachineView, event: GameEvent): boolean {
  if (view.state.paused) return false;
  if (view.phase === 'briefing') return event.type === 'BEGIN';
  if (view.phase === 'interlude') return event.type === 'CONTINUE';
  if (view.phase === 'over') return false;
  if (view.phase === 'answering') return event.type === 'ANSWER' && answerAllowed(view.c, view.state, event);
  return event.type !== 'BEGIN' && event.type !== 'CONTINUE' && event.type !== 'ANSWER' && allowedInTalks(view.c, view.state, event);
}

const TALKS: GameEventType[] = ['WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'RECESS'];
// The same lists without the types allowedInTalks never allows there (guards.ts): in the majlis
// only walking, revising and the recess; in a room no revision; out of hours only the recess.
// Their candidates are not looked at (they are listed at every decision of the AI mediators).
const IN_MAJLIS: GameEventType[] = ['WALK', 'EDIT_DRAFT', 'RECESS'];
const IN_ROOM: GameEventType[] = TALKS.filter((t) => t !== 'EDIT_DRAFT');
const OUT_OF_HOURS: GameEventType[] = ['RECESS'];

function talksTypes(state: MachineView['state']): GameEventType[] {
  if (state.paused) return [];
  if (state.hoursLeft <= 0) return OUT_OF_HOURS;
  return state.location === 'majlis' ? IN_MAJLIS : IN_ROOM;
}

function phaseTypes(view: MachineView): readonly GameEventType[] {
  return view.phase === 'briefing' ? ['BEGIN'] : view.phase === 'interlude' ? ['CONTINUE'] : view.phase === 'answering' ? ['ANSWER'] : view.phase === 'talks' ? talksTypes(view.state) : [];
}

/** Adds the allowed candidates of one type to `list`, in the candidates' order. */
function addAllowed(view: MachineView, type: GameEventType, list: GameEvent[]): void {
  if (type === 'PROPOSE_TRADE' && view.phase === 'talks' && view.state.location !== 'majlis') return addTrades(view, view.state.location, list);
  for (const e of candidateEvents(view, type)) if (isAllowed(view, e)) list.push(e);
}

// The trade candidates as issue indices and counterpart (-1: the other of two), made once per compiled scenario.
const tradeIndices = new WeakMap<CompiledScenario, readonly (readonly [number, number, number])[]>();

/**
 * The trades allowed in a room (called only where talksTypes lists them: not paused, hours
 * left). Each candidate pairs two different draftable issues (build above), so the guard comes
 * down to mediatorTradeOpen: an open step for the side in the room on `give` and for the other
 * side on `get`. Those are worked out once per issue, not once per pair.
 */
function addTrades(view: MachineView, room: SideIndex, list: GameEvent[]): void {
  const { c, state } = view;
  const candidates = candidateEvents(view, 'PROPOSE_TRADE');
  let pairs = tradeIndices.get(c);
  if (!pairs) tradeIndices.set(c, (pairs = candidates.map((e) => (e.type === 'PROPOSE_TRADE' ? ([issueIndex(c, e.give), issueIndex(c, e.get), e.with === undefined ? -1 : sideIndex(c, e.with)] as const) : ([-1, -1, -1] as const)))));
  const gives = c.issueIds.map((_, i) => openStepTo(c, state, room, i) !== null);
  // What each possible counterpart could give, per issue (with two, only the other one).
  const gets = new Map<number, boolean[]>();
  const getsOf = (t: number) => {
    let list = gets.get(t);
    if (!list) gets.set(t, (list = c.issueIds.map((_, i) => openStepTo(c, state, t === -1 ? other(room) : t, i) !== null)));
    return list;
  };
  for (let k = 0; k < candidates.length; k++) {
    const [give, get, counterpart] = pairs[k]!;
    if (counterpart === room) continue;
    if (gives[give] && getsOf(counterpart)[get]) list.push(candidates[k]!);
  }
}

export function legalEvents(view: MachineView): Map<GameEventType, GameEvent[]> {
  const groups = new Map<GameEventType, GameEvent[]>();
  for (const type of phaseTypes(view)) {
    const allowed: GameEvent[] = [];
    addAllowed(view, type, allowed);
    if (allowed.length) groups.set(type, allowed);
  }
  return groups;
}

/** Every legal event now, in a stable order (by type, then as the candidates are listed): legalEvents' lists one after the other, made without them (the AI mediators list them at every decision). */
export function legalList(view: MachineView): GameEvent[] {
  const list: GameEvent[] = [];
  for (const type of phaseTypes(view)) addAllowed(view, type, list);
  return list;
}
