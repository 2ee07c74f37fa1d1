// The game state: plain data, JSON-safe, indexed by issue and delegation positions so the rules
// run fast. Ids (for saves, events and the UI) are mapped through the compiled scenario.
// What a delegation says is recorded as structured data (Reply, Message), never as words: the
// words are the present layer's (present/words), so a translation changes no rule.
import type { Package } from './package.ts';

export type OutcomeId = 'framework' | 'interim' | 'continue' | 'suspended' | 'collapse' | 'strike';
export const OUTCOME_IDS: readonly OutcomeId[] = ['framework', 'interim', 'continue', 'suspended', 'collapse', 'strike'];

/** 0 is the first delegation (left room), 1 the second (right room). */
export type SideIndex = number;
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
  /** Which delegations people play, by index (a missing entry: the model plays it). */
  people: boolean[];
}

/** One item of a text: an option on an issue. */
export interface Item {
  issue: number;
  option: number;
}

/**
 * A proposal a delegation makes through the mediator. A trade: it moves on `give` if the other
 * side moves on `want` (logrolling). A condition: it accepts draft `version` if `want` is written in.
 */
export interface Offer {
  kind: 'trade' | 'condition';
  from: SideIndex;
  /** The delegation the offer is made to: named with more than two delegations; with two, the other one. */
  to?: SideIndex;
  /** The step the offer was made at (it names the offer). */
  step: number;
  give: Item[];
  want: Item[];
  /** For a condition: the draft version it would then accept. */
  version?: number;
}

export type RefusalReason = 'exhausted' | 'redLine' | 'tooSoon' | 'noReciprocity' | 'pastTheirs';

/** What a delegation said, as data: the notebook reads it, the present layer words it. */
export type Reply =
  | { type: 'priority'; issue: number; level: 'h' | 'm' | 'l' }
  | { type: 'position'; issues: number[] }
  | { type: 'conceded'; issue: number; from: number; to: number }
  | { type: 'refused'; issue: number; why: RefusalReason }
  | { type: 'accepted'; version: number }
  | { type: 'criticised'; version: number; items: number[]; need: number | null }
  | { type: 'offer'; offer: Offer }
  | { type: 'tradeAccepted'; offer: Offer }
  | { type: 'tradeDeclined'; offer: Offer }
  | { type: 'tiedHands' };

/** One thing a delegation asks the mediator to carry to the other side. */
export type MessageItem =
  | { type: 'moved'; issue: number; to: number }
  | { type: 'stated'; issue: number; option: number }
  | { type: 'accepted'; version: number }
  | { type: 'criticised'; version: number; items: number[]; need: number | null }
  | { type: 'offer'; offer: Offer }
  | { type: 'tradeAccepted'; offer: Offer }
  | { type: 'tradeDeclined'; offer: Offer }
  | { type: 'tiedHands' }
  | { type: 'words'; text: string };

/** What one side wants carried to the other, built up until the mediator relays it. */
export interface Message {
  from: SideIndex;
  to: SideIndex;
  items: MessageItem[];
  tone: Tone;
}

/** What the mediator put to a delegation played by a person, waiting for the person's answer. */
export interface Question {
  side: SideIndex;
  kind: 'draft' | 'concession' | 'listen' | 'trade';
  /** The issue asked about (for a concession). */
  issue: number | null;
  /** The draft version put to them (for a draft). */
  version: number;
  /** The trade put to them (give, get), for a trade; `with` names the counterpart when there are more than two delegations. */
  trade?: { give: number; get: number; with?: SideIndex };
}

/** A delegation's true values, drawn for this game around the scenario's published priors. */
export interface SideTruth {
  weights: number[];
  /** values[issue][option], 0 to 1. */
  values: number[][];
  /** redLine[issue][option]. */
  redLine: boolean[][];
  /** The concession exponent: below 1 Boulware, above 1 conceder. */
  exponent: number;
  /** Linked issues (absent when the side has none, so games without them keep their hashes). */
  links?: readonly Link[];
}

/** A linked issue, compiled: while the text has option `when[1]` on issue `when[0]`, the side's value of each option of `issue` moves by `delta[option]`. */
export interface Link {
  when: readonly [number, number];
  issue: number;
  delta: readonly number[];
}

export interface SideState {
  /** Its stated position: one option per issue. Public: every change is made before the mediator. */
  position: Package;
  /** Hidden: utility of no agreement (its BATNA), which drifts. */
  reservation: number;
  hardliners: number;
  patience: number;
  credibility: number;
  closeness: number;
  hurt: number;
  wayOut: number;
  /** Hidden: the utility it has given up since its opening, in its own terms. */
  conceded: number;
  /** Hidden: what it believes the other side gave, in the other side's own terms as it estimates them. */
  perceived: number;
  /**
   * Hidden: its model of the other sides (Hindriks' frequency model): evidence per issue that a
   * side cares (+) or not (-), one block of one entry per issue for each other delegation in
   * order (with two delegations, one block: see modelBlock).
   */
  model: number[];
  /** Hidden: how frustrated it is with the talks (drives coercion). */
  frustration: number;
  /** Coercive moves it made, by id, in order (public: they are news). */
  coerced: string[];
  /** Draft version it accepted, if the draft has not changed since. */
  accepted: number | null;
  /** With two delegations: the message waiting to be carried to the other one. */
  pending: Message | null;
  /** With more than two: the message waiting for each delegation, by index (absent with two, so their games keep their hashes). */
  outbox?: (Message | null)[];
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
  | 'paused'
  /** 1 while the AI plays a seat people play (side null: the mediator's). */
  | 'ai';

/**
 * Who did something, as data the present layer puts into words (present/words/causes.ts): the
 * state holds no English of the game's own, so a translation never changes a hash.
 * - mediator, teacher; hardliners: the hardliners at home voting on a text; time: the fallbacks'
 *   nightly drift; rest: a night's rest; discovery: the mediator, when a distortion came to light;
 *   chance: an incident the scenario did not name;
 * - side:N, person:N, ai:N: a delegation (its own coercive move), the person playing it, or the AI
 *   covering for that person (a seat the teacher or the class server handed over);
 * - pressure:N: the weight of the pressure at rung N;
 * - scenario:…: the scenario's own words for who caused its event (content, as its headlines are).
 */
export type Actor =
  | 'mediator'
  | 'teacher'
  | 'hardliners'
  | 'time'
  | 'rest'
  | 'discovery'
  | 'chance'
  | `side:${SideIndex}`
  | `person:${SideIndex}`
  | `ai:${SideIndex}`
  | `pressure:${number}`
  | `scenario:${string}`;

/** Why something moved: the event that did it and the rule that applied. */
export interface Cause {
  step: number;
  /** The event type (LISTEN, RECESS...) or the scenario event id. */
  source: string;
  rule: string;
  /** Who did it: the mediator, a delegation, a scenario event, chance. */
  actor: Actor;
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

/** The mediator's own move, as the transcript records it. */
export interface MediatorAct {
  type: 'EDIT_DRAFT' | 'PRESENT_DRAFT' | 'RELAY' | 'PROPOSE_AGENDA' | 'ANSWER' | 'LISTEN' | 'ASK_CONCESSION' | 'PROPOSE_TRADE' | 'PAINT_STALEMATE' | 'OFFER_GUARANTEE';
  version?: number;
  mode?: RelayMode;
  move?: AgendaMove;
  /** The side the act was for (in its room). */
  side?: SideIndex;
  /** EDIT_DRAFT: the items changed (option null: left open). */
  changes?: { issue: number; option: number | null }[];
  /** ASK_CONCESSION: the issue; PROPOSE_TRADE: what the side would give and get. */
  issue?: number;
  trade?: { give: number; get: number; with?: SideIndex };
  guarantee?: string;
  /** RELAY: what was carried (as said, before any distortion). */
  carried?: MessageItem[];
  /** ANSWER: what a delegation played by a person answered (the issues objected to, asked about or stated); unasked: it took the floor (SPEAK). */
  answer?: { side: SideIndex; kind: Question['kind']; accept: boolean; issues: number[]; unasked?: true };
}

/** A line the scenario gives a delegation: its index in the scenario's dialogue, and what fills it. */
export interface LineRef {
  line: number;
  issue?: number;
  option?: number;
}

/** What the narrator says (the teacher's hand, a banked text, a ratification). */
export type Notice =
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'banked'; version: number }
  | { type: 'ratified'; side: SideIndex; passed: boolean; margin: number }
  | { type: 'coerced'; side: SideIndex; move: string }
  /** A seat people play handed to the AI or back (side null: the mediator's). */
  | { type: 'seat'; side: SideIndex | null; to: 'ai' | 'people' };

export type Said =
  | { kind: 'line'; ref: LineRef }
  | { kind: 'act'; act: MediatorAct }
  | { kind: 'reply'; reply: Reply }
  | { kind: 'words'; text: string }
  | { kind: 'notice'; notice: Notice };

export interface TranscriptEntry {
  step: number;
  round: number;
  where: Location;
  speaker: 'mediator' | 'news' | SideIndex;
  said: Said;
  /** An invented line (the scenario marks its real quotes), or the game's own narration. */
  simulated: boolean;
  /** Said by the person playing the delegation (their own words, not a scenario line). */
  person?: true;
}

/** A news item the game makes itself (not a scenario event): its words are the present layer's. */
export type NewsNotice =
  | { type: 'discovery'; side: SideIndex; mode: RelayMode; round: number }
  | { type: 'extended'; hours: number }
  | { type: 'incident' }
  | { type: 'ratification'; side: SideIndex }
  /** A side's critics at home attack the agenda: the wider issues too far in the text (wide) or too far out. */
  | { type: 'agenda'; side: SideIndex; wide: boolean };

export interface NewsItem {
  round: number;
  kind: 'scripted' | 'incident' | 'background' | 'discovery' | 'deescalation' | 'drift' | 'teacher' | 'coercion';
  /** The scenario's words, when a scenario event or move made the news. */
  headline: string;
  body: string;
  /** The game's own news (headline and body empty): worded by the present layer. */
  notice?: NewsNotice;
  date: string;
  sources: string[];
  reported: boolean;
  cause: Actor;
  /** A coercive move: who chose it. */
  by?: SideIndex;
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

export type OutcomeReason =
  | { type: 'agreed' }
  | { type: 'notRatified'; side: SideIndex }
  | { type: 'walkout'; side: SideIndex }
  | { type: 'discredited'; side: SideIndex }
  | { type: 'topRung' }
  | { type: 'banked' }
  | { type: 'unobjected' }
  | { type: 'converged' }
  | { type: 'betterWithout'; side: SideIndex }
  | { type: 'progress' }
  | { type: 'noProgress' };

export interface Outcome {
  id: OutcomeId;
  reason: OutcomeReason;
  round: number;
  /** An interim deal made when the deadline passed, from what the sides had already agreed. */
  atDeadline?: true;
}

/** A deal put to each side's home (Putnam): its margin over the floor and whether it passed. */
export interface Ratification {
  side: SideIndex;
  margin: number;
  chance: number;
  passed: boolean;
}

export interface GameState {
  settings: Settings;
  /** pure-rand xoroshiro128+ state: the only source of chance. */
  rng: number[];
  /** Hidden: each side's true values in this game. Never changes during a game. */
  truth: SideTruth[];
  step: number;
  round: number;
  hoursLeft: number;
  location: Location;
  /** Bit per side: it greeted the mediator today. */
  greeted: number;
  scope: number;
  pressure: number;
  progress: number;
  /** Progress when the day began: a day that moved nothing frustrates the sides. */
  dawnProgress: number;
  sides: SideState[];
  /** The single negotiating text: one option per issue, '-' where open. */
  draft: Package;
  draftVersion: number;
  /** A partial text both sides accepted: an interim deal if nothing better comes. */
  banked: Package | null;
  guaranteesUsed: string[];
  distortions: Distortion[];
  /** Trade offers made and not yet answered or withdrawn (carried or waiting to be). */
  offers: Offer[];
  ledger: LedgerEntry[];
  transcript: TranscriptEntry[];
  news: NewsItem[];
  /** Per side and situation, where its next dialogue line is (see dialogue.ts): lines do not repeat until all were heard. */
  lineUse: string;
  /** A question waiting for the answer of a delegation played by a person. */
  question: Question | null;
  /** The deal's passage at home, once both sides accepted a full text. */
  ratification: Ratification[] | null;
  outcome: Outcome | null;
  /**
   * The teacher holds the talks: no move is allowed until the teacher resumes. Absent or
   * undefined (never false) when not paused, so games without a teacher hash as they always did.
   */
  paused?: true;
  /** Scenario events the teacher brought forward: a scripted one does not happen again later. */
  injected?: string[];
  /** Conditional scenario events that have fired (each fires at most once); absent until one has. */
  fired?: string[];
  /**
   * Seats people play that the AI holds for now (an absent team, on the class server): the
   * delegations' indices, 'mediator'. Undefined when none, so other games hash as they did.
   */
  ai?: AiSeat[];
}

/** A seat the AI may hold for people: the mediator's or a delegation's. */
export type AiSeat = 'mediator' | SideIndex;
