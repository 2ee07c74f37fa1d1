// What the compare page shows, as plain data (no DOM): the lines to choose from, where two lines
// part in words, the meters of both lines per chart (each delegation's meters charted apart),
// both outcomes, the texts issue by issue and the moves that explain the split; or one line
// beside what really happened.
import { compile, type CompiledScenario, type LedgerEntry, type Outcome } from '../../model/index.ts';
import { MeterHistory, readRecord, COMPARED_METERS, compareLines, historyBeside, isSharedMeter, lineEvents, MAIN, meterGaps, pointValue, settingsOf, statesAlong, type Comparison, type FinalText, type HistoryBeside, type LineRound, type RealEvent } from '../../replay/index.ts';
import { deltaText } from '../views/ledger.ts';
import { fmt } from '../catalogue/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { optionLabel } from '../words/names.ts';
import { eventWords, stepMoves } from './compare-words.ts';
import { historySummary } from './history-words.ts';
import { causeText } from '../words/causes.ts';
import { reasonText } from '../words/said.ts';
import { newsCard, type NewsCard } from '../views/news.ts';
import { meterName, outcomeName } from '../words/quantities.ts';
import type { CompareTarget, ReplaySource } from './source.ts';

/** The choice that stands for the history track: not a valid branch id, so it never clashes with one. */
export const HISTORY = '@history';

export interface LineChoice {
  value: string;
  label: string;
}

export function lineName(source: ReplaySource, id: string): string {
  const w = gameWords().compare;
  if (id === MAIN) return w.mainLine;
  if (id === HISTORY) return w.history;
  return source.save.branches.find((b) => b.id === id)?.name ?? id;
}

/** Every line of the save (the main line, then the branches by name), and the history track when there is one. */
export function lineChoices(source: ReplaySource): LineChoice[] {
  const lines = [MAIN, ...source.save.branches.map((b) => b.id)].map((id) => {
    const b = source.save.branches.find((x) => x.id === id);
    const from = b ? gameWords().compare.branchOf({ parent: lineName(source, b.parent), at: b.at }) : '';
    return { value: id, label: `${lineName(source, id)}${from}` };
  });
  return source.scenario.history.length ? [...lines, { value: HISTORY, label: lineName(source, HISTORY) }] : lines;
}

export function targetValue(target: CompareTarget): string {
  return 'history' in target ? HISTORY : target.line;
}

export function valueTarget(value: string): CompareTarget {
  return value === HISTORY ? { history: true } : { line: value };
}

export interface ChartView {
  key: string;
  title: string;
  min: number;
  max: number;
  /** Names of the ladder's rungs, for the pressure chart's axis and table. */
  rungs: string[] | null;
  series: [number[], number[]];
  /** The last step the lines share (they differ from the next); null when they never part. */
  parts: number | null;
  summary: string;
  /** Rows for the text alternative: line name, then start, at the split, end. */
  head: string[];
  rows: string[][];
}

export interface OutcomeView {
  line: string;
  label: string;
  detail: string;
}

export interface TextRow {
  issue: string;
  a: string;
  b: string;
  changed: boolean;
}

export interface GapView {
  title: string;
  moves: [string[], string[]];
  /** What is said of a line with no move of its own listed: it did not move, or moved only as the other line did. */
  quiet: [string, string];
}

export interface CompareModel {
  kind: 'lines';
  names: [string, string];
  partsAt: { step: number; round: number } | null;
  parting: string;
  outcomes: [OutcomeView, OutcomeView];
  charts: ChartView[];
  texts: { captions: [string, string]; rows: TextRow[]; changed: number };
  gaps: GapView[];
}

const HIDDEN_HOUR_METERS: ReadonlySet<string> = new Set(['hours', 'paused', 'ai']);

function outcomeView(c: CompiledScenario, name: string, outcome: Outcome | null, events: number): OutcomeView {
  const w = gameWords().compare;
  if (!outcome) return { line: name, label: w.unfinished, detail: w.stopsAfter(events) };
  const round = Math.min(outcome.round, c.scenario.rounds.length - 1);
  return { line: name, label: outcomeName(c, outcome.id), detail: w.outcomeDetail({ reason: reasonText(c, outcome.reason), round: round + 1, date: c.scenario.rounds[round]!.date }) };
}

function value(c: CompiledScenario, meter: string, v: number): string {
  if (meter === 'pressure') return c.scenario.escalation.rungs[Math.round(v)]?.name ?? fmt().number(v);
  return fmt().number(v, 1);
}

function charts(c: CompiledScenario, cmp: Comparison, names: [string, string]): ChartView[] {
  const shared = cmp.divergesAt < Math.max(cmp.meters[0].length, cmp.meters[1].length) - 1 || cmp.meters[0].length !== cmp.meters[1].length ? cmp.divergesAt : null;
  const w = gameWords().compare;
  const out: ChartView[] = [];
  for (const meter of COMPARED_METERS) {
    for (const side of isSharedMeter(meter) ? [null] : c.sideIndices) {
      const series = cmp.meters.map((points) => points.map((p) => pointValue(p, meter, side))) as [number[], number[]];
      const title = meterName(c, meter, side);
      const ends = series.map((s) => s[s.length - 1]!);
      const atSplit = series[0][Math.min(cmp.divergesAt, series[0].length - 1)]!;
      const show = (v: number) => value(c, meter, v);
      const summary = shared === null ? w.sameLines({ title, end: show(ends[0]!) }) : w.chartSummary({ title, atSplit: show(atSplit), step: shared, ends: [show(ends[0]!), show(ends[1]!)], names });
      out.push({
        key: side === null ? meter : `${meter}.${side}`,
        title,
        min: 0,
        max: meter === 'pressure' ? c.topRung : 100,
        rungs: meter === 'pressure' ? c.scenario.escalation.rungs.map((r) => r.name) : null,
        series,
        parts: shared,
        summary,
        head: w.chartHead(shared),
        rows: series.map((s, k) => [names[k]!, show(s[0]!), show(s[Math.min(cmp.divergesAt, s.length - 1)]!), show(s[s.length - 1]!)]),
      });
    }
  }
  return out;
}

function textCaption(t: FinalText): string {
  const w = gameWords().compare;
  return t.kind === 'banked' ? w.bankedText : t.version > 0 ? w.draftText(t.version) : w.openingDraft;
}

/** An option by its id (the compared texts carry ids), or the words for an item left open. */
function option(c: CompiledScenario, issue: number, id: string | null): string {
  const o = id === null ? -1 : c.optionIds[issue]!.indexOf(id);
  return id !== null && o === -1 ? id : optionLabel(c, issue, o === -1 ? null : o);
}

function moveWords(c: CompiledScenario, record: ReturnType<typeof readRecord>, e: LedgerEntry): string {
  // Two lines are compared: the mediator is named, not "you".
  const cause = causeText(c, record, e.cause, undefined, 'mediator');
  return gameWords().compare.gapMove({ round: e.round + 1, step: e.step, delta: deltaText(c, e), cause });
}

export function compareModel(source: ReplaySource, a: string, b: string): CompareModel {
  const { scenario, save } = source;
  const c = compile(scenario);
  const settings = settingsOf(save);
  const events = [lineEvents(save, a), lineEvents(save, b)] as const;
  const cmp = compareLines(scenario, settings, events[0], events[1]);
  const names: [string, string] = [lineName(source, a), lineName(source, b)];
  const d = cmp.divergesAt;
  const apart = d < events[0].length || d < events[1].length;
  const before = cmp.atSplit[0];
  const w = gameWords().compare;
  const clause = (k: 0 | 1) => {
    const e = events[k][d];
    if (!e) return w.lineEnds(names[k]);
    return w.lineMove({ name: names[k], move: eventWords(c, before, e), moves: stepMoves(c, cmp.finals[k].ledger, before.step + 1) });
  };
  const round = Math.min(before.round, c.scenario.rounds.length - 1) + 1;
  const parting = apart ? w.parting({ step: d + 1, round, clauses: [clause(0), clause(1)] }) : w.neverPart;
  const records = cmp.finals.map((f) => readRecord(f, new MeterHistory(f)));
  const gaps = meterGaps(scenario, cmp).map((g) => ({
    title: w.gapTitle({ meter: meterName(c, g.meter, g.side), ends: [value(c, g.meter, g.ends[0]), value(c, g.meter, g.ends[1])], names }),
    moves: g.moves.map((list, k) => list.filter((e) => !e.hidden && !HIDDEN_HOUR_METERS.has(e.meter)).map((e) => moveWords(c, records[k]!, e))) as [string[], string[]],
    quiet: g.shared.map((n) => (n > 0 ? w.movedAlike(n) : w.noMove)) as [string, string],
  }));
  const rows = c.issueIds.map((_, i) => {
    const [x, y] = [cmp.texts[0].items[i]!, cmp.texts[1].items[i]!];
    return { issue: c.scenario.issues[i]!.name, a: option(c, i, x), b: option(c, i, y), changed: x !== y };
  });
  return {
    kind: 'lines',
    names,
    partsAt: apart ? { step: d + 1, round } : null,
    parting,
    outcomes: [outcomeView(c, names[0], cmp.outcomes[0], events[0].length), outcomeView(c, names[1], cmp.outcomes[1], events[1].length)],
    charts: charts(c, cmp, names),
    texts: { captions: [textCaption(cmp.texts[0]), textCaption(cmp.texts[1])], rows, changed: rows.filter((r) => r.changed).length },
    gaps,
  };
}

/** One period of the side-by-side timeline: a day of talks, or before or after them. */
export interface PeriodRow {
  when: string;
  line: LineRound | null;
  lineText: string[];
  /** The line's news that day as cards: the game's own news has words only in the catalogue. */
  news: NewsCard[];
  real: RealEvent[];
}

export interface HistoryModel {
  kind: 'history';
  name: string;
  summary: string[];
  rows: PeriodRow[];
  /** How the real talks ended: the scenario's ending, else the last dated entries of its history. */
  ending: RealEvent[];
}

function roundText(c: CompiledScenario, r: LineRound): string[] {
  const w = gameWords().compare;
  if (r.status === 'unscheduled') return [w.notPlayed];
  if (r.status === 'ended') return [w.overOnLine];
  if (r.status === 'unreached') return [w.unreached];
  const rung = (v: number) => value(c, 'pressure', v);
  const [p0, p1] = r.pressure;
  const out = [
    w.pressureRound({ label: meterName(c, 'pressure'), from: rung(p0), to: rung(p1) }),
    w.progressRound({ label: meterName(c, 'progress'), from: value(c, 'progress', r.progress[0]), to: value(c, 'progress', r.progress[1]) }),
  ];
  if (r.outcome) out.push(w.outcomeRound({ outcome: outcomeName(c, r.outcome.id), reason: reasonText(c, r.outcome.reason) }));
  return out;
}

export function historyModel(source: ReplaySource, line: string): HistoryModel {
  const { scenario, save } = source;
  const c = compile(scenario);
  const settings = settingsOf(save);
  const h: HistoryBeside = historyBeside(scenario, settings, statesAlong(scenario, settings, lineEvents(save, line)));
  const inPeriod = (test: (e: RealEvent) => boolean) => h.real.filter(test);
  const rows: PeriodRow[] = [];
  const before = inPeriod((e) => e.period.kind === 'before');
  const w = gameWords().compare;
  if (before.length) rows.push({ when: w.beforeTalks, line: null, lineText: [], news: [], real: before });
  for (const r of h.rounds) {
    rows.push({
      when: w.period({ label: r.label, date: r.date, venue: r.venue }),
      line: r,
      lineText: roundText(c, r),
      news: r.news.map((item) => newsCard(c, item)),
      real: inPeriod((e) => e.period.kind === 'round' && e.period.round === r.round),
    });
  }
  const after = inPeriod((e) => e.period.kind === 'after');
  if (after.length) rows.push({ when: w.afterTalks, line: null, lineText: [], news: [], real: after });
  return { kind: 'history', name: lineName(source, line), summary: historySummary(c, h), rows, ending: h.inTheEnd };
}
