// Replay is folding the event log through the machine: the same scenario, settings and events
// give the same states, step by step.
import type { Scenario } from '../scenario/index.ts';
import { compiledFor, gameAt, phaseOfPlace, startPoint, transition, type GameEvent, type Point, type ShuttleActor, type ShuttleSnapshot } from '../machine/index.ts';
import { hashValue } from '../lib/index.ts';
import type { GameState, Settings } from '../model/index.ts';

/** The hash that stands for a state in saves and checks: the whole game state, canonical JSON. */
export function stateHash(state: GameState): string {
  return hashValue(state);
}

/**
 * A short digest of the state after one event: everything but the long logs (their lengths
 * stand in for them). A save keeps one per event, so a replay can name the exact event where a
 * tampered log leaves the recorded line.
 */
export function stepDigest(state: GameState): string {
  const { ledger, transcript, news, ...rest } = state;
  return hashValue([rest, ledger.length, transcript.length, news.length]).slice(0, 6);
}

export interface Checkpoint {
  /** Number of events applied when the checkpoint was taken. */
  event: number;
  round: number;
  hash: string;
}

export interface ReplayResult {
  /** Where the machine stands after the events: its state of play and the game state. */
  point: Point;
  /** A started actor at that point (made on first reading: most replays only read the state). */
  readonly actor: ShuttleActor;
  /** The actor's snapshot (made with the actor). */
  readonly snapshot: ShuttleSnapshot;
  /** Index of the first event the machine refused, if any (a log that does not fit the game). */
  refusedAt: number | null;
  checkpoints: Checkpoint[];
  /** stepDigest after each applied event (when asked for). */
  trail: string[];
}

/**
 * Folds `events` into a new game. Checkpoints are taken whenever a round ends (the game enters
 * the news between rounds) and at the end, as a save records them.
 */
export interface ReplayOptions {
  /** Stop after this many events. */
  upTo?: number;
  /** Record stepDigest after each event. */
  trail?: boolean;
  /** Hash the state at the end of each round (default true). */
  checkpoints?: boolean;
}

/** The events go through the machine's pure transition (transition.ts): an actor is made only for a caller that reads one. */
export function replay(scenario: Scenario, settings: Settings, events: readonly GameEvent[], options: ReplayOptions = {}): ReplayResult {
  const upTo = Math.min(options.upTo ?? events.length, events.length);
  const c = compiledFor(scenario, settings);
  const checkpoints: Checkpoint[] = [];
  const trail: string[] = [];
  let refusedAt: number | null = null;
  let point: Point = startPoint(c, settings);
  for (let i = 0; i < upTo; i++) {
    // The states in between are this fold's own (only the end is handed out): their logs grow in place.
    const next = transition(c, point, events[i]!, 'owned');
    if (next === null) {
      refusedAt = i;
      break;
    }
    if (options.trail) trail.push(stepDigest(next.state));
    const phase = phaseOfPlace(next.place);
    if (options.checkpoints !== false && (phase === 'interlude' || phase === 'over') && phase !== phaseOfPlace(point.place)) {
      checkpoints.push({ event: i + 1, round: next.state.round, hash: stateHash(next.state) });
    }
    point = next;
  }
  const end = point;
  let actor: ShuttleActor | null = null;
  return {
    point: end,
    get actor() {
      return (actor ??= gameAt(scenario, end));
    },
    get snapshot() {
      return this.actor.getSnapshot();
    },
    refusedAt,
    checkpoints,
    trail,
  };
}
