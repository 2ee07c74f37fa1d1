// The AI covering a seat people play: the AI mediator (the broker policy, seeing only the
// mediator's view) and a delegation's answers as the model would give them. It moves at a pace
// people can follow; its moves are events like any other, logged as the AI's.
import { mediatorView, type GameEvent } from '../machine/index.ts';
import { rngFrom, seedState } from '../model/index.ts';
import { modelAnswer, policyByName } from '../sim/index.ts';
import type { GameHost } from './game-host.ts';

type Policy = { next(view: ReturnType<typeof mediatorView>): GameEvent };

export class AiSeats {
  private policy: Policy | null = null;

  constructor(private readonly host: GameHost) {}

  /** Whether it is the turn of a seat the AI holds. */
  due(): boolean {
    const h = this.host;
    const snap = h.snapshot;
    if (h.over || snap.context.paused) return false;
    if (h.phase === 'answering') {
      const q = snap.context.question;
      return q !== null && h.aiHolds(q.side);
    }
    return h.aiHolds('mediator');
  }

  /** The AI's next event, when it holds the seat whose turn it is; null when people are to act. */
  next(): GameEvent | null {
    const h = this.host;
    if (!this.due()) return null;
    if (h.phase === 'answering') return modelAnswer(h.machineView());
    const snap = h.snapshot;
    // The broker is quick and sensible; its generator is its own, never the game's.
    this.policy ??= policyByName('broker')!.create(rngFrom(seedState(h.settings.seed ^ 0x5eed)));
    return this.policy.next(mediatorView(h.loaded.scenario, snap));
  }

  /** When the AI's move is refused, the day ends in its place (as in the simulator). */
  fallback(): GameEvent {
    return this.host.phase === 'interlude' ? { type: 'CONTINUE' } : this.host.phase === 'briefing' ? { type: 'BEGIN' } : { type: 'RECESS' };
  }
}
