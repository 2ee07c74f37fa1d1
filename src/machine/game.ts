// Running the machine: start a game, send events (only allowed ones change anything), read the
// phase. Shared by the command line, the simulator, replays and the browser.
import { createActor, type Actor, type InspectionEvent, type Observer, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/index.ts';
import { compile, DEFAULT_SETTINGS, scenarioFor, type CompiledScenario, type GameState, type Settings } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { createShuttleMachine, type ShuttleMachine } from './machine.ts';

export type ShuttleActor = Actor<ShuttleMachine>;
export type ShuttleSnapshot = SnapshotFrom<ShuttleMachine>;
/** 'answering': a question waits for the answer of a delegation played by a person. */
export type Phase = 'briefing' | 'talks' | 'answering' | 'interlude' | 'over';

const machines = new WeakMap<Scenario, ShuttleMachine>();

export function machineFor(scenario: Scenario): ShuttleMachine {
  let m = machines.get(scenario);
  if (!m) {
    m = createShuttleMachine(scenario);
    machines.set(scenario, m);
  }
  return m;
}

export function settingsFor(seed: number, overrides: Partial<Omit<Settings, 'seed'>> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides, seed: seed | 0 };
}

export interface StartOptions {
  /** An inspector (e.g. Stately's) that watches the machine live. */
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
}

/** A new game on the scenario as these settings make it (rounds, difficulty). */
export function startGame(scenario: Scenario, settings: Settings, options: StartOptions = {}): ShuttleActor {
  const actor = createActor(machineFor(scenarioFor(scenario, settings)), { input: { settings }, ...(options.inspect ? { inspect: options.inspect } : {}) });
  actor.start();
  return actor;
}

/** The persisted form of a game's snapshot (what XState can restore). */
export type PersistedGame = ReturnType<ShuttleActor['getPersistedSnapshot']> & { context: GameState };

/** Resumes a game from a persisted snapshot, optionally with another state of chance. */
export function resumeGame(scenario: Scenario, persisted: PersistedGame, rng?: number[]): ShuttleActor {
  const snapshot = rng ? { ...persisted, context: { ...persisted.context, rng } } : persisted;
  const settings = persisted.context.settings;
  const actor = createActor(machineFor(scenarioFor(scenario, settings)), { snapshot, input: { settings } });
  actor.start();
  return actor;
}

export function persist(actor: ShuttleActor): PersistedGame {
  return actor.getPersistedSnapshot() as PersistedGame;
}

/** Sends the event; true when it was allowed (the snapshot changed). */
export function sendEvent(actor: ShuttleActor, event: GameEvent): boolean {
  const before = actor.getSnapshot();
  actor.send(event);
  return actor.getSnapshot() !== before;
}

export function phaseOf(snapshot: { status: string; value: unknown }): Phase {
  if (snapshot.status === 'done') return 'over';
  const v = snapshot.value;
  if (v === 'briefing') return 'briefing';
  if (v === 'interlude') return 'interlude';
  if (typeof v === 'object' && v !== null && (v as { talks?: unknown }).talks === 'answering') return 'answering';
  return 'talks';
}

/**
 * The game as the machine holds it, hidden values included: for the machine's own rules, the
 * simulated delegations and tests. Screens and AI mediators get the mediator's view (view.ts).
 */
export interface MachineView {
  c: CompiledScenario;
  phase: Phase;
  state: GameState;
}

/** The compiled scenario as this game's settings made it (rounds, difficulty). */
export function compiledFor(scenario: Scenario, settings: Settings): CompiledScenario {
  return compile(scenarioFor(scenario, settings));
}

export function machineView(scenario: Scenario, snapshot: ShuttleSnapshot): MachineView {
  return { c: compiledFor(scenario, snapshot.context.settings), phase: phaseOf(snapshot), state: snapshot.context };
}
