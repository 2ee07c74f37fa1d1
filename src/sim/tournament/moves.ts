// Checking a policy's answer before it reaches the machine, and the move that ends the day when
// the answer is no good: the game goes on whatever a policy returns.
import { GameEventSchema, type GameEvent, type GameEventType, type Phase } from '../../machine/index.ts';

/** The mediator's moves. The others (a delegation's ANSWER or SPEAK, the teacher's controls) are not a policy's to send. */
const MEDIATOR_MOVES: ReadonlySet<GameEventType> = new Set<GameEventType>([
  'BEGIN',
  'WALK',
  'LISTEN',
  'RELAY',
  'PRESENT_DRAFT',
  'ASK_CONCESSION',
  'EDIT_DRAFT',
  'PROPOSE_TRADE',
  'PROPOSE_AGENDA',
  'PAINT_STALEMATE',
  'OFFER_GUARANTEE',
  'RECESS',
  'CONTINUE',
]);

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
  return MEDIATOR_MOVES.has(parsed.data.type) ? { kind: 'move', event: parsed.data } : { kind: 'refused' };
}

/** The move that ends the day (or starts the next one) where the game stands: the machine always allows it. */
export function endOfDay(phase: Phase): GameEvent {
  if (phase === 'briefing') return { type: 'BEGIN' };
  if (phase === 'interlude') return { type: 'CONTINUE' };
  return { type: 'RECESS' };
}
