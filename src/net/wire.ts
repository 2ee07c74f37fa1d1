// What each role's devices receive of a game in play. The mediator's team (and observers and
// the teacher) get the mediator's view, without the seed: with it and the log anyone could draw
// the delegations' hidden values again. A delegation's team gets its own confidential brief and
// what happens in its own room; never another side's values, nor the mediator's drafts before
// they are presented. Once the game is over, everyone gets the whole save (hidden values are
// revealed at the end anyway), so replays and the debrief work on it unchanged.
import type { Scenario } from '../scenario/index.ts';
import { compiledFor, delegationView, mediatorView, phaseOf, type DelegationView, type GameEvent, type MediatorState, type Phase, type ShuttleSnapshot } from '../machine/index.ts';
import type { Location, NewsItem, Notebook, Outcome, Package, Question, Settings, SideIndex, TranscriptEntry } from '../model/index.ts';

export type PublicSettings = Omit<Settings, 'seed'>;

/** The mediator's state as sent: the settings without the seed. */
export type MediatorStateWire = Omit<MediatorState, 'settings'> & { settings: PublicSettings };

/** The notebook as sent: without the seed that names its particles. */
export type NotebookWire = Omit<Notebook, 'seed'>;

export interface MediatorWire {
  kind: 'mediator';
  phase: Phase;
  state: MediatorStateWire;
  /** The events allowed now, as the mediator's view lists them. */
  legal: readonly GameEvent[];
  notebook: NotebookWire;
}

export interface DelegationWire {
  kind: 'delegation';
  phase: Phase;
  side: SideIndex;
  /** The confidential brief: this delegation's own values and where it stands. */
  own: DelegationView;
  round: number;
  hoursLeft: number;
  location: Location;
  pressure: number;
  scope: number;
  paused: boolean;
  outcome: Outcome | null;
  /** The question waiting for this delegation's answer. */
  question: Question | null;
  /** The last draft presented in this room. */
  presented: { version: number; draft: Package } | null;
  /** What was said in this room. */
  transcript: readonly TranscriptEntry[];
  news: readonly NewsItem[];
  /** Whether it may take the floor now (the mediator is in its room, with time left). */
  maySpeak: boolean;
}

export type Wire = MediatorWire | DelegationWire;

export function mediatorWire(scenario: Scenario, snapshot: ShuttleSnapshot): MediatorWire {
  const view = mediatorView(scenario, snapshot);
  const { seed: _seed, ...settings } = view.state.settings;
  const { seed: _nbSeed, ...notebook } = view.notebook;
  // The ledger is a getter on the view: read it into the object sent.
  const state: MediatorStateWire = { ...view.state, ledger: view.state.ledger, settings };
  return { kind: 'mediator', phase: view.phase, state, legal: view.legal, notebook };
}

/** Drafts presented in each room, by transcript entry: read from the mediator's acts. */
function lastPresented(transcript: readonly TranscriptEntry[], side: SideIndex, drafts: readonly (Package | undefined)[]): DelegationWire['presented'] {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const e = transcript[i]!;
    if (e.said.kind === 'act' && e.said.act.type === 'PRESENT_DRAFT' && e.where === side) {
      const version = e.said.act.version ?? 0;
      const draft = drafts[version];
      return draft === undefined ? null : { version, draft };
    }
  }
  return null;
}

// The filtered transcript of each room, kept per transcript array so an unchanged one is the same
// object (and is not sent again).
const rooms = new WeakMap<readonly TranscriptEntry[], TranscriptEntry[][]>();

function roomTranscript(transcript: readonly TranscriptEntry[], side: SideIndex): TranscriptEntry[] {
  let bySide = rooms.get(transcript);
  if (!bySide) rooms.set(transcript, (bySide = []));
  return (bySide[side] ??= transcript.filter((e) => e.where === side));
}

/** `drafts`: the text of each draft version the game wrote (the server keeps them). */
export function delegationWire(scenario: Scenario, snapshot: ShuttleSnapshot, side: SideIndex, drafts: readonly (Package | undefined)[]): DelegationWire {
  const state = snapshot.context;
  const c = compiledFor(scenario, state.settings);
  const phase = phaseOf(snapshot);
  const question = state.question?.side === side ? state.question : null;
  return {
    kind: 'delegation',
    phase,
    side,
    own: delegationView(c, state, side),
    round: state.round,
    hoursLeft: state.hoursLeft,
    location: state.location,
    pressure: state.pressure,
    scope: state.scope,
    paused: state.paused === true,
    outcome: state.outcome,
    question,
    presented: lastPresented(state.transcript, side, drafts),
    transcript: roomTranscript(state.transcript, side),
    news: state.news,
    maySpeak: phase === 'talks' && state.location === side && state.question === null && !state.paused && state.hoursLeft > 0,
  };
}
