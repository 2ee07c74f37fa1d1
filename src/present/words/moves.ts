// The one vocabulary of the game's moves and events: every event type in every form the game
// needs (imperative for menus and the command line, past for the ledger, debrief and
// comparisons, short for timelines and charts, gist when only the kind of move is known).
// MOVES is a record over the event types: a new event type does not compile until it is named.
import { issueIndex, named, other, sideIndex, type CompiledScenario, type Location, type Question, type SideIndex } from '../../model/index.ts';
import type { GameEvent, GameEventType } from '../../machine/index.ts';
import { fmt, messages } from '../catalogue/index.ts';
import type { Person } from '../catalogue/en.ts';
import { issueInText, locationName, mediatorLabel, optionLabel, sideName } from './names.ts';

export type { Person };

/** What a move's words need of the game where it was made: the public state the event found. */
export interface MoveScene {
  c: CompiledScenario;
  location: Location;
  draftVersion: number;
  /** 0-based. */
  round: number;
  /** The question a person-played delegation was answering, if any, and what it asked when known. */
  question: { side: SideIndex; kind?: Question['kind'] } | null;
}

type EventOf<T extends GameEventType> = Extract<GameEvent, { type: T }>;

export interface MoveWords<E extends GameEvent> {
  imperative(e: E, scene: MoveScene): string;
  past(e: E, scene: MoveScene, person: Person): string;
  short(e: E, scene: MoveScene): string;
}

const room = (s: MoveScene): string | null => (s.location === 'majlis' ? null : sideName(s.c, s.location));
/** The delegation across the exchange: the one an event names (`from`, `with`, more than two delegations), else the other one. */
function across(s: MoveScene, named?: string): string {
  if (s.location === 'majlis') return messages().subject('mediator');
  const index = named === undefined ? -1 : sideIndex(s.c, named);
  return sideName(s.c, index === -1 ? other(s.location) : index);
}
const who = (person: Person) => messages().subject(person);

function place(c: CompiledScenario, to: string): string {
  if (to === 'majlis') return c.scenario.mediator.hallName;
  const s = sideIndex(c, to);
  return s === -1 ? to : locationName(c, s);
}

function issueName(c: CompiledScenario, id: string): string {
  const i = issueIndex(c, id);
  return i === -1 ? id : c.scenario.issues[i]!.name;
}

function issueInSentence(c: CompiledScenario, id: string): string {
  const i = issueIndex(c, id);
  return i === -1 ? id : issueInText(c, i);
}

/** A revision's items: "Water share: Half each; leave Border open". */
export function draftChangeWords(c: CompiledScenario, items: Readonly<Record<string, string | null>>): string {
  const m = messages();
  const changes = Object.entries(items).map(([id, ref]) => {
    const i = issueIndex(c, id);
    if (i === -1) return m.draftChange({ issue: id, option: ref });
    const o = ref === null ? null : c.optionIds[i]!.indexOf(ref);
    return m.draftChange({ issue: c.scenario.issues[i]!.name, option: o === null ? null : o < 0 ? ref : optionLabel(c, i, o) });
  });
  return m.draftChanges(changes);
}

function guaranteeName(c: CompiledScenario, id: string): string {
  return c.scenario.mediator.guarantees.find((g) => g.id === id)?.name ?? id;
}

/** A seat handed to the AI or back: the mediator's, or a delegation's by its id. */
function seatName(c: CompiledScenario, ref: string): string {
  if (ref === 'mediator') return mediatorLabel(c, 'titles');
  const s = sideIndex(c, ref);
  return s === -1 ? ref : sideName(c, s);
}

function headline(c: CompiledScenario, id: string): string | null {
  return (c.scenario.events.find((e) => e.id === id) ?? c.scenario.randomEvents.find((e) => e.id === id))?.headline ?? null;
}

const answerer = (s: MoveScene) => (s.question ? sideName(s.c, s.question.side) : (room(s) ?? messages().subject('mediator')));

export const MOVES: { [T in GameEventType]: MoveWords<EventOf<T>> } = {
  BEGIN: { imperative: () => messages().moves.BEGIN.imperative(), past: () => messages().moves.BEGIN.past(), short: () => messages().moves.BEGIN.short() },
  WALK: {
    imperative: (e, s) => messages().moves.WALK.imperative({ place: place(s.c, e.to) }),
    past: (e, s, p) => messages().moves.WALK.past({ who: who(p), place: place(s.c, e.to) }),
    short: (e, s) => messages().moves.WALK.short({ place: place(s.c, e.to) }),
  },
  LISTEN: {
    imperative: (_, s) => messages().moves.LISTEN.imperative({ side: room(s) }),
    past: (_, s, p) => messages().moves.LISTEN.past({ who: who(p), side: room(s) }),
    short: (_, s) => messages().moves.LISTEN.short({ side: room(s) }),
  },
  RELAY: {
    imperative: (e, s) => messages().moves.RELAY.imperative({ from: across(s, e.from), mode: e.mode }),
    // With more than two delegations a move that does not name its sender cannot be worded as the other side's.
    past: (e, s, p) => messages().moves.RELAY.past({ who: who(p), from: named(s.c) && e.from === undefined ? null : across(s, e.from), to: room(s), mode: e.mode }),
    short: (e) => messages().moves.RELAY.short({ mode: e.mode }),
  },
  PRESENT_DRAFT: {
    imperative: (_, s) => messages().moves.PRESENT_DRAFT.imperative({ version: s.draftVersion }),
    past: (_, s, p) => messages().moves.PRESENT_DRAFT.past({ who: who(p), version: s.draftVersion, side: room(s) }),
    short: (_, s) => messages().moves.PRESENT_DRAFT.short({ version: s.draftVersion }),
  },
  ASK_CONCESSION: {
    imperative: (e, s) => messages().moves.ASK_CONCESSION.imperative({ issue: issueInSentence(s.c, e.issue) }),
    past: (e, s, p) => messages().moves.ASK_CONCESSION.past({ who: who(p), side: room(s), issue: issueInSentence(s.c, e.issue) }),
    short: (e, s) => messages().moves.ASK_CONCESSION.short({ issueName: issueName(s.c, e.issue) }),
  },
  EDIT_DRAFT: {
    imperative: (e, s) => messages().moves.EDIT_DRAFT.imperative({ changes: draftChangeWords(s.c, e.items) }),
    past: (e, s, p) => messages().moves.EDIT_DRAFT.past({ who: who(p), changes: draftChangeWords(s.c, e.items) }),
    short: (e) => messages().moves.EDIT_DRAFT.short({ f: fmt(), count: Object.keys(e.items).length }),
  },
  PROPOSE_AGENDA: {
    imperative: (e) => messages().moves.PROPOSE_AGENDA.imperative({ move: e.move }),
    past: (e, s, p) => messages().moves.PROPOSE_AGENDA.past({ who: who(p), side: room(s), move: e.move }),
    short: (e) => messages().moves.PROPOSE_AGENDA.short({ move: e.move }),
  },
  PROPOSE_TRADE: {
    imperative: (e, s) => messages().moves.PROPOSE_TRADE.imperative({ give: issueInSentence(s.c, e.give), get: issueInSentence(s.c, e.get), other: across(s, e.with) }),
    past: (e, s, p) => messages().moves.PROPOSE_TRADE.past({ who: who(p), side: room(s), give: issueInSentence(s.c, e.give), get: issueInSentence(s.c, e.get), other: across(s, e.with) }),
    short: (e, s) => messages().moves.PROPOSE_TRADE.short({ give: issueName(s.c, e.give), get: issueName(s.c, e.get) }),
  },
  PAINT_STALEMATE: {
    imperative: () => messages().moves.PAINT_STALEMATE.imperative(),
    past: (_, s, p) => messages().moves.PAINT_STALEMATE.past({ who: who(p), side: room(s) }),
    short: () => messages().moves.PAINT_STALEMATE.short(),
  },
  OFFER_GUARANTEE: {
    imperative: (e, s) => messages().moves.OFFER_GUARANTEE.imperative({ guarantee: guaranteeName(s.c, e.guarantee) }),
    past: (e, s, p) => messages().moves.OFFER_GUARANTEE.past({ who: who(p), side: room(s), guarantee: guaranteeName(s.c, e.guarantee) }),
    short: (e, s) => messages().moves.OFFER_GUARANTEE.short({ guarantee: guaranteeName(s.c, e.guarantee) }),
  },
  RECESS: {
    imperative: () => messages().moves.RECESS.imperative(),
    past: (_, s, p) => messages().moves.RECESS.past({ who: who(p), round: s.round + 1 }),
    short: () => messages().moves.RECESS.short(),
  },
  ANSWER: {
    imperative: (e, s) => messages().moves.ANSWER.imperative({ side: answerer(s), accept: e.accept }),
    past: (e, s) => messages().moves.ANSWER.past({ side: answerer(s), accept: e.accept, kind: s.question?.kind ?? 'draft' }),
    short: (e, s) => messages().moves.ANSWER.short({ side: answerer(s), accept: e.accept }),
  },
  SPEAK: {
    imperative: (_, s) => messages().moves.SPEAK.imperative({ side: answerer(s) }),
    past: (_, s) => messages().moves.SPEAK.past({ side: answerer(s) }),
    short: (_, s) => messages().moves.SPEAK.short({ side: answerer(s) }),
  },
  CONTINUE: { imperative: () => messages().moves.CONTINUE.imperative(), past: () => messages().moves.CONTINUE.past(), short: () => messages().moves.CONTINUE.short() },
  TEACHER_PAUSE: { imperative: () => messages().moves.TEACHER_PAUSE.imperative(), past: () => messages().moves.TEACHER_PAUSE.past(), short: () => messages().moves.TEACHER_PAUSE.short() },
  TEACHER_RESUME: { imperative: () => messages().moves.TEACHER_RESUME.imperative(), past: () => messages().moves.TEACHER_RESUME.past(), short: () => messages().moves.TEACHER_RESUME.short() },
  TEACHER_INJECT: {
    imperative: (e, s) => messages().moves.TEACHER_INJECT.imperative({ headline: headline(s.c, e.event) }),
    past: (e, s) => messages().moves.TEACHER_INJECT.past({ headline: headline(s.c, e.event) }),
    short: (e, s) => messages().moves.TEACHER_INJECT.short({ headline: headline(s.c, e.event) }),
  },
  TEACHER_SEAT: {
    imperative: (e, s) => messages().moves.TEACHER_SEAT.imperative({ seat: seatName(s.c, e.seat), ai: e.to === 'ai' }),
    past: (e, s) => messages().moves.TEACHER_SEAT.past({ seat: seatName(s.c, e.seat), ai: e.to === 'ai' }),
    short: (e, s) => messages().moves.TEACHER_SEAT.short({ seat: seatName(s.c, e.seat), ai: e.to === 'ai' }),
  },
  TEACHER_EXTEND: {
    imperative: (e) => messages().moves.TEACHER_EXTEND.imperative({ f: fmt(), hours: e.hours }),
    past: (e) => messages().moves.TEACHER_EXTEND.past({ f: fmt(), hours: e.hours }),
    short: (e) => messages().moves.TEACHER_EXTEND.short({ f: fmt(), hours: e.hours }),
  },
};

function wordsFor<E extends GameEvent>(e: E): MoveWords<E> {
  return MOVES[e.type] as unknown as MoveWords<E>;
}

/** "Carry Northland’s message, softened": a move as a button or a suggestion names it. */
export function moveImperative(e: GameEvent, scene: MoveScene): string {
  return wordsFor(e).imperative(e, scene);
}

/** "you carried Northland’s message to Southland, softened": what was done (lower case: it may end a sentence). */
export function movePast(e: GameEvent, scene: MoveScene, person: Person = 'you'): string {
  return wordsFor(e).past(e, scene, person);
}

/** "Carry the message (softened)": a step of a timeline. */
export function moveShort(e: GameEvent, scene: MoveScene): string {
  return wordsFor(e).short(e, scene);
}

/** "you carried a message": a move when only its type is known (a ledger cause). */
export function moveGist(type: string, person: Person = 'you'): string | null {
  const forms = (messages().moves as Record<string, { gist: (who: string) => string }>)[type];
  return forms ? forms.gist(messages().subject(person)) : null;
}

/** The scene of a public state (the mediator's view, or a state in a finished game). */
export function sceneOf(c: CompiledScenario, state: { location: Location; draftVersion: number; round: number; question: { side: SideIndex; kind?: Question['kind'] } | null }): MoveScene {
  return { c, location: state.location, draftVersion: state.draftVersion, round: state.round, question: state.question };
}
