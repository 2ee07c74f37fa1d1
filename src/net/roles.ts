// Who sits where in a networked game: the mediator's team, a delegation's team, an observer,
// the teacher. Each role sends only its own kind of event; the machine's guards judge the rest.
import { EVENT_SENDER, type GameEvent } from '../machine/index.ts';
import type { SideIndex } from '../model/index.ts';

export const ROLES = ['mediator', 'delegation0', 'delegation1', 'observer', 'teacher'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a student may pick (the teacher's is given only to the teacher). */
export const STUDENT_ROLES = ['mediator', 'delegation0', 'delegation1', 'observer'] as const;
export type StudentRole = (typeof STUDENT_ROLES)[number];

export function sideOfRole(role: Role): SideIndex | null {
  return role === 'delegation0' ? 0 : role === 'delegation1' ? 1 : null;
}

export function roleOfSide(side: SideIndex): Role {
  return side === 0 ? 'delegation0' : 'delegation1';
}

/** Where the game stands, as much as the role check reads. */
export interface RoleCheckState {
  readonly location: 'majlis' | SideIndex;
  readonly question: { readonly side: SideIndex } | null;
}

/**
 * Whether this role may send this event at all: the mediator's moves for the mediator; a
 * delegation answers its own question and speaks in its own room; the teacher's controls for the
 * teacher; nothing for an observer. The machine's guards then decide whether it is allowed now.
 */
export function roleMay(role: Role, event: GameEvent, state: RoleCheckState): boolean {
  if (role === 'mediator' || role === 'teacher') return EVENT_SENDER[event.type] === role;
  const side = sideOfRole(role);
  if (side === null) return false;
  if (event.type === 'ANSWER') return state.question?.side === side;
  if (event.type === 'SPEAK') return state.location === side;
  return false;
}
