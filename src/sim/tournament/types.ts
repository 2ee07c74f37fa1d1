// What a tournament plays and what it records. A mediator here is untrusted code: a built-in
// policy or a module someone wrote. Its answers are checked before they reach the machine.
import type { MediatorView } from '../../machine/index.ts';
import type { OutcomeId, Rng } from '../../model/index.ts';

/** A mediator as the tournament sees it: `create` gets the game's own generator for the policy. */
export interface Entrant {
  name: string;
  /**
   * The project's own policies, which only read their view: it is handed to them as it is.
   * Any other gets it frozen (see freeze.ts), which costs about a sixth of a game's time.
   */
  trusted?: boolean;
  /** A new mediator for one game: `{ next(view) }`, checked when called (a module may return anything). */
  create(rng: Rng): unknown;
}

/** The mediator of one game: given the mediator's view, the next event (checked by the tournament). */
export interface Mediator {
  next(view: MediatorView): unknown;
}

/** One game of one entrant on one seed. */
export interface GameRecord {
  seed: number;
  outcome: OutcomeId;
  /** Events the machine did not allow at that point, or that are not the mediator's to send. */
  refused: number;
  /** Answers that were not an event at all (not an object, an unknown type, bad fields), or a throw. */
  malformed: number;
  /** The policy used up its moves for the game; the days were ended until the game was over. */
  capped: boolean;
  /** Events the machine took, fallbacks included. */
  events: number;
  /** Each delegation's utility of the agreed text (framework or interim), or null without one. */
  utilities: number[] | null;
  /** Distance of that utility pair to the Nash bargaining point (null: no agreement, or no Nash point). */
  nashDistance: number | null;
}
