// A mediator that writes and revises a single text, with knobs for the roles it plays
// (Touval & Zartman: communicator, formulator, manipulator). The named policies are settings
// of these knobs; what differs between them is visible in one place.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import { itemAt, named, other, othersOf, withItem, type RelayMode, type Rng, type SideIndex } from '../../model/index.ts';
import type { MediatorPolicy } from './policy.ts';
import {
  acceptedCurrent,
  believedPosition,
  criticised,
  draftComplete,
  hasMessageFor,
  longestAgo,
  relayTo,
  heardRedLine,
  nextEdit,
  phaseStep,
  room,
  textBetween,
  unknownPositions,
  walkTo,
} from './common.ts';

export interface Knobs {
  relay: RelayMode;
  /** Listens per visit while positions are unknown. */
  listens: number;
  /** Concessions asked per visit (0: never). */
  asks: number;
  /** Which issue to ask on: the side's least important known, or any open gap. */
  askOn: 'leastImportant' | 'anyGap';
  paint: boolean;
  guarantees: boolean;
  agenda: 'none' | 'parallel' | 'widen' | 'narrow';
  /** Lean the text toward the side that cares more about each issue (logrolling). */
  logroll: boolean;
  /** Hours kept back: recess when fewer are left. */
  reserveHours: number;
  /** Moves per visit besides carrying a message. */
  visitActions: number;
  /** Rounds at the end in which presenting the text comes before asking for more. */
  endgameRounds: number;
  /** In the last hours of the last day (this many), leave rejected core items open and bank the rest as an interim deal (0: never). */
  fallbackHours: number;
}

const PRIORITY_SCORE: Record<string, number> = { h: 3, m: 2, l: 1 };

function hasCore(view: MediatorView): boolean {
  return view.c.coreIssues.some((i) => itemAt(view.state.draft, i) !== null);
}

/** What the engine remembers in a game: kept in one object so a copy can play on in a simulation. */
export interface EngineMemory {
  visitListens: number;
  visitAsks: number;
  visitActions: number;
  askBlocked: boolean;
  agendaDone: boolean;
  presented: Set<string>;
  painted: Set<SideIndex>;
  lean: number[];
  contested: Set<number>;
  refusedLastDay: Set<SideIndex>;
  pendingAsk: { side: SideIndex; issue: number; known: number } | null;
  pendingPresent: { side: SideIndex; version: number } | null;
  lastPlace: string | null;
  /** The step of the last visit to each room, by index (-1: none yet). */
  lastVisit: number[];
}

function freshMemory(): EngineMemory {
  return { visitListens: 0, visitAsks: 0, visitActions: 0, askBlocked: false, agendaDone: false, presented: new Set(), painted: new Set(), lean: [], contested: new Set(), refusedLastDay: new Set(), pendingAsk: null, pendingPresent: null, lastPlace: null, lastVisit: [] };
}

function copyMemory(m: EngineMemory): EngineMemory {
  return { ...m, presented: new Set(m.presented), painted: new Set(m.painted), lean: [...m.lean], contested: new Set(m.contested), refusedLastDay: new Set(m.refusedLastDay), lastVisit: [...m.lastVisit] };
}

/**
 * Where the engine reads how much each side cares about each issue: by default the priority cues
 * it has heard ('h', 'm', 'l'); a planner hands it the weights of its notebook of beliefs.
 */
export interface Priorities {
  /** Each issue's weight for the side (summing to 1), or null to fall back on the cues heard. */
  weights(view: MediatorView, s: SideIndex): readonly number[] | null;
}

/** A mediator that can hand a copy of itself, memory and all, to a simulation. */
export interface EnginePolicy extends MediatorPolicy {
  /** A copy that plays on from here; `priorities` replaces where the copy reads the sides' priorities. */
  clone(rng: Rng, priorities?: Priorities): EnginePolicy;
}

/** A weight as a cue's score: the average issue scores 2 ('m'), twice the average 3 ('h'), half 1 ('l'). */
function weightScore(weights: readonly number[], i: number): number {
  return Math.max(1, Math.min(3, 2 * (weights[i] ?? 0) * weights.length));
}

export function createEngine(knobs: Knobs, rng: Rng, memory: EngineMemory = freshMemory(), priorities?: Priorities): EnginePolicy {
  const m = memory;
  const priorityScore = (view: MediatorView, s: SideIndex, i: number) => {
    const weights = priorities?.weights(view, s);
    if (weights) return weightScore(weights, i);
    return PRIORITY_SCORE[view.state.sides[s].priorities[i]!] ?? 2;
  };

  const fullText = (view: MediatorView) =>
    textBetween(view, (i) => {
      let l = m.lean[i] ?? 0;
      // Toward the end of the side that cares more (each side's end is against its concession direction).
      if (knobs.logroll) {
        let pull = 0;
        for (const s of view.c.sideIndices) pull += priorityScore(view, s, i) * view.c.sides[s]!.directions[i]!;
        l -= 0.4 * pull;
      }
      return Math.max(-1.5, Math.min(1.5, l));
    });

  // The target text is asked for several times per step: compute it once per state.
  let cachedFor: object | null = null;
  let cachedText = '';
  const cachedTarget = (view: MediatorView) => {
    if (cachedFor !== view.state) {
      cachedFor = view.state;
      cachedText = target(view);
    }
    return cachedText;
  };

  /**
   * On the last day, a mediator who can fall back on an interim deal takes the items a side
   * still rejects out of the text, to bank the rest (as the 2013 interim deal did).
   */
  const target = (view: MediatorView) => {
    const text = fullText(view);
    const { c, state } = view;
    // Only once both sides have turned down the full text on the last day.
    const late = state.round === c.scenario.rounds.length - 1 && state.hoursLeft <= knobs.fallbackHours && c.signers.every((s) => m.refusedLastDay.has(s));
    if (knobs.fallbackHours <= 0 || state.banked !== null || !late || m.contested.size === 0) return text;
    if (c.coreIssues.length - m.contested.size < c.scenario.rules.interimMinimum) return text;
    let partial = text;
    for (const i of m.contested) partial = withItem(partial, i, null);
    return partial;
  };


  /** Learn from the last ask and presentation before choosing again. */
  const observe = (view: MediatorView) => {
    // A new visit (or a new day) starts fresh.
    const place = `${view.state.round}:${view.state.location}`;
    if (view.state.location !== 'majlis') m.lastVisit[view.state.location] = view.state.step;
    if (place !== m.lastPlace) {
      m.visitListens = 0;
      m.visitAsks = 0;
      m.visitActions = 0;
      m.askBlocked = false;
      m.lastPlace = place;
    }
    if (m.pendingAsk) {
      const now = believedPosition(view, m.pendingAsk.side, m.pendingAsk.issue);
      if (now === m.pendingAsk.known) m.askBlocked = true;
      m.pendingAsk = null;
    }
    if (m.pendingPresent) {
      const s = m.pendingPresent.side;
      if (view.state.sides[s].accepted !== m.pendingPresent.version) {
        for (const i of criticised(view, s)) m.lean[i] = (m.lean[i] ?? 0) - 0.5 * view.c.sides[s].directions[i]!;
        if (view.state.round === view.c.scenario.rounds.length - 1) {
          for (const i of criticised(view, s)) if (view.c.core[i]) m.contested.add(i);
          if (draftComplete(view)) m.refusedLastDay.add(s);
        }
      }
      m.pendingPresent = null;
    }
  };

  /**
   * The room to go to from `here` (with two delegations, the other one): one with a message
   * waiting when only some have, else the one visited longest ago; `among` narrows the choice.
   */
  const roomAfter = (view: MediatorView, here: SideIndex, among: (s: SideIndex) => boolean = () => true): SideIndex => {
    if (!named(view.c)) return other(here);
    const others = othersOf(view.c, here);
    const wanted = others.filter(among);
    const rooms = wanted.length ? wanted : others;
    const waiting = rooms.filter((s) => hasMessageFor(view, s));
    return longestAgo(waiting.length && waiting.length < rooms.length ? waiting : rooms, m.lastVisit);
  };

  // Every room needs time: carry a waiting message across first, revise the text only when the
  // next side has nothing waiting.
  const leaveRoom = (view: MediatorView, here: SideIndex, straightAcross = false): GameEvent => {
    const next = roomAfter(view, here, straightAcross ? (s) => view.c.signers.includes(s) && !acceptedCurrent(view, s) : undefined);
    if (!straightAcross && !hasMessageFor(view, next) && nextEdit(view, cachedTarget(view))) return walkTo(view, 'majlis');
    return walkTo(view, next);
  };

  /** Every other signer has said yes to the current text. */
  const othersAccepted = (view: MediatorView, here: SideIndex) => view.c.signers.every((s) => s === here || acceptedCurrent(view, s));

  const askIssue = (view: MediatorView, s: SideIndex): number | null => {
    const c = view.c;
    const gaps = c.issueIds
      .map((_, i) => i)
      .filter((i) => othersOf(c, s).some((o) => believedPosition(view, s, i) !== believedPosition(view, o, i)))
      .filter((i) => !heardRedLine(view, s, i, believedPosition(view, s, i) + c.sides[s].directions[i]!));
    if (gaps.length === 0) return null;
    if (knobs.askOn === 'anyGap') return gaps[rng.int(gaps.length)]!;
    gaps.sort((a, b) => priorityScore(view, s, a) - priorityScore(view, s, b) || a - b);
    return gaps[0]!;
  };

  const presentKey = (view: MediatorView, here: SideIndex) => `${here}:${view.state.draftVersion}:${view.state.round}:${Math.ceil(view.state.hoursLeft / 3)}`;

  const present = (view: MediatorView, here: SideIndex): GameEvent => {
    m.presented.add(presentKey(view, here));
    m.pendingPresent = { side: here, version: view.state.draftVersion };
    return { type: 'PRESENT_DRAFT' };
  };

  /** In the last rounds a yes on the text as it stands matters more than one more revision. */
  const inEndgame = (view: MediatorView) => view.state.round >= view.c.scenario.rounds.length - knobs.endgameRounds;

  // A visit: carry what is waiting, then a few moves, then on to the other room.
  const inRoom = (view: MediatorView, here: SideIndex): GameEvent => {
    if (inEndgame(view)) {
      // With a yes in hand, take the same text straight to the other side: time is what is short.
      if (acceptedCurrent(view, here) && !othersAccepted(view, here)) return leaveRoom(view, here, true);
      if (othersAccepted(view, here) && !acceptedCurrent(view, here) && !m.presented.has(presentKey(view, here))) return present(view, here);
    }
    if (hasMessageFor(view, here)) {
      const mode = knobs.relay !== 'faithful' && !view.state.settings.allowDistortion ? 'faithful' : knobs.relay;
      return relayTo(view, here, mode);
    }
    if (m.visitActions >= knobs.visitActions) return leaveRoom(view, here);
    const event = chooseInRoom(view, here);
    if (event.type !== 'WALK') m.visitActions++;
    return event;
  };

  const chooseInRoom = (view: MediatorView, here: SideIndex): GameEvent => {
    const { state, c } = view;
    const ready = (draftComplete(view) || (knobs.fallbackHours > 0 && state.banked === null && hasCore(view))) && !acceptedCurrent(view, here) && !m.presented.has(presentKey(view, here));
    if (ready && inEndgame(view)) return present(view, here);
    if (m.visitListens < knobs.listens && unknownPositions(view, here) > 0) {
      m.visitListens++;
      return { type: 'LISTEN' };
    }
    if (!m.agendaDone && knobs.agenda !== 'none') {
      m.agendaDone = true;
      return { type: 'PROPOSE_AGENDA', move: knobs.agenda };
    }
    if (knobs.guarantees) {
      const g = c.scenario.mediator.guarantees.find((x) => view.legal.some((e) => e.type === 'OFFER_GUARANTEE' && e.guarantee === x.id));
      if (g && state.round >= 1) return { type: 'OFFER_GUARANTEE', guarantee: g.id };
    }
    if (knobs.paint && state.pressure >= 3 && !m.painted.has(here)) {
      m.painted.add(here);
      return { type: 'PAINT_STALEMATE' };
    }
    if (m.visitAsks < knobs.asks && !m.askBlocked) {
      const issue = askIssue(view, here);
      if (issue !== null) {
        m.visitAsks++;
        m.pendingAsk = { side: here, issue, known: believedPosition(view, here, issue) };
        return { type: 'ASK_CONCESSION', issue: c.issueIds[issue]! };
      }
    }
    if (ready && !nextEdit(view, cachedTarget(view))) return present(view, here);
    return leaveRoom(view, here);
  };

  return {
    clone: (r, p) => createEngine(knobs, r, copyMemory(m), p ?? priorities),
    next(view) {
      const step = phaseStep(view);
      if (step) return step;
      observe(view);
      if (view.state.hoursLeft < knobs.reserveHours) return { type: 'RECESS' };
      const here = room(view);
      if (here !== null) return inRoom(view, here);
      const edit = nextEdit(view, cachedTarget(view));
      if (edit) return edit;
      // Go where a message is waiting (when only some rooms have one), else to the side visited longest ago.
      const rooms = view.c.sideIndices;
      const waiting = rooms.filter((s) => hasMessageFor(view, s));
      return walkTo(view, longestAgo(waiting.length && waiting.length < rooms.length ? waiting : rooms, m.lastVisit));
    },
  };
}
