// Who sits where in a networked game: the mediator's team, a delegation's team, an observer,
// the teacher. Each role sends only its own kind of event; the machine's guards judge the rest.
import { EVENT_SENDER, type GameEvent } from '../machine/index.ts';
import type { SideIndex } from '../model/index.ts';

/** One seat per delegation, by index: a scenario has two to four. */
export const DELEGATION_ROLES = ['delegation0', 'delegation1', 'delegation2', 'delegation3'] as const;
export type DelegationRole = (typeof DELEGATION_ROLES)[number];
/** Every role any game may have; a game of fewer delegations has fewer (rolesOf). */
export const ROLES = ['mediator', ...DELEGATION_ROLES, 'observer', 'teacher'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a student may pick (the teacher's is given only to the teacher). */
export const STUDENT_ROLES = ['mediator', ...DELEGATION_ROLES, 'observer'] as const;
export type StudentRole = (typeof STUDENT_ROLES)[number];

/** The roles of a game of `delegations` delegations, in the order seat lists show them. */
export function rolesOf(delegations: number): Role[] {
  return ['mediator', ...DELEGATION_ROLES.slice(0, delegations), 'observer', 'teacher'];
}

export function isDelegationRole(role: Role): role is DelegationRole {
  return (DELEGATION_ROLES as readonly string[]).includes(role);
}

export function sideOfRole(role: Role): SideIndex | null {
  const i = (DELEGATION_ROLES as readonly string[]).indexOf(role);
  return i === -1 ? null : i;
}

export function roleOfSide(side: SideIndex): DelegationRole {
  const role = DELEGATION_ROLES[side];
  if (role === undefined) throw new RangeError(`no delegation seat ${side}`);
  return role;
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
