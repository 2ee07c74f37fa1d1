// One tournament game: an entrant plays the mediator from the briefing to an outcome. Whatever
// it returns, the game goes on: a malformed or refused answer, or a throw, is counted and the
// day ends instead; past the cap of moves, the days end until the game is over.
import type { Scenario } from '../../scenario/index.ts';
import { compiledFor, machineView, mediatorView, phaseOf, sendEvent, settingsFor, startGame, type GameEvent, type MediatorView, type ShuttleActor } from '../../machine/index.ts';
import { rngFrom, seedState, type Settings } from '../../model/index.ts';
import { modelAnswer } from '../person.ts';
import { agreementOf } from './agreement.ts';
import { deepFreeze } from './freeze.ts';
import { checkMove, endOfDay } from './moves.ts';
import type { Entrant, GameRecord, Mediator } from './types.ts';

/** Moves a policy may make in one game (a whole game takes about 40). */
export const MAX_MOVES = 1000;

/** The policy's generator, as the built-in games seed it: a built-in policy plays here the game it plays in `shuttle sim`. */
const policyRng = (seed: number) => rngFrom(seedState(seed ^ 0x2545f491));

const isMediator = (x: unknown): x is Mediator => typeof x === 'object' && x !== null && typeof (x as { next?: unknown }).next === 'function';

function newMediator(entrant: Entrant, seed: number): Mediator | null {
  try {
    const made = entrant.create(policyRng(seed));
    return isMediator(made) ? made : null;
  } catch {
    return null;
  }
}

function ask(mediator: Mediator | null, view: MediatorView): unknown {
  if (!mediator) return undefined;
  try {
    return mediator.next(view);
  } catch {
    return undefined;
  }
}

function send(actor: ShuttleActor, event: GameEvent, seed: number): void {
  if (!sendEvent(actor, event)) throw new Error(`seed ${seed}: the machine refused ${event.type}, which should always be allowed here`);
}

type Verdict = 'taken' | 'refused' | 'malformed';

/** Asks the mediator for its move on a view it cannot change, and sends it if it is one. */
function mediatorMove(actor: ShuttleActor, scenario: Scenario, mediator: Mediator | null, trusted: boolean): Verdict {
  const snapshot = actor.getSnapshot();
  const view = mediatorView(scenario, snapshot);
  if (!trusted) {
    deepFreeze(snapshot.context);
    deepFreeze(view.scenario);
    deepFreeze(view.c);
  }
  const move = checkMove(ask(mediator, view));
  if (move.kind !== 'move') return move.kind;
  return sendEvent(actor, move.event) ? 'taken' : 'refused';
}

/**
 * Plays one game. For an entrant not trusted, the scenario is frozen (its view holds it): pass
 * one nobody changes later. Each turn sends exactly one event the machine takes: the
 * mediator's, or the day's end instead.
 */
export function playEntrant(scenario: Scenario, entrant: Entrant, seed: number, settings: Settings = settingsFor(seed)): GameRecord {
  const actor = startGame(scenario, settings);
  // A mediator that cannot be made answers nothing: every move is malformed and the days end.
  const mediator = newMediator(entrant, seed);
  const record = { refused: 0, malformed: 0, capped: false, events: 0 };
  let moves = 0;
  let snapshot = actor.getSnapshot();
  while (snapshot.status !== 'done') {
    const phase = phaseOf(snapshot);
    if (phase === 'answering') {
      // A delegation played by a person (only when the settings say so) answers as the model would.
      send(actor, modelAnswer(machineView(scenario, snapshot)), seed);
    } else if (moves >= MAX_MOVES) {
      record.capped = true;
      send(actor, endOfDay(phase), seed);
    } else {
      moves++;
      const verdict = mediatorMove(actor, scenario, mediator, entrant.trusted === true);
      if (verdict !== 'taken') {
        record[verdict]++;
        send(actor, endOfDay(phase), seed);
      }
    }
    record.events++;
    snapshot = actor.getSnapshot();
  }
  actor.stop();
  const state = snapshot.context;
  if (!state.outcome) throw new Error(`seed ${seed}: the game ended without an outcome`);
  const agreement = agreementOf(compiledFor(scenario, state.settings), state);
  return {
    seed,
    outcome: state.outcome.id,
    ...record,
    utilities: agreement?.utilities ?? null,
    nashDistance: agreement?.nashDistance ?? null,
  };
}
