// The final text against each side's fallback, what its hardliners demanded, and the Nash
// bargaining point; whether another text the draft could express was better for both; the vote
// at home on a text both accepted; and the chart of it all in utility coordinates on the Pareto
// frontier of the texts the draft can express (model/bargaining.ts).
import { packageUtility, paretoFrontier, ratificationMargin, textStanding, type CompiledScenario, type GameState, type SideTruth } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { sideName } from '../words/names.ts';
import { reasonText } from '../words/said.ts';
import { ratificationLine, ratificationSummary, type RatificationLine } from './ratification.ts';
import { pair } from './two.ts';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function label(c: CompiledScenario, issue: number, option: string | null): string | null {
  if (option === null) return null;
  return c.scenario.issues[issue]!.options.find((o) => o.id === option)?.label ?? option;
}

/** An interim deal made when the deadline passed (the machine banks its text then). */
function bankedAtDeadline(state: GameState): boolean {
  return state.outcome?.id === 'interim' && state.outcome.atDeadline === true;
}

export function textAnalysis(c: CompiledScenario, state: GameState): TextAnalysis {
  const t = textStanding(c, state);
  const floors: [number, number] = [r3(t.reservations[0] + ratificationMargin(c, state, 0)), r3(t.reservations[1] + ratificationMargin(c, state, 1))];
  const w = gameWords().views.analysis;
  const verdict: string[] = [];
  verdict.push(t.kind === 'agreed' ? w.agreed(state.draftVersion) : t.kind === 'banked' ? (bankedAtDeadline(state) ? w.bankedAtDeadline(reasonText(c, state.outcome!.reason)) : w.banked) : state.outcome?.reason.type === 'notRatified' ? w.notRatified(state.draftVersion) : w.lastDraft(state.draftVersion));
  for (const s of [0, 1] as const) {
    const name = sideName(c, s);
    const u = t.utilities[s];
    const rv = t.reservations[s];
    const floor = floors[s];
    const vsFallback = u > rv ? w.aboveFallback(rv) : u < rv ? w.belowFallback(rv) : w.atFallback(rv);
    const vsHome = u >= floor ? w.passesAtHome : u > rv ? w.shortAtHome(floor) : null;
    verdict.push(w.worth({ value: u, side: name, fallback: vsFallback, home: vsHome }));
  }
  if (t.nash) {
    const [a, b] = t.nash.utilities;
    const names: [string, string] = [sideName(c, 0), sideName(c, 1)];
    const d0 = t.utilities[0] - a;
    const d1 = t.utilities[1] - b;
    const close = (x: number) => Math.abs(x) < 0.0005;
    const against = close(d0) && close(d1) ? w.nashReached : d0 < 0 && d1 < 0 ? w.nashLeftValue({ less: [-d0, -d1], sides: names }) : w.nashLeaned(d0 > d1 ? names[0] : names[1]);
    verdict.push(w.nash({ values: [a, b], sides: names, against }));
  } else {
    verdict.push(w.noZone);
  }
  const better = betterForBoth(c, state, pair(t.utilities), t.items);
  verdict.push(better ? w.dominated({ values: better.utilities, sides: [sideName(c, 0), sideName(c, 1)], changes: better.changes.map((ch) => w.change({ issue: ch.issueName, option: ch.optionLabel })) }) : w.efficient);
  const ratification = ratificationOf(c, state, floors);
  return {
    kind: t.kind,
    draftVersion: state.draftVersion,
    items: t.items.map((item, i) => ({
      issue: item.issue,
      issueName: c.scenario.issues[i]!.name,
      option: item.option,
      optionLabel: label(c, i, item.option),
      nashOption: t.nash ? t.nash.items[i]!.option : null,
      nashLabel: t.nash ? label(c, i, t.nash.items[i]!.option) : null,
    })),
    utilities: pair(t.utilities),
    reservations: [r3(t.reservations[0]!), r3(t.reservations[1]!)],
    floors,
    surplus: pair(t.surplus),
    nash: t.nash ? pair(t.nash.utilities) : null,
    better,
    ratification,
    ratificationText: ratification ? ratificationSummary(ratification, (s) => sideName(c, s)) : null,
    verdict,
  };
}

/** Closer than this (the analysis's rounding) is no better. */
const BETTER = 0.0005;

/**
 * An expressible text worth more to both sides than this one, if there is one: of the frontier
 * texts that beat it for both, the one whose smaller gain is largest. With the items it changes.
 */
function betterForBoth(c: CompiledScenario, state: GameState, u: [number, number], items: readonly { option: string | null }[]): TextAnalysis['better'] {
  let best: { u: [number, number]; items: number[] } | null = null;
  let bestGain = BETTER;
  for (const p of paretoFrontier(c, [state.truth[0]!, state.truth[1]!])) {
    const gain = Math.min(p.u[0] - u[0], p.u[1] - u[1]);
    if (gain > bestGain) {
      bestGain = gain;
      best = p;
    }
  }
  if (!best) return null;
  const changes: BetterChange[] = [];
  best.items.forEach((o, i) => {
    const option = c.optionIds[i]![o]!;
    if (items[i]?.option !== option) changes.push({ issue: c.issueIds[i]!, issueName: c.scenario.issues[i]!.name, option, optionLabel: label(c, i, option) ?? option });
  });
  return { utilities: [r3(best.u[0]), r3(best.u[1])], changes };
}

/** Each side's vote at home, once both delegations accepted a full text. */
function ratificationOf(c: CompiledScenario, state: GameState, floors: [number, number]): RatificationLine[] | null {
  if (!state.ratification) return null;
  return state.ratification.map((r) =>
    ratificationLine(r, { name: sideName(c, r.side), fallback: r3(state.sides[r.side].reservation), floor: floors[r.side], hardliners: state.sides[r.side].hardliners }),
  );
}

/** The chart in this game's true values (as the text's worth and the Nash point are). */
export function bargainingChart(c: CompiledScenario, state: GameState, text: TextAnalysis): BargainingChart {
  const truth: [SideTruth, SideTruth] = [state.truth[0]!, state.truth[1]!];
  const opening = (s: 0 | 1): [number, number] => [r3(packageUtility(truth[0], c.sides[s].opening)), r3(packageUtility(truth[1], c.sides[s].opening))];
  return {
    axes: [gameWords().views.analysis.worthTo(sideName(c, 0)), gameWords().views.analysis.worthTo(sideName(c, 1))],
    frontier: paretoFrontier(c, truth).map((p) => [r3(p.u[0]), r3(p.u[1])] as [number, number]),
    nash: text.nash,
    better: text.better ? text.better.utilities : null,
    text: text.utilities,
    fallbacks: text.reservations,
    openings: [opening(0), opening(1)],
  };
}

export interface TextItemRecord {
  issue: string;
  issueName: string;
  option: string | null;
  optionLabel: string | null;
  nashOption: string | null;
  nashLabel: string | null;
}

export interface TextAnalysis {
  kind: 'agreed' | 'banked' | 'draft';
  draftVersion: number;
  items: TextItemRecord[];
  utilities: [number, number];
  reservations: [number, number];
  /** Fallback plus the ratification margin hardliners demand: what a deal must clear at home. */
  floors: [number, number];
  surplus: [number, number];
  nash: [number, number] | null;
  /** A text the draft could express, worth more to both sides; null when the text was on the frontier. */
  better: { utilities: [number, number]; changes: BetterChange[] } | null;
  /** Each side's vote at home on the text both accepted (null when none was put to them), and the vote in a sentence. */
  ratification: RatificationLine[] | null;
  ratificationText: string | null;
  verdict: string[];
}

/** An item a better text sets otherwise. */
export interface BetterChange {
  issue: string;
  issueName: string;
  option: string;
  optionLabel: string;
}

/** The bargaining chart: utilities of the first delegation on x, the second on y. */
export interface BargainingChart {
  axes: [string, string];
  frontier: [number, number][];
  nash: [number, number] | null;
  /** A text better for both than the final one, if any. */
  better: [number, number] | null;
  text: [number, number];
  fallbacks: [number, number];
  openings: [[number, number], [number, number]];
}
