// The mediator's notebook in words: for each delegation, what it most likely cares about and how
// sure the mediator is, how far listening has narrowed the picture, what no deal is likely worth
// to it, and the red lines it was heard to draw. Everything here comes from the notebook (built
// only from what the mediator heard) and the mediator's view: never the hidden truth.
import type { MediatorView } from '../../machine/index.ts';
import { PARTICLES, summarise, type SideIndex, type SideSummary } from '../../model/index.ts';
import type { Clarity, Sureness } from '../catalogue/en-advisor.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { issueInText, optionLabel, sideName } from './names.ts';

export type { Clarity, Sureness };

/** How many of a side's priorities the notebook lists. */
export const LISTED = 3;

/** The band of a probability: sure from 0.9, fairly sure from 0.7, not sure from 0.45, else a guess. */
export function surenessOf(p: number): Sureness {
  return p >= 0.9 ? 'sure' : p >= 0.7 ? 'fairly' : p >= 0.45 ? 'unsure' : 'guess';
}

/** How much of the notebook still counts: most of it (little learnt) down to a small part (sharp). */
export function clarityOf(effective: number, particles = PARTICLES): Clarity {
  const share = effective / particles;
  return share >= 0.8 ? 'little' : share >= 0.4 ? 'some' : share >= 0.15 ? 'much' : 'sharp';
}

/** The standard normal's distribution function (Abramowitz and Stegun 7.1.26: within 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface PriorityBelief {
  issue: number;
  /** Expected weight and its spread, in points of 100. */
  weight: number;
  spread: number;
  /** How sure the notebook is that the issue is among the side's listed top priorities. */
  sure: Sureness;
  text: string;
}

/** The issues by expected weight, heaviest first (ties by the scenario's order). */
export function byBelievedWeight(summary: SideSummary): number[] {
  return summary.issues.map((_, i) => i).sort((a, b) => summary.issues[b]!.weight - summary.issues[a]!.weight || a - b);
}

/**
 * The side's likely top priorities. How sure: the chance (as a normal over the notebook's mean
 * and spread) that the issue weighs more than the heaviest issue left off the list.
 */
export function topPriorities(view: MediatorView, summary: SideSummary, listed = LISTED): PriorityBelief[] {
  const w = gameWords().advisor.notebook;
  const order = byBelievedWeight(summary);
  const next = order[listed] === undefined ? null : summary.issues[order[listed]!]!;
  return order.slice(0, listed).map((issue) => {
    const b = summary.issues[issue]!;
    const p = next ? normalCdf((b.weight - next.weight) / Math.max(1e-9, Math.hypot(b.spread, next.spread))) : 1;
    const sure = surenessOf(p);
    const weight = Math.round(b.weight * 100);
    const spread = Math.max(1, Math.round(b.spread * 100));
    return { issue, weight, spread, sure, text: w.priority({ name: view.c.scenario.issues[issue]!.name, weight, spread, sure: w.sure[sure] }) };
  });
}

export interface SideNotebookWords {
  side: SideIndex;
  heading: string;
  /** "North cares most about the border: fairly sure." */
  headline: string;
  caresMost: { issue: number; sure: Sureness };
  priorities: PriorityBelief[];
  /** How many of its answers the notebook has read, in words. */
  heard: string;
  clarity: Clarity;
  clarityText: string;
  fallback: { mean: number; low: number; high: number; text: string };
  redLines: string[];
}

/** What the notebook says of one delegation, in words. */
export function sideNotebook(view: MediatorView, s: SideIndex): SideNotebookWords {
  const { c, state } = view;
  const w = gameWords().advisor.notebook;
  const summary = summarise(c, view.notebook, s);
  const order = byBelievedWeight(summary);
  // The headline names the issue most likely to come first, with the chance that it does.
  const first = summary.issues.map((_, i) => i).reduce((a, b) => (summary.issues[b]!.top > summary.issues[a]!.top ? b : a), order[0]!);
  const sure = surenessOf(summary.issues[first]!.top);
  const clarity = clarityOf(summary.effective);
  const answers = state.transcript.filter((t) => t.speaker === s && t.said.kind === 'reply').length;
  const mean = Math.round(summary.reservation.mean * 100);
  const low = Math.max(0, Math.round((summary.reservation.mean - summary.reservation.spread) * 100));
  const high = Math.min(100, Math.round((summary.reservation.mean + summary.reservation.spread) * 100));
  const redLines = state.sides[s]!.redLinesHeard.map((code) => {
    const issue = Math.floor(code / 16);
    return w.redLine({ issue: c.scenario.issues[issue]?.name ?? String(issue), option: optionLabel(c, issue, code % 16) });
  });
  return {
    side: s,
    heading: w.side(sideName(c, s)),
    headline: w.caresMost({ side: sideName(c, s), issue: issueInText(c, first), sure: w.sure[sure] }),
    caresMost: { issue: first, sure },
    priorities: topPriorities(view, summary),
    heard: w.heard(answers),
    clarity,
    clarityText: w.clarity[clarity],
    fallback: { mean, low, high, text: w.fallbackText({ mean, low, high }) },
    redLines,
  };
}

/** The notebook in words, one entry per delegation. */
export function notebookWords(view: MediatorView): SideNotebookWords[] {
  return view.state.sides.map((_, s) => sideNotebook(view, s as SideIndex));
}
