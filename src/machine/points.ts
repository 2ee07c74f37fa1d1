// Between the pure transition (transition.ts) and XState: a point as the persisted snapshot the
// machine would have there, and back, and an actor started at a point.
import type { Scenario } from '../scenario/index.ts';
import { resumeGame, type PersistedGame, type ShuttleActor } from './game.ts';
import { isFinal, placeOf, stateValue, type Point } from './transition.ts';

/** The persisted snapshot of a point the pure transition reached: what the machine would persist there. */
export function persistedAt(point: Point): PersistedGame {
  const done = isFinal(point.place);
  const persisted = { status: done ? 'done' : 'active', output: undefined, error: undefined, value: stateValue(point.place), historyValue: {}, context: point.state, children: {} };
  return persisted as PersistedGame;
}

/** The point of a persisted game (null when its state value is not one the machine rests in). */
export function pointOf(persisted: PersistedGame): Point | null {
  const place = placeOf((persisted as { value?: unknown }).value);
  return place === null ? null : { place, state: persisted.context };
}

/** A started actor where the pure transition got to: the actor the same events would have left. */
export function gameAt(scenario: Scenario, point: Point): ShuttleActor {
  return resumeGame(scenario, persistedAt(point));
}
