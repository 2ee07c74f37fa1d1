// Which delegations may see an event in the log. The mediator's team, observers and the teacher
// see every event; a delegation sees what happens in its own room and what everyone sees (the
// day's turns, the mediator's walks, the teacher's hand), never another room's words nor the
// mediator's editing in the majlis.
import type { GameEvent } from '../machine/index.ts';
import type { Location, SideIndex } from '../model/index.ts';

/** One entry per delegation, by index. */
export type Audience = readonly boolean[];

const ROOM_MOVES: ReadonlySet<GameEvent['type']> = new Set(['LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'SPEAK']);

const all = (count: number, seen: boolean): Audience => Array.from({ length: count }, () => seen);
const only = (count: number, side: SideIndex): Audience => Array.from({ length: count }, (_, i) => i === side);

/**
 * Who sees the event, from where the game stood before it (the mediator's place, the question's
 * side); `sides` gives the number of delegations (two when absent).
 */
export function audienceOf(event: GameEvent, before: { location: Location; question: { side: SideIndex } | null; sides?: readonly unknown[] }): Audience {
  const count = before.sides?.length ?? 2;
  if (event.type === 'ANSWER') return before.question ? only(count, before.question.side) : all(count, false);
  if (event.type === 'EDIT_DRAFT') return all(count, false);
  if (ROOM_MOVES.has(event.type)) return before.location === 'majlis' ? all(count, false) : only(count, before.location);
  return all(count, true);
}
