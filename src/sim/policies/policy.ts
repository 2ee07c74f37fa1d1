// An AI mediator: given the mediator's view (what the mediator can know, and the events allowed
// now), the next event to send. Policies keep their own memory per game and draw from their own
// generator, never the game's. A module a student writes has the same shape (docs/policies.md).
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import type { Rng } from '../../model/index.ts';

export interface MediatorPolicy {
  next(view: MediatorView): GameEvent;
}

export interface PolicyFactory {
  /** Its name, which is also the key of its words in the catalogue (present/words/policies.ts). */
  name: string;
  /** A new mediator for one game; built-in policies get a generator of their own. */
  create(rng: Rng): MediatorPolicy;
}
