// The game state: plain data, JSON-safe, indexed by issue and delegation positions so the rules
// run fast. Ids (for saves, events and the UI) are mapped through the compiled scenario.
import type { Package } from './package.ts';

export type OutcomeId = 'framework' | 'interim' | 'continue' | 'suspended' | 'collapse' | 'strike';
export const OUTCOME_IDS: readonly OutcomeId[] = ['framework', 'interim', 'continue', 'suspended', 'collapse', 'strike'];

/** 0 is the first delegation (left room), 1 the second (right room). */
export type SideIndex = 0 | 1;
export type Location = 'majlis' | SideIndex;

export type RelayMode = 'faithful' | 'softened' | 'sharpened' | 'withheld';
export type AgendaMove = 'widen' | 'narrow' | 'parallel';
export type Tone = 'warm' | 'neutral' | 'hostile';
export type Priority = 'high' | 'medium' | 'low';

export type Difficulty = 'gentle' | 'standard' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['gentle', 'standard', 'hard'];

export interface Settings {
  seed: number;
  /** Show members' names, or only their titles. */
  names: 'names' | 'titles';
  /** Whether the mediator may soften, sharpen or withhold messages. */
  allowDistortion: boolean;
  /** A preset over the hidden values: fallbacks, patience and the odds of incidents. */
  difficulty: Difficulty;
  /** Play only the first this many rounds (0: all of the scenario's rounds). */
  rounds: number;
  /** Which delegations people play (first, second); the model plays the others. */
  people: [boolean, boolean];
}

/** What the mediator put to a delegation played by a person, waiting for the person's answer. */
export interface Question {
  side: SideIndex;
  kind: 'draft' | 'concession' | 'listen';
  /** The issue asked about (for a concession). */
  issue: number | null;
  /** The draft version put to them (for a draft). */
  version: number;
}

/** What one side wants carried to the other, built up until the mediator relays it. */
export interface Message {
  /** Utility the sender gave up since its last carried message, in its own terms. */
  concession: number;
  tone: Tone;
  /** Issues it moved on or objected to. */
  issues: number[];
  summary: string;
}

export interface SideState {
  /** Current stated position: one option per issue (a Package). */
  position: Package;
  /** Hidden: utility of no agreement. */
  reservation: number;
  /** Hidden: the concession exponent drawn for this game (below 1 Boulware, above 1 conceder). */
  exponent: number;
  hardliners: number;
  patience: number;
  credibility: number;
  closeness: number;
  hurt: number;
  wayOut: number;
  /** What it believes the other side has conceded (utility, as carried to it). */
  perceivedOther: number;
  /** Draft version it accepted, if the draft has not changed since. */
  accepted: number | null;
  pending: Message | null;
  /** What the mediator has heard of this side: positions ('?' unknown), priority cues, red lines, last criticism. */
  heard: Package;
  priorities: string;
  /** Red lines heard, as issue * 16 + option. */
  redLinesHeard: number[];
  /** Items criticised on the last presentation of the draft, and the draft version it was. */
  criticised: number[];
  criticisedVersion: number | null;
}

export type MeterKey =
  | 'scope'
  | 'pressure'
  | 'progress'
  | 'patience'
  | 'credibility'
  | 'closeness'
  | 'hurt'
  | 'wayOut'
  | 'hardliners'
  | 'reservation'
  | 'concession'
  /** The day's hours left (a teacher's extension of the deadline). */
  | 'hours'
  /** 1 while the teacher holds the talks paused. */
  | 'paused';

/** Why something moved: the event that did it and the rule that applied. */
export interface Cause {
  step: number;
  /** The event type (LISTEN, RECESS...) or the scenario event id. */
  source: string;
  rule: string;
  /** Who did it: the mediator, a delegation, a scenario event, chance. */
  actor: string;
}

export interface LedgerEntry {
  step: number;
  round: number;
  meter: MeterKey;
  side: SideIndex | null;
  from: number;
  to: number;
  cause: Cause;
  /** Hidden meters are shown only in the debrief. */
  hidden: boolean;
}

export interface TranscriptEntry {
  step: number;
  round: number;
  where: Location;
  speaker: 'mediator' | 'news' | SideIndex;
  text: string;
  simulated: boolean;
  /** For the mediator's own lines: what the mediator did, so reports need not read the words. */
  act?: MediatorAct;
  /** Said by the person playing the delegation (their own words, not a scenario line). */
  person?: true;
}

export interface MediatorAct {
  type: 'EDIT_DRAFT' | 'PRESENT_DRAFT' | 'RELAY' | 'PROPOSE_AGENDA' | 'ANSWER';
  version?: number;
  mode?: RelayMode;
  move?: AgendaMove;
  /** ANSWER: what a delegation played by a person answered (the issues objected to, asked about or stated). */
  answer?: { side: SideIndex; kind: Question['kind']; accept: boolean; issues: number[] };
}

export interface NewsItem {
  round: number;
  kind: 'scripted' | 'incident' | 'background' | 'discovery' | 'deescalation' | 'drift' | 'teacher';
  headline: string;
  body: string;
  date: string;
  sources: string[];
  reported: boolean;
  cause: string;
}

export interface Distortion {
  step: number;
  round: number;
  mode: RelayMode;
  /** The side that was deceived. */
  deceived: SideIndex;
  magnitude: number;
  discovered: boolean;
}

export interface Outcome {
  id: OutcomeId;
  reason: string;
  round: number;
  /** An interim deal made when the deadline passed, from what the sides had already agreed. */
  atDeadline?: true;
}

export interface GameState {
  settings: Settings;
  /** pure-rand xoroshiro128+ state: the only source of chance. */
  rng: number[];
  step: number;
  round: number;
  hoursLeft: number;
  location: Location;
  /** Bit per side: it greeted the mediator today. */
  greeted: number;
  scope: number;
  pressure: number;
  progress: number;
  sides: [SideState, SideState];
  /** The single negotiating text: one option per issue, '-' where open. */
  draft: Package;
  draftVersion: number;
  /** A partial text both sides accepted: an interim deal if nothing better comes. */
  banked: Package | null;
  guaranteesUsed: string[];
  distortions: Distortion[];
  ledger: LedgerEntry[];
  transcript: TranscriptEntry[];
  news: NewsItem[];
  /** Per side and situation, where its next dialogue line is (see dialogue.ts): lines do not repeat until all were heard. */
  lineUse: string;
  /** A question waiting for the answer of a delegation played by a person. */
  question: Question | null;
  outcome: Outcome | null;
  /**
   * The teacher holds the talks: no move is allowed until the teacher resumes. Absent or
   * undefined (never false) when not paused, so games without a teacher hash as they always did.
   */
  paused?: true;
  /** Scenario events the teacher brought forward: a scripted one does not happen again later. */
  injected?: string[];
}
