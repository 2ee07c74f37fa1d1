// One game in the browser: the actor, the event log (the game's source of truth), the texts of
// every draft version (so the editor can say what changed), and the mediator's view of where
// the game stands, made once per change. Screens read the view, never the machine's state: the
// session alone holds that (for the save, the test hook and the machine's own checks).
// Only `send` moves the game, and only when the machine allows it.
import type { InspectionEvent, Observer } from 'xstate';
import {
  compiledFor,
  delegationView,
  isAllowed,
  mediatorView,
  sendEvent,
  startGame,
  type DelegationView,
  type GameEvent,
  type MediatorState,
  type MediatorView,
  type Phase,
  type ShuttleActor,
} from '../../machine/index.ts';
import type { CompiledScenario, GameState, Settings, SideIndex } from '../../model/index.ts';
import { MAIN, type Branch, type Hint } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';

/** One allowed event and the mediator's view before and after it. */
export interface Change {
  event: GameEvent;
  before: MediatorState;
  after: MediatorState;
  phaseBefore: Phase;
  phase: Phase;
}

/**
 * Where this game sits in its save's tree of lines: the line being played ('main' or a branch
 * id), the main line's events when another line is played (the live log is then the branch's
 * line), and every branch. New moves extend the line being played.
 */
export interface LineTree {
  line: string;
  main: readonly GameEvent[];
  branches: readonly Branch[];
}

export const MAIN_TREE: LineTree = { line: MAIN, main: [], branches: [] };

export interface SessionInit {
  scenario: Scenario;
  hash: string;
  settings: Settings;
  events?: readonly GameEvent[];
  /** The save's lines when this game is one of several (default: the main line alone). */
  tree?: LineTree;
  /** The advisor's hints asked so far in this game's save (any line). */
  hints?: readonly Hint[];
  /** The player's or team's name, kept in the save (optional). */
  player?: string | null;
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
}

export class GameSession {
  readonly scenario: Scenario;
  readonly hash: string;
  readonly c: CompiledScenario;
  readonly settings: Settings;
  readonly player: string | null;
  /** Index of the first logged event the machine refused when the game was restored. */
  readonly refusedAt: number | null = null;
  /** The save's lines; replaced when the replay viewer renames or deletes a branch. */
  tree: LineTree;
  private readonly actor: ShuttleActor;
  private readonly log: GameEvent[] = [];
  private readonly drafts: string[] = [];
  private readonly listeners = new Set<(change: Change) => void>();
  private readonly hintList: Hint[];
  private current: MediatorView;

  constructor(init: SessionInit) {
    this.scenario = init.scenario;
    this.hash = init.hash;
    this.c = compiledFor(init.scenario, init.settings);
    this.settings = init.settings;
    this.player = init.player ?? null;
    this.tree = init.tree ?? MAIN_TREE;
    this.hintList = [...(init.hints ?? [])];
    this.actor = startGame(init.scenario, init.settings, { inspect: init.inspect });
    this.noteDraft();
    const events = init.events ?? [];
    for (let i = 0; i < events.length; i++) {
      if (!this.apply(events[i]!)) {
        this.refusedAt = i;
        break;
      }
    }
    this.current = this.makeView();
  }

  /** The mediator's view of the game as it stands. */
  get view(): MediatorView {
    return this.current;
  }

  get phase(): Phase {
    return this.current.phase;
  }

  get events(): readonly GameEvent[] {
    return this.log;
  }

  /** The advisor's hints asked in this game, on every line of its save. */
  get hints(): readonly Hint[] {
    return this.hintList;
  }

  /** Records a hint shown now, on the line being played (once per step). */
  noteHint(event: GameEvent): void {
    const line = this.tree.line;
    const step = this.log.length;
    if (this.hintList.some((h) => h.line === line && h.step === step)) return;
    this.hintList.push({ line, step, event });
  }

  /** The whole state once the game is over (the outcome and the debrief reveal it); null before. */
  finished(): GameState | null {
    return this.current.phase === 'over' ? this.machineState() : null;
  }

  /** A delegation's own view of itself, for the confidential brief of the person who plays it. */
  delegation(side: SideIndex): DelegationView {
    return delegationView(this.c, this.machineState(), side);
  }

  /** Whether the machine would take this event now (an answer's checks before it is sent). */
  allows(event: GameEvent): boolean {
    return isAllowed({ c: this.c, phase: this.current.phase, state: this.machineState() }, event);
  }

  /** The text of a draft version, when this game wrote it. */
  draftAt(version: number): string | undefined {
    return this.drafts[version];
  }

  /** The persisted snapshot as plain JSON (for the test hook). */
  persisted(): unknown {
    return JSON.parse(JSON.stringify(this.actor.getPersistedSnapshot()));
  }

  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event; false (and nothing changes) when the machine does not allow it. */
  send(event: GameEvent): boolean {
    const before = this.current;
    if (!this.apply(event)) return false;
    this.current = this.makeView();
    const change: Change = { event, before: before.state, after: this.current.state, phaseBefore: before.phase, phase: this.current.phase };
    for (const listener of [...this.listeners]) listener(change);
    return true;
  }

  stop(): void {
    this.listeners.clear();
    this.actor.stop();
  }

  private machineState(): GameState {
    return this.actor.getSnapshot().context;
  }

  private makeView(): MediatorView {
    return mediatorView(this.scenario, this.actor.getSnapshot());
  }

  private apply(event: GameEvent): boolean {
    if (!sendEvent(this.actor, event)) return false;
    this.log.push(event);
    this.noteDraft();
    return true;
  }

  private noteDraft(): void {
    const s = this.machineState();
    this.drafts[s.draftVersion] ??= s.draft;
  }
}
