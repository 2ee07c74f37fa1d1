// One game in the browser: the actor, the event log (the game's source of truth), the texts of
// every draft version (so the editor can say what changed).
// Views subscribe to changes; only `send` moves the game, and only when the machine allows it.
import type { InspectionEvent, Observer } from 'xstate';
import { compiledFor, phaseOf, sendEvent, startGame, type GameEvent, type Phase, type ShuttleActor, type ShuttleSnapshot } from '../../machine/index.ts';
import type { CompiledScenario, GameState, Settings } from '../../model/index.ts';
import { MAIN, type Branch } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';

export interface Change {
  event: GameEvent;
  before: GameState;
  after: GameState;
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
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
}

export class GameSession {
  readonly scenario: Scenario;
  readonly hash: string;
  readonly c: CompiledScenario;
  readonly settings: Settings;
  /** Index of the first logged event the machine refused when the game was restored. */
  readonly refusedAt: number | null = null;
  /** The save's lines; replaced when the replay viewer renames or deletes a branch. */
  tree: LineTree;
  private readonly actor: ShuttleActor;
  private readonly log: GameEvent[] = [];
  private readonly drafts: string[] = [];
  private readonly listeners = new Set<(change: Change) => void>();

  constructor(init: SessionInit) {
    this.scenario = init.scenario;
    this.hash = init.hash;
    this.c = compiledFor(init.scenario, init.settings);
    this.settings = init.settings;
    this.tree = init.tree ?? MAIN_TREE;
    this.actor = startGame(init.scenario, init.settings, { inspect: init.inspect });
    this.noteDraft();
    const events = init.events ?? [];
    for (let i = 0; i < events.length; i++) {
      if (!this.apply(events[i]!)) {
        this.refusedAt = i;
        break;
      }
    }
  }

  get snapshot(): ShuttleSnapshot {
    return this.actor.getSnapshot();
  }

  get state(): GameState {
    return this.actor.getSnapshot().context;
  }

  get phase(): Phase {
    return phaseOf(this.actor.getSnapshot());
  }

  get events(): readonly GameEvent[] {
    return this.log;
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
    const before = this.actor.getSnapshot();
    if (!this.apply(event)) return false;
    const after = this.actor.getSnapshot();
    const change: Change = { event, before: before.context, after: after.context, phaseBefore: phaseOf(before), phase: phaseOf(after) };
    for (const listener of [...this.listeners]) listener(change);
    return true;
  }

  stop(): void {
    this.listeners.clear();
    this.actor.stop();
  }

  private apply(event: GameEvent): boolean {
    if (!sendEvent(this.actor, event)) return false;
    this.log.push(event);
    this.noteDraft();
    return true;
  }

  private noteDraft(): void {
    const s = this.state;
    this.drafts[s.draftVersion] ??= s.draft;
  }
}
