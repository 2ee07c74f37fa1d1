// The class server's HTTP requests, shared by the server and the browser: the teacher opens a
// class (and alone gets the teacher's token), students look a join code up and take a seat
// (each device gets its own random seat token), the teacher ends the class and collects saves.
import { z } from 'zod';
import { DIFFICULTIES, type Difficulty } from '../model/index.ts';
import { DELEGATION_ROLES, STUDENT_ROLES, type StudentRole } from './roles.ts';
import type { SeatStatus } from './protocol.ts';
import type { SaveFile } from '../replay/index.ts';

export const MAX_GAMES = 30;
/** The largest scenario file a class may carry to the server (the shipped ones are about 110 KB). */
export const MAX_PACK_BYTES = 512 * 1024;
export const MAX_GRACE_SECONDS = 600;
export const MAX_DEVICES_PER_SEAT = 8;
const Name = z.string().trim().min(1).max(40);
/** A scenario has two to four delegations. */
export const MIN_DELEGATIONS = 2;
export const MAX_DELEGATIONS = DELEGATION_ROLES.length;
const PER_DELEGATION = `must have one entry per delegation (${MIN_DELEGATIONS} to ${MAX_DELEGATIONS})`;

/** What the teacher chooses when opening a class. */
export const OpenClassSchema = z.strictObject({
  scenario: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  /** A scenario the server does not ship (a class pack): its file's text, checked as untrusted as any file; its id must be `scenario`. */
  scenarioText: z.string().max(MAX_PACK_BYTES, { error: `must be at most ${MAX_PACK_BYTES / 1024} KB` }).optional(),
  games: z.number().int().min(1).max(MAX_GAMES),
  rounds: z.number().int().min(0).max(40).default(0),
  difficulty: z.enum(DIFFICULTIES as [Difficulty, ...Difficulty[]]).default('standard'),
  names: z.enum(['names', 'titles']).default('names'),
  allowDistortion: z.boolean().default(true),
  /**
   * Which delegations people play, one entry per delegation (the model plays the others); every
   * one when absent. Its length is checked against the scenario once it is known (peopleProblem).
   */
  people: z.array(z.boolean()).min(MIN_DELEGATIONS, { error: PER_DELEGATION }).max(MAX_DELEGATIONS, { error: PER_DELEGATION }).optional(),
  /** How long a dropped device keeps its seat. */
  graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).default(60),
  /** When a team is away past the grace: the game waits for it, or the AI covers until it is back. */
  absent: z.enum(['wait', 'ai']).default('wait'),
  /** The AI mediator's pause between its moves, so people can follow (milliseconds). */
  aiPaceMs: z.number().int().min(0).max(10_000).default(1500),
});
export type OpenClass = z.output<typeof OpenClassSchema>;
/** What the server keeps of a class's settings (a class pack's text is kept on its own; `people` filled in for every delegation). */
export type ClassSettings = Omit<OpenClass, 'scenarioText' | 'people'> & { people: boolean[] };

/** Why `people` does not fit a scenario of `delegations` delegations, or null when it does. */
export function peopleProblem(people: readonly boolean[], delegations: number): string | null {
  return people.length === delegations ? null : `people: the scenario has ${delegations} delegations: give one entry for each, not ${people.length}`;
}

/** The people of a class: as chosen, else every delegation played by people. */
export function peopleOf(chosen: readonly boolean[] | undefined, delegations: number): boolean[] {
  return chosen ? [...chosen] : Array.from({ length: delegations }, () => true);
}

/** A class's own scenario file, as the server sends it to a device that lacks it. */
export interface SentScenarioText {
  text: string;
}

export interface OpenedClass {
  classId: string;
  code: string;
  /** Shown to the teacher once; the server keeps only its hash. */
  teacherToken: string;
}

export const TakeSeatSchema = z.strictObject({
  game: z.number().int().min(0).max(MAX_GAMES - 1),
  role: z.enum(STUDENT_ROLES),
  team: Name.optional(),
});
export type TakeSeat = z.infer<typeof TakeSeatSchema>;

export interface SeatTaken {
  token: string;
  roomId: string;
  role: StudentRole;
  game: number;
  classId: string;
}

export interface JoinGameInfo {
  game: number;
  roomId: string;
  seats: SeatStatus[];
  /** The roles a student may still take in this game. */
  open: StudentRole[];
}

export interface JoinInfo {
  classId: string;
  scenario: string;
  /** Which delegations people play, one entry per delegation. */
  people: boolean[];
  /** The delegations' names, for the choice of a part. */
  delegations: string[];
  ended: boolean;
  games: JoinGameInfo[];
}

export interface ClassInfo extends JoinInfo {
  code: string;
  settings: ClassSettings;
}

export interface ClassSave {
  game: number;
  teams: Partial<Record<StudentRole, string>>;
  save: SaveFile;
}

/** The roles a game of these settings has for students (a delegation the model plays has no seat). */
export function studentRoles(people: readonly boolean[]): StudentRole[] {
  return STUDENT_ROLES.filter((r) => {
    const side = (DELEGATION_ROLES as readonly string[]).indexOf(r);
    return side === -1 || people[side] === true;
  });
}
