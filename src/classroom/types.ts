// The debrief as plain data: Description → Analysis → Application. The UI renders it (charts
// included) and the exports print it; nothing here is computed at render time. Every key is
// always present (null, never missing), so the JSON export has one shape and a stable key order.
import type { Actor, NewsItem, OutcomeId, SideIndex } from '../model/index.ts';
import type { SourceKind, TheoryId } from '../scenario/index.ts';
import type { SeriesMeter, MediatorRecordSummary } from '../replay/index.ts';
import type { BargainingChart, TextAnalysis } from '../present/index.ts';
import type { HintCount } from './hints.ts';

export type { SeriesMeter, MediatorRecordSummary, BargainingChart, TextAnalysis, HintCount };

export const DEBRIEF_FORMAT = 'shuttle-debrief';
export const DEBRIEF_VERSION = 1;

/** A delegation, as the debrief names it. */
export interface SideRef {
  index: SideIndex;
  id: string;
  name: string;
  shortName: string;
  /** The short name in running text, with its article if it takes one ("the United States"). */
  nameInText: string;
}

export interface SourceRef {
  id: string;
  title: string;
  /** What the source is as evidence (a participant's memoir, a news report...). */
  kind: SourceKind;
  /** Null for a printed work cited without an address. */
  url: string | null;
  citation: string | null;
  publisher: string | null;
  date: string | null;
  reported: boolean;
}

export interface OutcomeSummary {
  id: OutcomeId | 'unfinished';
  label: string;
  reason: string;
  /** 1-based; the round in which the game ended. */
  round: number;
  date: string;
  venue: string;
}

// ---- Description ----------------------------------------------------------------------------

export interface Statement {
  step: number;
  /** 'majlis' or the delegation id of the room. */
  where: string;
  whereName: string;
  /** 'mediator', 'news' or a delegation id. */
  speaker: string;
  speakerName: string;
  text: string;
  /** Invented dialogue (in a delegation's voice), never a real quote. */
  simulated: boolean;
  /** For a real quote: where it was reported. */
  source: SourceRef | null;
  /** Said by the person playing the delegation (hot-seat): their own words, neither a quote nor simulated. */
  person: boolean;
  /** The game's report of a delegation's reply ("Northland offers a trade…"): it names the delegation itself. */
  report: boolean;
}

export interface NewsRecord {
  date: string;
  kind: NewsItem['kind'];
  headline: string;
  body: string;
  sources: SourceRef[];
  reported: boolean;
  cause: string;
}

export interface RoundRecord {
  /** 1-based. */
  round: number;
  label: string;
  date: string;
  venue: string;
  hours: number;
  statements: Statement[];
  news: NewsRecord[];
}


/** One meter (for one side, where it has sides) over the game: chart-ready. */
export interface MeterSeries {
  /** 'pressure', or 'patience.us': unique in the chart. */
  key: string;
  meter: SeriesMeter;
  /** Delegation id, or null for a shared meter. */
  side: string | null;
  label: string;
  /** Hidden during play; revealed in the debrief. */
  hidden: boolean;
  min: number;
  max: number;
  /** Before the first round. */
  start: number;
  /** At the end of each round played (after its recess), one per round. */
  points: number[];
}

export interface MeterChart {
  /** The x axis: one entry per round played. */
  rounds: { round: number; label: string; date: string }[];
  /** Names of the pressure rungs, for the pressure axis (index = rung). */
  rungs: string[];
  series: MeterSeries[];
}

export type CauseKind = 'mediator' | 'scripted' | 'incident' | 'background' | 'coercion' | 'pressure' | 'time' | 'chance' | 'teacher' | 'other';

/** Who or what took a step up the ladder: a side's own coercive move, chance, the scenario, the mediator, the teacher; or the deadline, when a side chose force. */
export type ClimbKind = 'coercion' | 'incident' | 'event' | 'mediator' | 'teacher' | 'deadline' | 'other';

export interface ClimbBy {
  kind: ClimbKind;
  /** The delegation (id) whose choice it was: a coercive move, or force at the deadline. */
  side: string | null;
  /** The move, incident or event by name, when there is one. */
  what: string | null;
  /** In words: "the side’s coercive move “…” (its own choice)". */
  text: string;
}

/** The rungs one kind of cause (one side, for its choices) climbed over the game. */
export interface ClimbShare {
  kind: ClimbKind;
  side: string | null;
  rungs: number;
  /** The moves, incidents or events, by name, in order. */
  what: string[];
}

export interface CauseRecord {
  step: number;
  /** 1-based. */
  round: number;
  /** The event type or the scenario event id, as in the ledger. */
  source: string;
  rule: string;
  /** Who did it, in words. */
  actor: string;
  /** Who did it, as the ledger records it. */
  who: Actor;
  kind: CauseKind;
  /** The cause in words. */
  text: string;
}

export interface Escalation {
  cause: CauseRecord;
  date: string;
  from: number;
  to: number;
  fromRung: string;
  toRung: string;
  /** The news headline that reported it, if any. */
  headline: string | null;
  /** The mediator's own part, if any (low progress left the odds high, trust damaged...). */
  mediatorFactors: string[];
  /** An incident drawn while little visible progress left its odds high. */
  lowProgressOdds: boolean;
  /** Who climbed it. */
  by: ClimbBy;
}

export interface BlameActor {
  actor: string;
  kind: CauseKind;
  /** Rungs added by this actor, net of none (increases only). */
  rungs: number;
  /** The rules that climbed (ids, such as "coercion.ultimatum"), and the same in words, for people. */
  rules: string[];
  ruleNames: string[];
}

export interface Blame {
  startRung: number;
  peakRung: number;
  endRung: number;
  rungsAdded: number;
  rungsRemoved: number;
  /** Who raised the pressure, most rungs first. */
  actors: BlameActor[];
  mediatorContributed: boolean;
  mediatorFactors: string[];
  /** Who or what ended the talks in force, when they ended in strikes. */
  strikeBy: string | null;
  /** Who ended the talks: the striking side or actor, 'the mediator' (a collapse), a side that walked out; null otherwise. */
  endedBy: string | null;
  verdict: string;
  /** Every rung climbed, by who or what climbed it (a side's coercive moves, chance, the scenario, the mediator), and force at the deadline. */
  climb: ClimbShare[];
  /** Who escalated, in a sentence. */
  whoEscalated: string;
}

export interface Description {
  timeline: RoundRecord[];
  /** What the people playing a delegation answered the mediator, one sentence per answer (empty when the computer played both). */
  answers: string[];
  meters: MeterChart;
  escalations: Escalation[];
  blame: Blame;
}

// ---- Analysis -------------------------------------------------------------------------------

export interface Move {
  meter: SeriesMeter;
  side: string | null;
  label: string;
  from: number;
  to: number;
  hidden: boolean;
  text: string;
}

export interface TurningPoint {
  /** 1 is the largest. */
  rank: number;
  cause: CauseRecord;
  date: string;
  /** Sum of the moves, each scaled to its meter's range (hidden meters count half). */
  size: number;
  /** The move that ended the game. */
  decisive: boolean;
  moves: Move[];
  summary: string;
}

export type ConcessionStyle = 'Boulware' | 'linear' | 'conceder';

export interface IssueWeight {
  issue: string;
  name: string;
  weight: number;
  /** The weight as whole points of 100 (the delegation's shares add up to exactly 100), as the debrief prints it. */
  share: number;
  /** 1 = matters most. */
  rank: number;
  priority: 'high' | 'medium' | 'low';
  /** What the mediator heard about its priority, if anything. */
  heardPriority: 'high' | 'medium' | 'low' | null;
  bestOption: string;
  opening: string;
  finalPosition: string;
}

export interface RedLineRecord {
  issue: string;
  issueName: string;
  option: string;
  optionLabel: string;
  heard: boolean;
}

export interface DriftCause {
  actor: string;
  rule: string;
  delta: number;
}

export interface SideReveal {
  side: SideRef;
  weights: IssueWeight[];
  redLines: RedLineRecord[];
  reservation: { start: number; end: number; drift: DriftCause[]; text: string };
  concession: { exponent: number; scenarioExponent: number; style: ConcessionStyle; conceded: number; text: string };
  ripeness: { hurt: [number, number]; wayOut: [number, number]; ripeness: [number, number]; text: string };
  hardliners: { start: number; end: number; margin: number; text: string };
  trust: { credibility: [number, number]; closeness: [number, number]; patience: [number, number] };
}




export interface TheoryItem {
  id: TheoryId;
  name: string;
  thinker: string;
  citation: string;
  url: string;
  /** One paragraph, in terms of this game. */
  why: string;
  /** The game facts that made it fit. */
  facts: string[];
}

export interface HistoryEntryRecord {
  date: string;
  track: 'game' | 'history';
  headline: string;
  detail: string;
  reported: boolean;
  sources: SourceRef[];
}

export interface HistoryTrack {
  entries: HistoryEntryRecord[];
  game: string;
  /** The historical line in one sentence: how the real talks ended. */
  history: string;
  /** How the real talks ended, in full (the scenario's `ending`, else its last history entry); null without history. */
  ending: HistoryEntryRecord | null;
}

export interface Analysis {
  turningPoints: TurningPoint[];
  /** One per delegation, in order. */
  sides: SideReveal[];
  text: TextAnalysis;
  bargaining: BargainingChart;
  theory: TheoryItem[];
  history: HistoryTrack;
}

// ---- Application ----------------------------------------------------------------------------

export interface Question {
  id: string;
  text: string;
  /** The facts of this game that prompted it. */
  facts: string[];
  theory: TheoryId | null;
}

export interface Application {
  questions: Question[];
}

// ---- The whole --------------------------------------------------------------------------------


export interface Debrief {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_VERSION;
  scenario: { id: string; title: string; place: string };
  mediator: string;
  settings: { seed: number; names: 'names' | 'titles'; allowDistortion: boolean };
  /** Every delegation (two to four), in order. */
  sides: SideRef[];
  roundsPlayed: number;
  roundsScheduled: number;
  outcome: OutcomeSummary;
  record: MediatorRecordSummary;
  /** The advisor's hints: asked, and taken by the next move; null when the game's hints were not given. */
  hints: HintCount | null;
  description: Description;
  analysis: Analysis;
  application: Application;
}
