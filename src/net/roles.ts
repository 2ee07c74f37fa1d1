// Who sits where in a networked game: the mediator's team, a delegation's team, an observer,
// the teacher. Each role sends only its own kind of event; the machine's guards judge the rest.
import type { GameEvent } from '../machine/index.ts';
import type { SideIndex } from '../model/index.ts';

export const ROLES = ['mediator', 'delegation0', 'delegation1', 'observer', 'teacher'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a student may pick (the teacher's is given only to the teacher). */
export const STUDENT_ROLES = ['mediator', 'delegation0', 'delegation1', 'observer'] as const;
export type StudentRole = (typeof STUDENT_ROLES)[number];

const MEDIATOR_EVENTS: ReadonlySet<GameEvent['type']> = new Set([
  'BEGIN',
  'WALK',
  'LISTEN',
  'RELAY',
  'PRESENT_DRAFT',
  'ASK_CONCESSION',
  'PROPOSE_TRADE',
  'EDIT_DRAFT',
  'PROPOSE_AGENDA',
  'PAINT_STALEMATE',
  'OFFER_GUARANTEE',
  'RECESS',
  'CONTINUE',
]);
const TEACHER_EVENTS: ReadonlySet<GameEvent['type']> = new Set(['TEACHER_PAUSE', 'TEACHER_RESUME', 'TEACHER_INJECT', 'TEACHER_EXTEND', 'TEACHER_SEAT']);

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
  if (role === 'mediator') return MEDIATOR_EVENTS.has(event.type);
  if (role === 'teacher') return TEACHER_EVENTS.has(event.type);
  const side = sideOfRole(role);
  if (side === null) return false;
  if (event.type === 'ANSWER') return state.question?.side === side;
  if (event.type === 'SPEAK') return state.location === side;
  return false;
}
