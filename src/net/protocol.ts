// The class server's wire protocol, shared by the server and the browser. A device sends
// numbered acts (its own counter, n), each saying which game step it acted on (at); the server
// checks each with these schemas, the sender's role and the machine's guards, writes an
// accepted event to the log, then acknowledges it with the game's sequence number and sends
// every device its role's update. A device that misses a step asks for what it missed.
import { z } from 'zod';
import type { GameEvent, Phase } from '../machine/index.ts';
import type { OutcomeId } from '../model/index.ts';
import type { SaveFile } from '../replay/index.ts';
import type { Patch } from './patch.ts';
import type { Role, StudentRole } from './roles.ts';
import { ROLES } from './roles.ts';
import type { PublicSettings, Wire } from './wire.ts';

/** Largest message a device may send, in bytes of JSON (an answer's words are at most 400 characters). */
export const MAX_MESSAGE_BYTES = 4096;
/** Acts a device may send per second, and in one burst, before it is refused (then cut off at three times that). */
export const ACT_RATE = { perSecond: 10, burst: 20 } as const;

const Count = z.number().int().min(0).max(1_000_000);

/** An act: the device's n-th message (1, 2, 3…), sent at game step `at`, carrying one event (checked by GameEventSchema). */
export const ActSchema = z.strictObject({ n: Count.min(1), at: Count, event: z.unknown() });
/** Take the floor for your team (one device of a team speaks at a time). */
export const FloorSchema = z.strictObject({});
/** Send me everything after step `since` again. */
export const SyncSchema = z.strictObject({ since: Count });

export type Act = z.infer<typeof ActSchema>;

export const REFUSALS = ['malformed', 'too-large', 'rate', 'replayed', 'out-of-order', 'stale', 'role', 'floor', 'not-allowed', 'ai-holds', 'ended', 'storage'] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Who made an event: a role's people, the AI covering a seat, the server (a seat handed over when a team stayed away). */
export type Author = Role | 'ai' | 'server';

/** One event of the log as a role sees it: null where the role may not see it. */
export interface LogLine {
  seq: number;
  event: GameEvent | null;
  by: Author;
}

/** Who is in each seat now. */
export interface SeatStatus {
  role: Role;
  /** Devices connected. */
  devices: number;
  /** The AI holds the seat for its people. */
  ai: boolean;
  /** The team's name, when it gave one. */
  team: string | null;
}

export interface GameSummary {
  classId: string;
  game: number;
  phase: Phase;
  round: number;
  hoursLeft: number;
  pressure: number;
  progress: number;
  scope: number;
  paused: boolean;
  outcome: OutcomeId | null;
  seats: SeatStatus[];
  events: number;
}

export interface Welcome {
  role: Role;
  classId: string;
  game: number;
  scenario: { id: string; hash: string };
  settings: PublicSettings;
  /** The game's step: the number of events in its log. */
  seq: number;
  /** The last act of this device's seat token the server accepted (its n), 0 for none. */
  lastN: number;
  log: LogLine[];
  view: Wire;
  seats: SeatStatus[];
  /** This device holds its team's floor. */
  holdsFloor: boolean;
  /** The class has ended: nothing more is accepted. */
  ended: boolean;
}

export interface Update {
  seq: number;
  line: LogLine;
  patch: Patch | null;
}

export interface Ack {
  n: number;
  seq: number;
}

export interface Refused {
  n: number | null;
  reason: Refusal;
  /** The game's step now (a stale act was sent at an earlier one). */
  seq: number;
  /** The last act number of this device's token the server has used up: the next act is numbered one more. */
  lastN: number;
}

/** Every message the server sends, by type. */
export interface ServerMessages {
  welcome: Welcome;
  update: Update;
  ack: Ack;
  refused: Refused;
  seats: SeatStatus[];
  floor: { yours: boolean };
  /** The game is over or the class ended: the whole save, with the seed. */
  save: { save: SaveFile; teams: Partial<Record<StudentRole, string>> };
  /** A full view again (after a sync that could not be served as updates). */
  resync: Welcome;
}

export const CLIENT_MESSAGES = ['act', 'floor', 'sync'] as const;
export type ClientMessageType = (typeof CLIENT_MESSAGES)[number];

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}
