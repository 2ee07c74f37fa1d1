// Class comparison (issue 5): many students' save files side by side. Each file is opened as
// every screen opens a save (replay/save-open.ts: read, and checked against its own replay; a
// bad file is listed with the reason and skipped), duplicates (the same game, whoever handed it
// in) are marked and counted once, and the rest are aggregated: outcomes, the turning points
// most games shared, and which mediator actions went with agreements. What is shown of a game
// is what its replay gives, never a field the file records. Pure: the page renders what this returns.
import { compile, OUTCOME_IDS, type CompiledScenario, type GameState, type OutcomeId } from '../model/index.ts';
import { openSave, type FoundScenario } from '../replay/index.ts';
import { outcomeLabel } from './facts.ts';
import { MeterHistory, readRecord, summarise } from '../replay/index.ts';
import { classroomWords, saveRefusalLines, sideName, textAnalysis } from '../present/index.ts';
import { turningPoints } from './turning-points.ts';
import type { MediatorRecordSummary } from './types.ts';

export interface ClassFile {
  fileName: string;
  /** The file's text, or its bytes as read from disk. */
  text: string | Uint8Array;
}

/** Finds the scenario a save names (by id and content hash), or says why not. */
export type ScenarioLookup = (id: string, hash: string) => FoundScenario;

export const AGREEMENTS: readonly OutcomeId[] = ['framework', 'interim'];

export interface StudentRow {
  fileName: string;
  /** The player's or team's name the save carries, shown instead of the file name. */
  player: string | null;
  status: 'ok' | 'bad' | 'duplicate';
  /** Why a bad file was skipped. */
  reason: string | null;
  /** For a duplicate: the file it repeats. */
  duplicateOf: string | null;
  scenario: string | null;
  seed: number | null;
  outcome: OutcomeId | 'unfinished' | null;
  outcomeLabel: string | null;
  rounds: number | null;
  /** Each delegation's value of the final text and of no deal, 0–100, one entry per delegation in order. */
  standing: { side: string; value: number; fallback: number }[];
  record: MediatorRecordSummary | null;
}

export interface OutcomeShare {
  outcome: OutcomeId | 'unfinished';
  label: string;
  games: number;
  share: number;
}

export interface SharedTurningPoint {
  /** The rule and actor that caused it: the same kind of move across games. */
  key: string;
  text: string;
  games: number;
  share: number;
}

export interface ActionAssociation {
  id: 'faithful-only' | 'distorted' | 'guarantee' | 'agenda' | 'painted' | 'presented';
  label: string;
  /** Share of the agreements (framework or interim) in which it happened. */
  withAgreement: number;
  /** Share of the other games in which it happened. */
  withoutAgreement: number;
  agreements: number;
  others: number;
}

export interface ClassComparison {
  rows: StudentRow[];
  /** Games counted: valid, each duplicate once. */
  games: number;
  bad: number;
  duplicates: number;
  distribution: OutcomeShare[];
  sharedTurningPoints: SharedTurningPoint[];
  actions: ActionAssociation[];
}

interface Counted {
  row: StudentRow;
  state: GameState;
  record: MediatorRecordSummary;
  turningKeys: Map<string, string>;
}

const pct = (x: number) => Math.round(x * 100);

function badRow(fileName: string, reason: string): StudentRow {
  return { fileName, player: null, status: 'bad', reason, duplicateOf: null, scenario: null, seed: null, outcome: null, outcomeLabel: null, rounds: null, standing: [], record: null };
}

/** The mediator's actions a class comparison counts (their words are the catalogue's, by id). */
const ACTIONS: { id: ActionAssociation['id']; test: (r: MediatorRecordSummary) => boolean }[] = [
  { id: 'faithful-only', test: (r) => r.relays.softened + r.relays.sharpened + r.relays.withheld === 0 },
  { id: 'distorted', test: (r) => r.relays.softened + r.relays.sharpened + r.relays.withheld > 0 },
  { id: 'guarantee', test: (r) => r.guarantees.length > 0 },
  { id: 'agenda', test: (r) => r.agendaMoves.widen + r.agendaMoves.narrow + r.agendaMoves.parallel > 0 },
  { id: 'painted', test: (r) => r.stalematePainted > 0 },
  { id: 'presented', test: (r) => r.presentations > 0 },
];

export function compareClass(files: readonly ClassFile[], lookup: ScenarioLookup): ClassComparison {
  const compiled = new Map<string, CompiledScenario>();
  /** Each game counted, by its content: the name it was first handed in under. */
  const seen = new Map<string, string>();
  const rows: StudentRow[] = [];
  const counted: Counted[] = [];
  for (const file of files) {
    const verdict = openSave(file.text, lookup);
    if (!verdict.ok) {
      rows.push(badRow(file.fileName, saveRefusalLines(verdict.refusal).slice(0, 3).join('; ')));
      continue;
    }
    const { save, replayed } = verdict;
    // The same game handed in twice (whatever name it carries) is counted once.
    const key = JSON.stringify({ ...save, player: undefined });
    const first = seen.get(key);
    let c = compiled.get(verdict.hash);
    if (!c) compiled.set(verdict.hash, (c = compile(verdict.scenario)));
    const state = replayed.state;
    const history = new MeterHistory(state);
    const mediator = readRecord(state, history);
    const record = summarise(state, mediator);
    const text = textAnalysis(c, state);
    const outcome = replayed.outcome ?? 'unfinished';
    const row: StudentRow = {
      fileName: file.fileName,
      player: save.player ?? null,
      status: first === undefined ? 'ok' : 'duplicate',
      reason: null,
      duplicateOf: first ?? null,
      scenario: verdict.scenario.title,
      seed: save.seed,
      outcome,
      outcomeLabel: outcomeLabel(c, outcome),
      rounds: replayed.rounds,
      standing: c.sideIndices.map((s) => ({ side: sideName(c, s), value: pct(text.utilities[s]!), fallback: pct(text.reservations[s]!) })),
      record,
    };
    rows.push(row);
    if (first !== undefined) continue;
    seen.set(key, save.player ?? file.fileName);
    const turningKeys = new Map<string, string>();
    for (const t of turningPoints(c, state, mediator)) {
      const k = `${t.cause.rule}|${t.cause.actor}`;
      if (!turningKeys.has(k)) turningKeys.set(k, t.cause.text);
    }
    counted.push({ row, state, record, turningKeys });
  }
  return aggregate(rows, counted);
}

function aggregate(rows: StudentRow[], counted: Counted[]): ClassComparison {
  const games = counted.length;
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
  const byOutcome = new Map<string, { label: string; games: number }>();
  for (const g of counted) {
    const o = g.row.outcome!;
    const entry = byOutcome.get(o) ?? { label: g.row.outcomeLabel!, games: 0 };
    entry.games++;
    byOutcome.set(o, entry);
  }
  const order = [...OUTCOME_IDS, 'unfinished'];
  const distribution = order
    .filter((o) => byOutcome.has(o))
    .map((o) => ({ outcome: o as OutcomeShare['outcome'], label: byOutcome.get(o)!.label, games: byOutcome.get(o)!.games, share: share(byOutcome.get(o)!.games, games) }));

  const turning = new Map<string, { text: string; games: number }>();
  for (const g of counted) {
    for (const [k, text] of g.turningKeys) {
      const t = turning.get(k) ?? { text, games: 0 };
      t.games++;
      turning.set(k, t);
    }
  }
  // Shared means in at least two games; the most common first.
  const sharedTurningPoints = [...turning.entries()]
    .filter(([, t]) => t.games >= 2)
    .sort((a, b) => b[1].games - a[1].games || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([key, t]) => ({ key, text: t.text, games: t.games, share: share(t.games, games) }));

  const agreed = counted.filter((g) => AGREEMENTS.includes(g.row.outcome as OutcomeId));
  const others = counted.filter((g) => !AGREEMENTS.includes(g.row.outcome as OutcomeId));
  const actions = ACTIONS.map((a) => ({
    id: a.id,
    label: classroomWords().compareClass.actions[a.id],
    withAgreement: share(agreed.filter((g) => a.test(g.record)).length, agreed.length),
    withoutAgreement: share(others.filter((g) => a.test(g.record)).length, others.length),
    agreements: agreed.length,
    others: others.length,
  }));
  return {
    rows,
    games,
    bad: rows.filter((r) => r.status === 'bad').length,
    duplicates: rows.filter((r) => r.status === 'duplicate').length,
    distribution,
    sharedTurningPoints,
    actions,
  };
}
