// The mediator's view: the one way screens, hints and AI mediators see a game in play. It holds
// what the mediator can know (what was said, the draft, the visible meters, the news, its own
// acts) and nothing else: no hidden weights or values, no reservation values, styles or
// hardliners, no drawn red lines not yet revealed, no generator state, no delegation's model of
// the other or what it feels it gave and got. When the game is over,
// `revealed` holds the hidden values for the outcome screen and the debrief.
import type { Scenario } from '../scenario/index.ts';
import { notebookOf, type Notebook } from '../model/index.ts';
import type { CompiledScenario, Distortion, GameState, LedgerEntry, Location, Message, NewsItem, Offer, Outcome, Package, Question, Ratification, Settings, SideIndex, SideTruth, TranscriptEntry } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { compiledFor, phaseOf, type Phase, type ShuttleSnapshot } from './game.ts';
import { legalList } from './legal.ts';

/** One delegation as the mediator knows it. */
export interface SideView {
  id: string;
  /** Positions heard, one character per issue ('?' not heard yet; see model/package.ts). */
  heard: Package;
  /** Priority cues heard: 'h', 'm', 'l' or '?' per issue. */
  priorities: string;
  /** Red lines the mediator has heard, as issue * 16 + option. */
  redLinesHeard: readonly number[];
  /** Items it criticised at the last presentation, and the draft version it was. */
  criticised: readonly number[];
  criticisedVersion: number | null;
  /** The draft version it said yes to, while the draft has not changed since. */
  accepted: number | null;
  /** What it asked the mediator to carry to the other side (the mediator heard it); with more than two delegations, null: see `outbox`. */
  pending: Message | null;
  /** With more than two delegations: what it asked the mediator to carry to each, by index. */
  outbox?: readonly (Message | null)[];
  /** Its stated position: every change to it is made before the mediator. */
  position: Package;
  /** The coercive moves it chose (they were news). */
  coerced: readonly string[];
  /** The meters shown on the HUD. */
  patience: number;
  credibility: number;
  closeness: number;
}

/** The hidden values, shown once the game is over (the outcome screen, the debrief). */
export interface Revealed {
  sides: { reservation: number; hardliners: number; hurt: number; wayOut: number; conceded: number; perceived: number; frustration: number; truth: SideTruth }[];
  ratification: readonly Ratification[] | null;
}

export interface MediatorState {
  settings: Settings;
  step: number;
  round: number;
  hoursLeft: number;
  location: Location;
  scope: number;
  pressure: number;
  progress: number;
  /** Progress when the day began. */
  dawnProgress: number;
  sides: readonly SideView[];
  draft: Package;
  draftVersion: number;
  banked: Package | null;
  guaranteesUsed: readonly string[];
  /** The mediator's own distortions (it knows what it did), and whether they came to light. */
  distortions: readonly Distortion[];
  /** The ledger without the hidden meters' entries. */
  readonly ledger: readonly LedgerEntry[];
  transcript: readonly TranscriptEntry[];
  news: readonly NewsItem[];
  question: Question | null;
  outcome: Outcome | null;
  paused: boolean;
  injected: readonly string[];
  /** Conditional scenario events that have fired (public: they made the news). */
  fired: readonly string[];
  /** Trades offered and not yet answered (made before the mediator). */
  offers: readonly Offer[];
  revealed: Revealed | null;
}

export interface MediatorView {
  /** The scenario as loaded: public (its figures are priors; each game draws the truth around them). */
  scenario: Scenario;
  /** The scenario compiled as this game's settings made it. */
  c: CompiledScenario;
  phase: Phase;
  /** The events allowed now, as a save records them (EDIT_DRAFT: one example per item and option). */
  readonly legal: readonly GameEvent[];
  /** The mediator's notebook of beliefs about each side, built only from what it heard. */
  readonly notebook: Notebook;
  state: MediatorState;
}

function sideView(c: CompiledScenario, state: GameState, s: SideIndex): SideView {
  const side = state.sides[s];
  return {
    id: c.sides[s].id,
    heard: side.heard,
    priorities: side.priorities,
    redLinesHeard: side.redLinesHeard,
    criticised: side.criticised,
    criticisedVersion: side.criticisedVersion,
    accepted: side.accepted,
    pending: side.pending,
    ...(side.outbox ? { outbox: side.outbox } : {}),
    position: side.position,
    coerced: side.coerced,
    patience: side.patience,
    credibility: side.credibility,
    closeness: side.closeness,
  };
}

// The visible ledger of a state, kept per ledger array (arrays are replaced, never changed).
const visibleLedgers = new WeakMap<readonly LedgerEntry[], readonly LedgerEntry[]>();

function visibleLedger(ledger: readonly LedgerEntry[]): readonly LedgerEntry[] {
  let visible = visibleLedgers.get(ledger);
  if (!visible) visibleLedgers.set(ledger, (visible = ledger.filter((e) => !e.hidden)));
  return visible;
}

/** What the mediator knows of this state (the phase decides whether the game is over). */
export function mediatorState(c: CompiledScenario, state: GameState, phase: Phase): MediatorState {
  const view = stateWith(c, state, phase, EMPTY);
  // Filtered on first reading: most readers never look at the ledger.
  Object.defineProperty(view, 'ledger', { get: () => visibleLedger(state.ledger), enumerable: true, configurable: true });
  return view;
}

const EMPTY: readonly LedgerEntry[] = Object.freeze([]);

function stateWith(c: CompiledScenario, state: GameState, phase: Phase, ledger: readonly LedgerEntry[]): MediatorState {
  const over = phase === 'over';
  return {
    settings: state.settings,
    step: state.step,
    round: state.round,
    hoursLeft: state.hoursLeft,
    location: state.location,
    scope: state.scope,
    pressure: state.pressure,
    progress: state.progress,
    dawnProgress: state.dawnProgress,
    sides: c.sideIndices.map((s) => sideView(c, state, s)),
    draft: state.draft,
    draftVersion: state.draftVersion,
    banked: state.banked,
    guaranteesUsed: state.guaranteesUsed,
    distortions: state.distortions,
    ledger,
    transcript: state.transcript,
    news: state.news,
    question: state.question,
    outcome: state.outcome,
    paused: state.paused === true,
    injected: state.injected ?? [],
    fired: state.fired ?? [],
    offers: state.offers,
    revealed: over
      ? {
          sides: state.sides.map((s, i) => ({ reservation: s.reservation, hardliners: s.hardliners, hurt: s.hurt, wayOut: s.wayOut, conceded: s.conceded, perceived: s.perceived, frustration: s.frustration, truth: state.truth[i]! })),
          ratification: state.ratification,
        }
      : null,
  };
}

/**
 * The same view as mediatorViewAt, made faster for the simulator's own mediators at every step
 * of thousands of continuations: `legal` and `notebook` are read through the class (an object
 * made with getters of its own costs more than most decisions), and the ledger is filtered at
 * once (a continuation that writes no record keeps one ledger). They are not own properties:
 * never for code that spreads the view, lists its keys or sends it.
 */
class SimulatedView implements MediatorView {
  readonly state: MediatorState;
  private list: readonly GameEvent[] | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly c: CompiledScenario,
    readonly phase: Phase,
    private readonly game: GameState,
  ) {
    this.state = stateWith(c, game, phase, visibleLedger(game.ledger));
  }

  get legal(): readonly GameEvent[] {
    return (this.list ??= legalList({ c: this.c, phase: this.phase, state: this.game }));
  }

  get notebook(): Notebook {
    return notebookOf(this.c, this.game.settings.seed, this.game.transcript);
  }
}

/** The view the simulator's own mediators get in a what-if continuation (see SimulatedView). */
export function simulatedView(scenario: Scenario, c: CompiledScenario, phase: Phase, state: GameState): MediatorView {
  return new SimulatedView(scenario, c, phase, state);
}

/** The mediator's view of a game from its snapshot. */
export function mediatorView(scenario: Scenario, snapshot: ShuttleSnapshot): MediatorView {
  return mediatorViewAt(scenario, compiledFor(scenario, snapshot.context.settings), phaseOf(snapshot), snapshot.context);
}

/** The mediator's view of a game state in a phase (`c`: the scenario compiled for the game's settings). */
export function mediatorViewAt(scenario: Scenario, c: CompiledScenario, phase: Phase, state: GameState): MediatorView {
  let legal: readonly GameEvent[] | null = null;
  return {
    scenario,
    c,
    phase,
    // Listed on first reading: most moves of a fast policy never need the whole list.
    get legal() {
      return (legal ??= legalList({ c, phase, state }));
    },
    get notebook() {
      return notebookOf(c, state.settings.seed, state.transcript);
    },
    state: mediatorState(c, state, phase),
  };
}
