// An AI mediator: given what the mediator can see, the next event to send. Policies keep their
// own memory per game and draw from their own generator, never the game's.
import type { GameEvent } from '../../machine/events.ts';
import type { GameView } from '../../machine/game.ts';
import type { Rng } from '../../model/random.ts';

export interface MediatorPolicy {
  next(view: GameView): GameEvent;
}

export interface PolicyFactory {
  name: string;
  description: string;
  create(rng: Rng): MediatorPolicy;
}
