// Two lines of the same game side by side: where they part, the meters along each, both
// outcomes, how the texts differ, and the ledger entries that explain the split.
import type { Scenario } from '../scenario/schema.ts';
import type { GameEvent } from '../machine/events.ts';
import { sendEvent, startGame } from '../machine/game.ts';
import { compile } from '../model/compile.ts';
import { itemAt } from '../model/package.ts';
import type { GameState, LedgerEntry, Outcome, Settings, SideIndex } from '../model/types.ts';

export interface MeterPoint {
  event: number;
  round: number;
  scope: number;
  pressure: number;
  progress: number;
  patience: [number, number];
  credibility: [number, number];
}

export interface TextDifference {
  issue: string;
  a: string | null;
  b: string | null;
}

export interface Comparison {
  /** Number of events the two lines share before they part. */
  divergesAt: number;
  meters: [MeterPoint[], MeterPoint[]];
  outcomes: [Outcome | null, Outcome | null];
  textDifferences: TextDifference[];
  /** The visible ledger entries of each line after the split, the largest moves first. */
  explaining: [LedgerEntry[], LedgerEntry[]];
}

export function meterPoint(event: number, s: GameState): MeterPoint {
  return {
    event,
    round: s.round,
    scope: s.scope,
    pressure: s.pressure,
    progress: s.progress,
    patience: [s.sides[0].patience, s.sides[1].patience],
    credibility: [s.sides[0].credibility, s.sides[1].credibility],
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

const size = (e: LedgerEntry, top: number) => Math.abs(e.to - e.from) / (e.meter === 'pressure' ? top : e.meter === 'reservation' ? 1 : 100);

export function compareLines(scenario: Scenario, settings: Settings, a: readonly GameEvent[], b: readonly GameEvent[]): Comparison {
  const c = compile(scenario);
  const divergesAt = firstDifference(a, b);
  const along = [statesAlong(scenario, settings, a), statesAlong(scenario, settings, b)] as const;
  const last = (s: GameState[]) => s[s.length - 1]!;
  const finals = [last(along[0]), last(along[1])] as const;
  const textDifferences: TextDifference[] = [];
  c.issueIds.forEach((issue, i) => {
    const pick = (s: GameState) => {
      const o = itemAt(s.banked && s.outcome?.id === 'interim' ? s.banked : s.draft, i);
      return o === null ? null : c.optionIds[i]![o]!;
    };
    const [x, y] = [pick(finals[0]), pick(finals[1])];
    if (x !== y) textDifferences.push({ issue, a: x, b: y });
  });
  // The split step in each line: entries written from the first different event on.
  const splitStep = (states: GameState[]) => states[Math.min(divergesAt, states.length - 1)]!.step;
  const explaining = ([0, 1] as SideIndex[]).map((k) => {
    const from = splitStep(along[k]);
    return finals[k].ledger.filter((e) => !e.hidden && e.step > from).sort((x, y) => size(y, c.topRung) - size(x, c.topRung) || x.step - y.step);
  }) as [LedgerEntry[], LedgerEntry[]];
  return {
    divergesAt,
    meters: [along[0].map((s, i) => meterPoint(i, s)), along[1].map((s, i) => meterPoint(i, s))],
    outcomes: [finals[0].outcome, finals[1].outcome],
    textDifferences,
    explaining,
  };
}
