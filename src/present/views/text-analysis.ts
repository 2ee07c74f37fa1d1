// The final text against each side's fallback, what its hardliners demanded, and the Nash
// bargaining point; whether another text the draft could express was better for every side; the
// vote at home on a text every side accepted; and the chart of it all in utility coordinates on
// the Pareto frontier of the texts the draft can express (model/bargaining.ts). Every figure is
// one per delegation, two to four.
import { packageUtility, paretoFrontier, paretoFrontierN, ratificationMargin, textStanding, type CompiledScenario, type GameState, type SideIndex, type SideTruth } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { issueInText, sideName } from '../words/names.ts';
import { reasonText } from '../words/said.ts';
import { ratificationLine, ratificationSummary, type RatificationLine } from './ratification.ts';

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
  const sides = c.sideIndices;
  const count = sides.length;
  const floors = sides.map((s) => r3(t.reservations[s]! + ratificationMargin(c, state, s)));
  const w = gameWords().views.analysis;
  const names = sides.map((s) => sideName(c, s));
  const verdict: string[] = [];
  verdict.push(t.kind === 'agreed' ? w.agreed(state.draftVersion, count) : t.kind === 'banked' ? (bankedAtDeadline(state) ? w.bankedAtDeadline(reasonText(c, state.outcome!.reason)) : w.banked) : state.outcome?.reason.type === 'notRatified' ? w.notRatified(state.draftVersion, count) : w.lastDraft(state.draftVersion));
  for (const s of sides) {
    const u = t.utilities[s]!;
    const rv = t.reservations[s]!;
    const floor = floors[s]!;
    const vsFallback = u > rv ? w.aboveFallback(rv) : u < rv ? w.belowFallback(rv) : w.atFallback(rv);
    const vsHome = u >= floor ? w.passesAtHome : u > rv ? w.shortAtHome(floor) : null;
    verdict.push(w.worth({ value: u, side: names[s]!, fallback: vsFallback, home: vsHome }));
  }
  if (t.nash) {
    const values = t.nash.utilities;
    const d = sides.map((s) => t.utilities[s]! - values[s]!);
    const close = (x: number) => Math.abs(x) < 0.0005;
    // The text leaned towards whoever it favoured most against the Nash point (a tie: the later one, as with two).
    const leaned = d.reduce((best, x, s) => (x >= d[best]! ? s : best), 0);
    const against = d.every(close) ? w.nashReached : d.every((x) => x < 0) ? w.nashLeftValue({ less: d.map((x) => -x), sides: names }) : w.nashLeaned(names[leaned]!);
    verdict.push(w.nash({ values, sides: names, against }));
  } else {
    verdict.push(w.noZone(count));
  }
  const better = betterForAll(c, state, t.utilities, t.items);
  verdict.push(better ? w.dominated({ values: better.utilities, sides: names, changes: better.changes.map((ch) => w.change({ issue: issueInText(c, c.issueIds.indexOf(ch.issue)), option: ch.optionLabel })) }) : w.efficient(count));
  const ratification = ratificationOf(c, state, floors, t.utilities);
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
    utilities: [...t.utilities],
    reservations: t.reservations.map(r3),
    floors,
    surplus: [...t.surplus],
    nash: t.nash ? [...t.nash.utilities] : null,
    better,
    ratification,
    ratificationText: ratification ? ratificationSummary(ratification, (s) => sideName(c, s)) : null,
    verdict,
  };
}

/** Closer than this (the analysis's rounding) is no better. */
const BETTER = 0.0005;

/** The frontier of the texts the draft can express, in this game's true values: one utility per delegation. */
function frontier(c: CompiledScenario, state: GameState): { u: readonly number[]; items: readonly number[] }[] {
  const truth: SideTruth[] = c.sideIndices.map((s) => state.truth[s]!);
  // Two keep their own frontier (its order breaks ties, so two-party analyses stay as they were).
  if (truth.length === 2) return paretoFrontier(c, [truth[0]!, truth[1]!]);
  // With more, best first for the first delegation, as the two-party frontier is sorted.
  return paretoFrontierN(c, truth).sort((a, b) => b.u[0]! - a.u[0]!);
}

/**
 * An expressible text worth more to every side than this one, if there is one: of the frontier
 * texts that beat it for all, the one whose smallest gain is largest. With the items it changes.
 */
function betterForAll(c: CompiledScenario, state: GameState, u: readonly number[], items: readonly { option: string | null }[]): TextAnalysis['better'] {
  let best: { u: readonly number[]; items: readonly number[] } | null = null;
  let bestGain = BETTER;
  for (const p of frontier(c, state)) {
    const gain = Math.min(...p.u.map((x, s) => x - u[s]!));
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
  return { utilities: best.u.map(r3), changes };
}

/** Each side's vote at home, once every delegation accepted a full text. */
function ratificationOf(c: CompiledScenario, state: GameState, floors: readonly number[], worth: readonly number[]): RatificationLine[] | null {
  if (!state.ratification) return null;
  return state.ratification.map((r) =>
    ratificationLine(r, { name: sideName(c, r.side), worth: worth[r.side]!, fallback: r3(state.sides[r.side]!.reservation), floor: floors[r.side]!, hardliners: state.sides[r.side]!.hardliners }),
  );
}

/** The chart in this game's true values (as the text's worth and the Nash point are). */
export function bargainingChart(c: CompiledScenario, state: GameState, text: TextAnalysis): BargainingChart {
  const truth: SideTruth[] = c.sideIndices.map((s) => state.truth[s]!);
  // Each delegation's opening, worth to every delegation.
  const opening = (s: SideIndex): number[] => truth.map((t) => r3(packageUtility(t, c.sides[s]!.opening)));
  return {
    axes: c.sideIndices.map((s) => gameWords().views.analysis.worthTo(sideName(c, s))),
    frontier: frontier(c, state).map((p) => p.u.map(r3)),
    nash: text.nash,
    better: text.better ? text.better.utilities : null,
    text: text.utilities,
    fallbacks: text.reservations,
    openings: c.sideIndices.map(opening),
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
  /** What the text was worth to each delegation, in the delegations' order (so for every figure below). */
  utilities: readonly number[];
  reservations: readonly number[];
  /** Fallback plus the ratification margin hardliners demand: what a deal must clear at home. */
  floors: readonly number[];
  surplus: readonly number[];
  nash: readonly number[] | null;
  /** A text the draft could express, worth more to every side; null when the text was on the frontier. */
  better: { utilities: readonly number[]; changes: BetterChange[] } | null;
  /** Each side's vote at home on the text every side accepted (null when none was put to them), and the vote in a sentence. */
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

/**
 * The bargaining chart in utility coordinates, one per delegation (with two: the first on x, the
 * second on y). Every point is one value per delegation, in the delegations' order.
 */
export interface BargainingChart {
  /** Each delegation's axis ("Worth to …"). */
  axes: readonly string[];
  /** The texts on the Pareto frontier, best first for the first delegation. */
  frontier: readonly (readonly number[])[];
  nash: readonly number[] | null;
  /** A text better for every side than the final one, if any. */
  better: readonly number[] | null;
  text: readonly number[];
  fallbacks: readonly number[];
  /** Each delegation's opening, worth to every delegation. */
  openings: readonly (readonly number[])[];
}
