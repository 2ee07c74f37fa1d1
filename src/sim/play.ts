// One headless game: a policy plays the mediator from the briefing to an outcome.
import type { Scenario } from '../scenario/index.ts';
import { phaseOf, sendEvent, settingsFor, startGame, machineView, mediatorView, type GameEvent, type ShuttleSnapshot } from '../machine/index.ts';
import { rngFrom, seedState, type OutcomeId, type Settings } from '../model/index.ts';
import { modelAnswer } from './person.ts';
import type { PolicyFactory } from './policies/policy.ts';

export interface PlayedGame {
  seed: number;
  policy: string;
  outcome: OutcomeId;
  rounds: number;
  /** The events that were allowed, in order: the game's source of truth. */
  events: GameEvent[];
  /** Events the policy tried that were not allowed (a policy bug if many). */
  refused: number;
  snapshot: ShuttleSnapshot;
}

/** A hard stop for a policy that keeps choosing refused moves. */
const MAX_EVENTS = 2000;

export function playGame(scenario: Scenario, factory: PolicyFactory, seed: number, settings?: Settings): PlayedGame {
  const actor = startGame(scenario, settings ?? settingsFor(seed));
  // The policy's generator is separate from the game's: its choices enter the game only as events.
  const policy = factory.create(rngFrom(seedState(seed ^ 0x2545f491)));
  const events: GameEvent[] = [];
  let refused = 0;
  let snapshot = actor.getSnapshot();
  while (snapshot.status !== 'done' && events.length + refused < MAX_EVENTS) {
    // A delegation played by a person: here a simulated one answers as the model would. The
    // mediator sees only the mediator's view.
    let event = phaseOf(snapshot) === 'answering' ? modelAnswer(machineView(scenario, snapshot)) : policy.next(mediatorView(scenario, snapshot));
    if (!sendEvent(actor, event)) {
      refused++;
      // A refused move must not stall the game: fall back to ending the day.
      event = phaseOf(snapshot) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' };
      if (!sendEvent(actor, event)) break;
    }
    events.push(event);
    snapshot = actor.getSnapshot();
  }
  actor.stop();
  const outcome = snapshot.context.outcome;
  if (!outcome) throw new Error(`game with seed ${seed} did not finish`);
  return { seed, policy: factory.name, outcome: outcome.id, rounds: snapshot.context.round + 1, events, refused, snapshot };
}
