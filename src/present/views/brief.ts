// The confidential brief of a delegation played by a person, as plain data: what it values and
// how much (words and numbers on its own 0–100 scale), its red lines, its fallback, its stated
// position, and the question the mediator just put to it. Only the hot-seat screen shows it.
import type { DelegationView } from '../../machine/index.ts';
import { itemAt, optionAt, other, priorityOf, type CompiledScenario, type Package, type Question, type SideIndex } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { delegationName, issueInText, optionLabel, sideName } from '../words/names.ts';

/**
 * Weights (summing to 1) as whole points that sum to exactly 100, as the brief says they do: each
 * rounded down, then the points left over to the largest remainders (ties: the scenario's order).
 */
export function wholeShares(weights: readonly number[]): number[] {
  const raw = weights.map((w) => w * 100);
  const out = raw.map(Math.floor);
  const left = 100 - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < left && k < order.length; k++) out[order[k]!.i]! += 1;
  return out;
}

/** A utility (0–1) on the delegation's own scale of 0 to 100, as the brief prints it. */
export function points(u: number): number {
  return Math.round(u * 100);
}


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

/** Our next step on an issue: from where we stand to where it would take us, and what it costs us. */
export interface BriefStep { name: string; phrase: string; from: string; to: string | null; cost: number | null; redLine: boolean }

export type BriefQuestion =
  | { kind: 'draft'; version: number; items: BriefItem[] }
  | ({ kind: 'concession'; issue: number } & BriefStep)
  | { kind: 'listen' }
  /** A trade: our step on one issue if the counterpart steps on another. */
  | { kind: 'trade'; give: BriefStep; get: { phrase: string }; counterpart: string };

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

function item(c: CompiledScenario, d: DelegationView, issue: number, option: number | null): BriefItem {
  return {
    issue,
    id: c.issueIds[issue]!,
    name: c.scenario.issues[issue]!.name,
    option,
    label: optionLabel(c, issue, option),
    value: option === null ? null : points(d.values[issue]![option]!),
    redLine: option !== null && d.redLine[issue]![option]!,
  };
}

function questionOf(c: CompiledScenario, d: DelegationView, draft: Package, q: Question): BriefQuestion {
  if (q.kind === 'listen') return { kind: 'listen' };
  if (q.kind === 'draft') return { kind: 'draft', version: q.version, items: c.issueIds.map((_, i) => item(c, d, i, itemAt(draft, i))) };
  if (q.kind === 'trade' && q.trade) {
    const step = ownStep(c, d, q.trade.give);
    return { kind: 'trade', give: step, get: { phrase: issueInText(c, q.trade.get) }, counterpart: sideName(c, q.trade.with ?? other(d.side)) };
  }
  const issue = q.issue!;
  return { kind: 'concession', issue, ...ownStep(c, d, issue) };
}

/** Our next step on an issue (see BriefStep). */
function ownStep(c: CompiledScenario, d: DelegationView, issue: number): BriefStep {
  const from = optionAt(d.position, issue);
  const to = d.nextSteps[issue] ?? null;
  return {
    name: c.scenario.issues[issue]!.name,
    phrase: issueInText(c, issue),
    from: optionLabel(c, issue, from),
    to: to === null ? null : optionLabel(c, issue, to),
    cost: to === null ? null : points(d.weights[issue]! * (d.values[issue]![from]! - d.values[issue]![to]!)),
    redLine: to !== null && d.redLine[issue]![to]!,
  };
}

/** The brief for the question waiting for this delegation; null when none waits. */
export function briefOf(c: CompiledScenario, d: DelegationView, draft: Package): Brief | null {
  const q = d.question;
  if (!q) return null;
  return { ...sideBrief(c, d), question: questionOf(c, d, draft, q) };
}

/** One delegation's brief as it stands, with no question (read when the mediator comes in). */
export function sideBrief(c: CompiledScenario, view: DelegationView): SideBrief {
  const s: SideIndex = view.side;
  const d = c.scenario.delegations[s]!;
  const redLines: BriefRedLine[] = [];
  c.scenario.issues.forEach((issue, i) => {
    issue.options.forEach((o, k) => {
      if (view.redLine[i]![k]) redLines.push({ issue: i, text: gameWords().views.redLine({ issue: issue.name, option: o.label }) });
    });
  });
  const shares = wholeShares(view.weights);
  return {
    side: s,
    name: delegationName(c, s),
    shortName: sideName(c, s),
    publicCase: [...d.publicCase],
    priorities: view.byWeight.map((i, rank) => ({
      issue: i,
      id: c.issueIds[i]!,
      name: c.scenario.issues[i]!.name,
      weight: shares[i]!,
      words: gameWords().views.ownPriority[priorityOf(rank, view.byWeight.length)],
    })),
    redLines,
    fallback: points(view.reservation),
    floor: points(view.floor),
    draftWorth: points(view.draftWorth),
    position: c.issueIds.map((_, i) => item(c, view, i, optionAt(view.position, i))),
  };
}
