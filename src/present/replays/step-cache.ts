// The state at any step of a line, fast enough to follow a scrubbing hand: the game is
// snapshotted every K steps as it is first walked (lazily), so reaching a step replays at most
// K - 1 events from the nearest snapshot below it, never the whole log. Pure: no DOM, no clock.
// Screens read a step as the mediator saw it (`view`); the whole state is for the debrief.
import { compiledFor, mediatorState, persist, phaseOf, resumeGame, sendEvent, startGame, type GameEvent, type MediatorState, type PersistedGame, type Phase, type ShuttleActor } from '../../machine/index.ts';
import type { CompiledScenario, GameState, Settings } from '../../model/index.ts';
import type { Scenario } from '../../scenario/index.ts';

export interface StepState {
  /** Events applied. */
  step: number;
  state: GameState;
  phase: Phase;
}

/** A step as the mediator saw it. */
export interface StepView {
  step: number;
  state: MediatorState;
  phase: Phase;
}

export const DEFAULT_INTERVAL = 8;

export class StepCache {
  /** Snapshots by step, one every `interval` steps (step 0 always). */
  private readonly marks = new Map<number, PersistedGame>();
  /** The actor left where the last request ended: playing forward step by step reuses it. */
  private cursor: { step: number; actor: ShuttleActor } | null = null;
  /** Events the machine accepts (a log that stops fitting the game ends there). */
  private applicable: number;
  private readonly c: CompiledScenario;

  constructor(
    private readonly scenario: Scenario,
    settings: Settings,
    private readonly events: readonly GameEvent[],
    readonly interval = DEFAULT_INTERVAL,
  ) {
    if (interval < 1) throw new Error('the checkpoint interval must be at least 1');
    this.c = compiledFor(scenario, settings);
    const actor = startGame(scenario, settings);
    this.marks.set(0, persist(actor));
    this.cursor = { step: 0, actor };
    this.applicable = events.length;
  }

  /** Number of steps of the line (events the machine took). */
  get length(): number {
    return this.applicable;
  }

  /** How many snapshots are held (for tests and the benchmark). */
  get checkpoints(): number {
    return this.marks.size;
  }

  /** The state after `step` events (clamped to the line). */
  at(step: number): StepState {
    const target = Math.max(0, Math.min(Math.trunc(step), this.applicable));
    let cur = this.cursor;
    // Start from the cursor when it is at or below the target and no snapshot is nearer.
    const base = this.nearestMark(target);
    if (!cur || cur.step > target || cur.step < base) {
      cur?.actor.stop();
      cur = { step: base, actor: resumeGame(this.scenario, this.marks.get(base)!) };
    }
    while (cur.step < target) {
      if (!sendEvent(cur.actor, this.events[cur.step]!)) {
        this.applicable = cur.step;
        break;
      }
      cur.step += 1;
      if (cur.step % this.interval === 0 && !this.marks.has(cur.step)) this.marks.set(cur.step, persist(cur.actor));
    }
    this.cursor = cur;
    const snapshot = cur.actor.getSnapshot();
    return { step: cur.step, state: snapshot.context, phase: phaseOf(snapshot) };
  }

  /** The step as the mediator saw it (the game over: with the hidden values revealed). */
  view(step: number): StepView {
    const at = this.at(step);
    return { step: at.step, phase: at.phase, state: mediatorState(this.c, at.state, at.phase) };
  }

  /** Every step of the line as the mediator saw it, in order. */
  *views(): Generator<StepView> {
    for (const at of this.walk()) yield { step: at.step, phase: at.phase, state: mediatorState(this.c, at.state, at.phase) };
  }

  /** Every state of the line in order (one walk; fills the snapshots on the way). */
  *walk(): Generator<StepState> {
    for (let s = 0; s <= this.applicable; s++) {
      const at = this.at(s);
      if (at.step < s) return;
      yield at;
    }
  }

  dispose(): void {
    this.cursor?.actor.stop();
    this.cursor = null;
  }

  private nearestMark(target: number): number {
    for (let s = target - (target % this.interval); s > 0; s -= this.interval) if (this.marks.has(s)) return s;
    return 0;
  }
}
