// The confidential brief of a delegation played by a person, as plain data: what it values and
// how much (words and numbers on its own 0–100 scale), its red lines, its fallback, its stated
// position, and the question the mediator just put to it. Only the hot-seat screen shows it.
import { nextStep } from '../../model/rules/concession.ts';
import { priorityOf } from '../../model/rules/listen.ts';
import type { CompiledScenario } from '../../model/compile.ts';
import { acceptanceFloor } from '../../model/aspiration.ts';
import { itemAt, optionAt } from '../../model/package.ts';
import { issuePhrase } from '../../model/phrase.ts';
import type { GameState, Priority, Question, SideIndex } from '../../model/types.ts';
import { utility } from '../../model/utility.ts';
import { optionLabel } from '../view/draft.ts';
import { delegationName, sideName } from '../view/names.ts';

/** A utility (0–1) on the delegation's own scale of 0 to 100, as the brief prints it. */
export function points(u: number): number {
  return Math.round(u * 100);
}

export const PRIORITY_WORDS: Record<Priority, string> = { high: 'a top priority', medium: 'matters', low: 'matters little' };

export interface BriefPriority {
  issue: number;
  id: string;
  name: string;
  /** Share of everything the delegation cares about, in per cent. */
  weight: number;
  words: string;
}

export interface BriefRedLine {
  issue: number;
  text: string;
}

export interface BriefItem {
  issue: number;
  id: string;
  name: string;
  /** The option (in a position or the draft), or null when left open. */
  option: number | null;
  label: string;
  /** What the option is worth to the delegation on this issue, 0–100 (null when open). */
  value: number | null;
  redLine: boolean;
}

export type BriefQuestion =
  | { kind: 'draft'; version: number; items: BriefItem[] }
  | { kind: 'concession'; issue: number; name: string; phrase: string; from: string; to: string | null; cost: number | null; redLine: boolean }
  | { kind: 'listen' };

/** What a delegation knows of itself, whatever it is asked: its brief without a question. */
export interface SideBrief {
  side: SideIndex;
  name: string;
  shortName: string;
  publicCase: string[];
  priorities: BriefPriority[];
  redLines: BriefRedLine[];
  /** The reservation value: what no agreement is worth, 0–100. */
  fallback: number;
  /** The fallback plus what the hardliners at home demand: the least a deal must be worth to pass. */
  floor: number;
  /** What the current draft is worth (open items count at the fallback), 0–100. */
  draftWorth: number;
  /** The delegation's stated position, issue by issue. */
  position: BriefItem[];
}

export interface Brief extends SideBrief {
  question: BriefQuestion;
}

function item(c: CompiledScenario, s: SideIndex, issue: number, option: number | null): BriefItem {
  const cs = c.sides[s];
  return {
    issue,
    id: c.issueIds[issue]!,
    name: c.scenario.issues[issue]!.name,
    option,
    label: optionLabel(c, issue, option),
    value: option === null ? null : points(cs.values[issue]![option]!),
    redLine: option !== null && cs.redLine[issue]![option]!,
  };
}

function questionOf(c: CompiledScenario, state: GameState, q: Question): BriefQuestion {
  const s = q.side;
  if (q.kind === 'listen') return { kind: 'listen' };
  if (q.kind === 'draft') return { kind: 'draft', version: q.version, items: c.issueIds.map((_, i) => item(c, s, i, itemAt(state.draft, i))) };
  const issue = q.issue!;
  const cs = c.sides[s];
  const from = optionAt(state.sides[s].position, issue);
  const to = nextStep(c, state.sides[s].position, s, issue);
  return {
    kind: 'concession',
    issue,
    name: c.scenario.issues[issue]!.name,
    phrase: issuePhrase(c.scenario.issues[issue]!),
    from: optionLabel(c, issue, from),
    to: to === null ? null : optionLabel(c, issue, to),
    cost: to === null ? null : points(cs.weights[issue]! * (cs.values[issue]![from]! - cs.values[issue]![to]!)),
    redLine: to !== null && cs.redLine[issue]![to]!,
  };
}

/** The brief for the question waiting in this state; null when no question waits. */
export function briefOf(c: CompiledScenario, state: GameState): Brief | null {
  const q = state.question;
  if (!q) return null;
  return { ...sideBrief(c, state, q.side), question: questionOf(c, state, q) };
}

/** One delegation's brief as it stands, with no question (read when the mediator comes in). */
export function sideBrief(c: CompiledScenario, state: GameState, s: SideIndex): SideBrief {
  const cs = c.sides[s];
  const d = c.scenario.delegations[s]!;
  const side = state.sides[s];
  const redLines: BriefRedLine[] = [];
  c.scenario.issues.forEach((issue, i) => {
    issue.options.forEach((o, k) => {
      if (cs.redLine[i]![k]) redLines.push({ issue: i, text: `${issue.name}: never “${o.label}”` });
    });
  });
  return {
    side: s,
    name: delegationName(c, s),
    shortName: sideName(c, s),
    publicCase: [...d.publicCase],
    priorities: cs.byWeight.map((i, rank) => ({
      issue: i,
      id: c.issueIds[i]!,
      name: c.scenario.issues[i]!.name,
      weight: points(cs.weights[i]!),
      words: PRIORITY_WORDS[priorityOf(rank, cs.byWeight.length)],
    })),
    redLines,
    fallback: points(side.reservation),
    floor: points(acceptanceFloor(c, state, s)),
    draftWorth: points(utility(cs, state.draft, side.reservation)),
    position: c.issueIds.map((_, i) => item(c, s, i, optionAt(side.position, i))),
  };
}
