// Two lines of the same game side by side: where they part, the meters along each (every
// delegation's), both outcomes, how the texts differ, and the ledger entries that explain the split.
import type { Scenario } from '../scenario/index.ts';
import { sendEvent, startGame, type GameEvent } from '../machine/index.ts';
import { compile, itemAt, type GameState, type LedgerEntry, type Outcome, type Settings, type SideIndex } from '../model/index.ts';

export interface MeterPoint {
  event: number;
  round: number;
  scope: number;
  pressure: number;
  progress: number;
  /** Per delegation, by index. */
  patience: number[];
  credibility: number[];
  closeness: number[];
}

export interface TextDifference {
  issue: string;
  a: string | null;
  b: string | null;
}

/** The text a line ends with: the banked text of an interim deal, else the draft. */
export interface FinalText {
  kind: 'draft' | 'banked';
  version: number;
  /** Option id per issue (in the scenario's order), null where the item is open. */
  items: (string | null)[];
}

export interface Comparison {
  /** Number of events the two lines share before they part. */
  divergesAt: number;
  meters: [MeterPoint[], MeterPoint[]];
  outcomes: [Outcome | null, Outcome | null];
  texts: [FinalText, FinalText];
  textDifferences: TextDifference[];
  /** The visible ledger entries of each line after the split, the largest moves first. */
  explaining: [LedgerEntry[], LedgerEntry[]];
  /** Each line's state where they part (after the shared events) and at its end. */
  atSplit: [GameState, GameState];
  finals: [GameState, GameState];
}

export function meterPoint(event: number, s: GameState): MeterPoint {
  return {
    event,
    round: s.round,
    scope: s.scope,
    pressure: s.pressure,
    progress: s.progress,
    patience: s.sides.map((d) => d.patience),
    credibility: s.sides.map((d) => d.credibility),
    closeness: s.sides.map((d) => d.closeness),
  };
}

/** The state after every event of a line (index 0: before any event). */
export function statesAlong(scenario: Scenario, settings: Settings, events: readonly GameEvent[]): GameState[] {
  const actor = startGame(scenario, settings);
  const states = [actor.getSnapshot().context];
  for (const e of events) {
    if (!sendEvent(actor, e)) break;
    states.push(actor.getSnapshot().context);
  }
  actor.stop();
  return states;
}

export function firstDifference(a: readonly GameEvent[], b: readonly GameEvent[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
  return n;
}

/** Meters the comparison charts and weighs; the teacher's clock and pause are not meters of the talks. */
export const COMPARED_METERS = ['progress', 'scope', 'pressure', 'patience', 'credibility', 'closeness'] as const;
export type ComparedMeter = (typeof COMPARED_METERS)[number];
const SHARED: ReadonlySet<string> = new Set(['progress', 'scope', 'pressure']);

export function isSharedMeter(meter: ComparedMeter): meter is 'progress' | 'scope' | 'pressure' {
  return SHARED.has(meter);
}

/** A meter's value at a point of a line. */
export function pointValue(p: MeterPoint, meter: ComparedMeter, side: SideIndex | null): number {
  if (meter === 'progress' || meter === 'scope' || meter === 'pressure') return p[meter];
  return p[meter][side ?? 0];
}

/** A move's size on a common scale: a share of the meter's range. */
export function moveSize(e: Pick<LedgerEntry, 'meter' | 'from' | 'to'>, topRung: number): number {
  return Math.abs(e.to - e.from) / (e.meter === 'pressure' ? topRung : e.meter === 'reservation' ? 1 : 100);
}

export function finalText(scenario: Scenario, s: GameState): FinalText {
  const c = compile(scenario);
  const banked = s.banked !== null && s.outcome?.id === 'interim';
  const text = banked ? s.banked! : s.draft;
  return {
    kind: banked ? 'banked' : 'draft',
    version: s.draftVersion,
    items: c.issueIds.map((_, i) => {
      const o = itemAt(text, i);
      return o === null ? null : c.optionIds[i]![o]!;
    }),
  };
}

export function compareLines(scenario: Scenario, settings: Settings, a: readonly GameEvent[], b: readonly GameEvent[]): Comparison {
  const c = compile(scenario);
  const divergesAt = firstDifference(a, b);
  const along = [statesAlong(scenario, settings, a), statesAlong(scenario, settings, b)] as const;
  const last = (s: GameState[]) => s[s.length - 1]!;
  const finals: [GameState, GameState] = [last(along[0]), last(along[1])];
  const texts: [FinalText, FinalText] = [finalText(scenario, finals[0]), finalText(scenario, finals[1])];
  const textDifferences: TextDifference[] = [];
  c.issueIds.forEach((issue, i) => {
    const [x, y] = [texts[0].items[i]!, texts[1].items[i]!];
    if (x !== y) textDifferences.push({ issue, a: x, b: y });
  });
  const atSplit = [along[0][Math.min(divergesAt, along[0].length - 1)]!, along[1][Math.min(divergesAt, along[1].length - 1)]!] as [GameState, GameState];
  // The split step in each line: entries written from the first different event on.
  const compared: ReadonlySet<string> = new Set(COMPARED_METERS);
  const explaining = atSplit.map((split, k) => {
    const from = split.step;
    return finals[k].ledger
      .filter((e) => !e.hidden && compared.has(e.meter) && e.step > from)
      .sort((x, y) => moveSize(y, c.topRung) - moveSize(x, c.topRung) || x.step - y.step);
  }) as [LedgerEntry[], LedgerEntry[]];
  return {
    divergesAt,
    meters: [along[0].map((s, i) => meterPoint(i, s)), along[1].map((s, i) => meterPoint(i, s))],
    outcomes: [finals[0].outcome, finals[1].outcome],
    texts,
    textDifferences,
    explaining,
    atSplit,
    finals,
  };
}

/** A meter that ends apart on the two lines, with the moves on each line (after the split) behind it. */
export interface MeterGap {
  meter: ComparedMeter;
  side: SideIndex | null;
  ends: [number, number];
  /** The gap at the end as a share of the meter's range. */
  size: number;
  moves: [LedgerEntry[], LedgerEntry[]];
  /** How many of each line's moves of this meter were left out because the other line made them alike. */
  shared: [number, number];
}

/**
 * The meters that ended furthest apart, largest gap first, each with the ledger entries after
 * the split that moved it on each line and not alike on the other (largest first, at most `perLine`).
 */
export function meterGaps(scenario: Scenario, cmp: Comparison, limit = 4, perLine = 3): MeterGap[] {
  const { topRung: top, sideIndices } = compile(scenario);
  const ends = [cmp.meters[0][cmp.meters[0].length - 1]!, cmp.meters[1][cmp.meters[1].length - 1]!] as const;
  const gaps: MeterGap[] = [];
  for (const meter of COMPARED_METERS) {
    for (const side of isSharedMeter(meter) ? [null] : sideIndices) {
      const pair: [number, number] = [pointValue(ends[0], meter, side), pointValue(ends[1], meter, side)];
      const size = moveSize({ meter, from: pair[0], to: pair[1] }, top);
      if (size === 0) continue;
      const own = cmp.explaining.map((list) => list.filter((e) => e.meter === meter && e.side === side));
      // A move both lines made alike (the same rule, day and change) does not explain the split.
      const alike = (e: LedgerEntry, other: readonly LedgerEntry[]) => other.some((o) => o.round === e.round && o.cause.rule === e.cause.rule && o.to - o.from === e.to - e.from);
      const distinct = own.map((list, k) => list.filter((e) => !alike(e, own[1 - k]!)));
      const moves = distinct.map((list) => list.slice(0, perLine)) as [LedgerEntry[], LedgerEntry[]];
      const shared = own.map((list, k) => list.length - distinct[k]!.length) as [number, number];
      gaps.push({ meter, side, ends: pair, size, moves, shared });
    }
  }
  return gaps.sort((x, y) => y.size - x.size).slice(0, limit);
}
