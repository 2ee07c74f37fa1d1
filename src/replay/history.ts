// A line set beside what really happened: the line's days of talks (by the scenario's round
// dates) matched with the scenario's dated history, and the line's outcome against how the real
// talks ended. Reported claims stay marked as reported. The words are the present layer's
// (present/replays/history-words.ts).
import { sourceUrl, type Scenario, type SourceKind } from '../scenario/index.ts';
import { scenarioFor, type GameState, type NewsItem, type Outcome, type Settings } from '../model/index.ts';

export interface HistorySource {
  id: string;
  title: string;
  /** What the source is as evidence (a participant's memoir, a news report...). */
  kind: SourceKind;
  /** An address with its scheme (a scenario may omit "https://"); null for a printed work cited without one. */
  url: string | null;
  citation: string | null;
  publisher: string | null;
  reported: boolean;
}

/** One day of talks on the line. */
export interface LineRound {
  /** 1-based, as the game names rounds. */
  round: number;
  date: string;
  label: string;
  venue: string;
  /**
   * played; ended: the line's talks were over before this day; unreached: the line stops
   * unfinished before this day (a game still in progress); unscheduled: this game had fewer rounds.
   */
  status: 'played' | 'ended' | 'unreached' | 'unscheduled';
  /** Pressure rung and progress at the start and the end of the day (its recess included). */
  pressure: [number, number];
  progress: [number, number];
  /** The game's news after this day's talks (scripted events, incidents, discoveries). */
  news: NewsItem[];
  /** The outcome, when the line ended on this day. */
  outcome: Outcome | null;
}

/** Where a dated history entry falls against the days of talks. */
export type HistoryPeriod = { kind: 'before' } | { kind: 'round'; round: number; sameDay: boolean } | { kind: 'after' };

export interface RealEvent {
  date: string;
  headline: string;
  body: string;
  reported: boolean;
  sources: HistorySource[];
  period: HistoryPeriod;
  /** Dated after the day the line ended. */
  afterLine: boolean;
}

export interface HistoryBeside {
  rounds: LineRound[];
  real: RealEvent[];
  /** The line's end: its outcome (null when unfinished), the day, and the number of events. */
  end: { outcome: Outcome | null; round: number; date: string; events: number };
  /** What really happened on the day the line ended, or the next dated entry after it. */
  atLineEnd: RealEvent[];
  /** How it really ended: the scenario's ending, else the last dated entries of the history. */
  inTheEnd: RealEvent[];
}

export function historySources(scenario: Scenario, ids: readonly string[]): HistorySource[] {
  return ids.flatMap((id) => {
    const s = scenario.sources.find((x) => x.id === id);
    if (!s) return [];
    return [{ id: s.id, title: s.title, kind: s.kind, url: s.url === undefined ? null : sourceUrl(s.url), citation: s.citation ?? null, publisher: s.publisher ?? null, reported: s.reported }];
  });
}

/** The period of a date: before the first day of talks, within round r (until the next day), or after the last day. */
export function periodOf(scenario: Scenario, date: string): HistoryPeriod {
  const rounds = scenario.rounds;
  if (date < rounds[0]!.date) return { kind: 'before' };
  const last = rounds.length - 1;
  if (date > rounds[last]!.date) return { kind: 'after' };
  let r = 0;
  while (r < last && rounds[r + 1]!.date <= date) r++;
  return { kind: 'round', round: r + 1, sameDay: rounds[r]!.date === date };
}

/** The state that ends round r (0-based): the first after its recess, else the line's last state if it stopped in r. */
function roundSpan(states: readonly GameState[], r: number): { start: GameState; end: GameState } | null {
  const first = states.findIndex((s) => s.round >= r);
  if (first === -1 || states[first]!.round > r) return null;
  const after = states.findIndex((s, i) => i > first && s.round > r);
  // The day begins where the previous day's recess left it.
  const start = r === 0 ? states[0]! : states[first]!;
  return { start, end: after === -1 ? states[states.length - 1]! : states[after]! };
}

const sameDate = (list: readonly RealEvent[], date: string | undefined) => (date === undefined ? [] : list.filter((e) => e.date === date));

/**
 * The line (its states, index 0 before any event, as statesAlong gives them) beside the
 * scenario's history. `scenario` is the scenario as the save names it; the settings may shorten it.
 */
export function historyBeside(scenario: Scenario, settings: Settings, states: readonly GameState[]): HistoryBeside {
  const played = scenarioFor(scenario, settings);
  const final = states[states.length - 1]!;
  const outcome = final.outcome;
  const lastRound = Math.min(played.rounds.length - 1, outcome ? outcome.round : final.round);
  const rounds: LineRound[] = scenario.rounds.map((day, r) => {
    const base = { round: r + 1, date: day.date, label: day.label, venue: day.venue };
    const span = r < played.rounds.length && r <= lastRound ? roundSpan(states, r) : null;
    if (!span) {
      const v: [number, number] = [final.pressure, final.pressure];
      const g: [number, number] = [final.progress, final.progress];
      const status = r >= played.rounds.length ? 'unscheduled' : outcome ? 'ended' : 'unreached';
      return { ...base, status, pressure: v, progress: g, news: [], outcome: null };
    }
    return {
      ...base,
      status: 'played',
      pressure: [span.start.pressure, span.end.pressure],
      progress: [span.start.progress, span.end.progress],
      news: final.news.filter((n) => n.round === r && n.kind !== 'drift'),
      outcome: outcome && r === lastRound ? outcome : null,
    };
  });
  const endDate = scenario.rounds[lastRound]!.date;
  const real: RealEvent[] = scenario.history
    .map((h, i) => ({ h, i }))
    .sort((x, y) => (x.h.date < y.h.date ? -1 : x.h.date > y.h.date ? 1 : x.i - y.i))
    .map(({ h }) => ({
      date: h.date,
      headline: h.headline,
      body: h.body,
      reported: h.reported,
      sources: historySources(scenario, h.sources),
      period: periodOf(scenario, h.date),
      afterLine: h.date > endDate,
    }));
  const end = { outcome, round: lastRound + 1, date: endDate, events: states.length - 1 };
  const atLineEnd = sameDate(real, real.find((e) => e.date >= endDate)?.date);
  // How the talks really ended: the scenario's ending when it gives one (the last entry can be
  // years later), else the last dated entries.
  const ending = scenario.ending;
  const inTheEnd = ending
    ? [{ date: ending.date, headline: ending.headline, body: ending.body, reported: ending.reported, sources: historySources(scenario, ending.sources), period: periodOf(scenario, ending.date), afterLine: ending.date > endDate }]
    : sameDate(real, real[real.length - 1]?.date);
  return { rounds, real, end, atLineEnd, inTheEnd };
}
