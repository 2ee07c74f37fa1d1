// Which delegations may see an event in the log. The mediator's team, observers and the teacher
// see every event; a delegation sees what happens in its own room and what everyone sees (the
// day's turns, the mediator's walks, the teacher's hand), never the other room's words nor the
// mediator's editing in the majlis.
import type { GameEvent } from '../machine/index.ts';
import type { Location, SideIndex } from '../model/index.ts';

export type Audience = readonly [boolean, boolean];

const EVERYONE: Audience = [true, true];
const NOBODY: Audience = [false, false];
const ROOM_MOVES: ReadonlySet<GameEvent['type']> = new Set(['LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'SPEAK']);

function only(side: SideIndex): Audience {
  return side === 0 ? [true, false] : [false, true];
}

/** Who sees the event, from where the game stood before it (the mediator's place, the question's side). */
export function audienceOf(event: GameEvent, before: { location: Location; question: { side: SideIndex } | null }): Audience {
  if (event.type === 'ANSWER') return before.question ? only(before.question.side) : NOBODY;
  if (event.type === 'EDIT_DRAFT') return NOBODY;
  if (ROOM_MOVES.has(event.type)) return before.location === 'majlis' ? NOBODY : only(before.location);
  return EVERYONE;
}
