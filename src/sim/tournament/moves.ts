// Checking a policy's answer before it reaches the machine, and the move that ends the day when
// the answer is no good: the game goes on whatever a policy returns.
import { EVENT_SENDER, GameEventSchema, type GameEvent, type Phase } from '../../machine/index.ts';

export type CheckedMove = { kind: 'move'; event: GameEvent } | { kind: 'refused' } | { kind: 'malformed' };

/** An answer as the tournament takes it: a well-formed mediator move, a refused one, or not an event. */
export function checkMove(answer: unknown): CheckedMove {
  let parsed;
  try {
    parsed = GameEventSchema.safeParse(answer);
  } catch {
    // An object whose getters throw, a revoked proxy: not an event either.
    return { kind: 'malformed' };
  }
  if (!parsed.success) return { kind: 'malformed' };
  // The others (a delegation's ANSWER or SPEAK, the teacher's controls) are not a policy's to send.
  return EVENT_SENDER[parsed.data.type] === 'mediator' ? { kind: 'move', event: parsed.data } : { kind: 'refused' };
}

/** The move that ends the day (or starts the next one) where the game stands: the machine always allows it. */
export function endOfDay(phase: Phase): GameEvent {
  if (phase === 'briefing') return { type: 'BEGIN' };
  if (phase === 'interlude') return { type: 'CONTINUE' };
  return { type: 'RECESS' };
}
