// The deal at home, in words (Putnam's two-level game): for each side, whether its home ratified
// the text every delegation accepted, what the text was worth to it against what its hardliners
// demanded (its fallback plus their margin), and how likely a deal that close was to pass. The
// numbers come from the final text's analysis (text-analysis.ts); this file only words them.
import type { Ratification, SideIndex } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';

export interface RatificationLine {
  side: SideIndex;
  passed: boolean;
  /** What the text was worth to the side, its fallback, and what its hardliners demanded on top. */
  worth: number;
  fallback: number;
  demand: number;
  /** Fallback plus the hardliners' demand: what a deal had to clear at home. */
  floor: number;
  /** Worth less floor, as the vote judged it (negative: short of it). */
  margin: number;
  /** The chance a deal this close passes. */
  chance: number;
  /** Hardliners at home, 0 to 100. */
  hardliners: number;
  text: string;
}

export interface RatificationFigures {
  name: string;
  /** The text's worth to the side, the figure the rest of the analysis gives (its floor plus the vote's margin, rounded twice, drifted from it by a tenth). */
  worth: number;
  fallback: number;
  floor: number;
  hardliners: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** One side's vote at home, with its reasons. */
export function ratificationLine(r: Ratification, f: RatificationFigures): RatificationLine {
  const w = gameWords().views.analysis.ratification;
  const worth = r3(f.worth);
  const demand = r3(f.floor - f.fallback);
  const words = { side: f.name, worth, floor: f.floor, margin: r.margin, chance: r.chance };
  const text = r.passed ? (r.margin >= 0 ? w.passed(words) : w.passedShort(words)) : w.failed({ ...words, fallback: f.fallback, hardliners: f.hardliners, demand });
  return { side: r.side, passed: r.passed, worth, fallback: f.fallback, demand, floor: f.floor, margin: r.margin, chance: r.chance, hardliners: Math.round(f.hardliners * 10) / 10, text };
}

/** The whole vote in one sentence: failed in a side (the first that rejected it), or passed in every one (one line per delegation that voted). */
export function ratificationSummary(lines: readonly RatificationLine[], name: (s: SideIndex) => string): string {
  const w = gameWords().views.analysis.ratification;
  const failed = lines.find((l) => !l.passed);
  return failed ? w.failedOutcome(name(failed.side), lines.length) : w.passedOutcome(lines.length);
}
