// Replay is folding the event log through the machine: the same scenario, settings and events
// give the same states, step by step.
import type { Scenario } from '../scenario/index.ts';
import { phaseOf, sendEvent, startGame, type GameEvent, type ShuttleActor, type ShuttleSnapshot } from '../machine/index.ts';
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
  actor: ShuttleActor;
  snapshot: ShuttleSnapshot;
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

export function replay(scenario: Scenario, settings: Settings, events: readonly GameEvent[], options: ReplayOptions = {}): ReplayResult {
  const upTo = options.upTo ?? events.length;
  const actor = startGame(scenario, settings);
  const checkpoints: Checkpoint[] = [];
  const trail: string[] = [];
  let refusedAt: number | null = null;
  let phase = phaseOf(actor.getSnapshot());
  for (let i = 0; i < Math.min(upTo, events.length); i++) {
    if (!sendEvent(actor, events[i]!)) {
      refusedAt = i;
      break;
    }
    const snapshot = actor.getSnapshot();
    if (options.trail) trail.push(stepDigest(snapshot.context));
    const next = phaseOf(snapshot);
    if (options.checkpoints !== false && (next === 'interlude' || next === 'over') && next !== phase) {
      checkpoints.push({ event: i + 1, round: snapshot.context.round, hash: stateHash(snapshot.context) });
    }
    phase = next;
  }
  return { actor, snapshot: actor.getSnapshot(), refusedAt, checkpoints, trail };
}
