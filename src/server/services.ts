// What a game room needs of its process: the database, the scenarios, the refusal log. Colyseus
// builds rooms itself (on whichever process the matchmaker picks), so each process registers its
// services here once at start.
import type { ScenarioShelf } from './scenarios.ts';
import type { Store } from './store/store.ts';
import type { Refusal, Role } from '../net/index.ts';

export interface RefusalNote {
  roomId: string;
  role: Role | null;
  reason: Refusal;
  detail?: string;
}

export interface Services {
  store: Store;
  shelf: ScenarioShelf;
  refused(note: RefusalNote): void;
  /** Refusals so far, by reason (the health endpoint shows them). */
  refusals: Map<Refusal, number>;
  /** The games this process hosts now, by room id. */
  rooms: Set<string>;
}

let current: Services | null = null;

export function setServices(s: Services): void {
  current = s;
}

export function services(): Services {
  if (!current) throw new Error('the class server has not started');
  return current;
}

/**
 * A game's room id: the class and the game's number, so any process finds it again after a
 * restart (letters, digits, - and _ only: the transport reads it from the address).
 */
export function roomIdOf(classId: string, game: number): string {
  return `${classId}_${game}`;
}

/** Where the end of a class is announced to its rooms (on every process). */
export function classChannel(classId: string): string {
  return `class-ended:${classId}`;
}
