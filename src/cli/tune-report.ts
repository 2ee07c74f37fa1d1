// The result of `shuttle tune` as one JSON-ready object: what --json prints and the table is
// drawn from. Only `seconds` and `threads` differ between two runs with the same arguments.
import type { LoadedScenario, SkipReason } from '../scenario/index.ts';
import { LIMITS, percent, scriptsThatWin, sensitivityRows, strongestOf, type ScriptFlag, type SensitivityRow, type SpreadRow } from './tune-analysis.ts';
import type { TuneMeasure, TuneOptions } from './tune-run.ts';

export interface TuneReport {
  scenario: { id: string; hash: string };
  seeds: { first: number; games: number; plannerGames: number; sensitivityGames: number };
  /** Every built-in policy, then every fixed script. */
  policies: SpreadRow[];
  /** The built-in policy with the most frameworks (the planner included): the scripts' yardstick. */
  strongest: { policy: string; framework: number };
  sensitivity: {
    policy: string;
    chosen: 'strongest' | 'given';
    games: number;
    /** --only: the numbers measured were those whose name starts so (null: every number). */
    only: string | null;
    /** The policy's framework rate on these seeds, the scenario as it is. */
    framework: number;
    rows: SensitivityRow[];
  };
  skipped: { number: string; value: number; reason: SkipReason; problem?: string }[];
  flags: { scriptsThatWin: ScriptFlag[]; knifeEdges: string[]; noEffect: string[] };
  limits: typeof LIMITS;
  games: number;
  seconds: number;
  threads: number;
}

export function tuneReport(loaded: LoadedScenario, o: TuneOptions, m: TuneMeasure, seconds: number): TuneReport {
  const strongest = strongestOf(m.spread.filter((r) => r.kind === 'policy'))!;
  const rows = sensitivityRows(m.plan.numbers, m.base, m.variants);
  return {
    scenario: { id: loaded.scenario.id, hash: loaded.hash },
    seeds: { first: o.first, games: o.games, plannerGames: o.plannerGames, sensitivityGames: o.sensitivityGames },
    policies: m.spread,
    strongest: { policy: strongest.policy, framework: strongest.framework },
    sensitivity: { ...m.measured, games: o.sensitivityGames, only: o.only ?? null, framework: percent(m.base.outcomes.framework, m.base.games), rows },
    skipped: m.plan.skipped.map((s) => ({ number: s.name, value: s.value, reason: s.reason, ...(s.problem ? { problem: s.problem } : {}) })),
    flags: {
      scriptsThatWin: scriptsThatWin(m.spread, strongest.framework),
      knifeEdges: rows.filter((r) => r.knifeEdge).map((r) => r.number),
      noEffect: rows.filter((r) => r.noEffect).map((r) => r.number),
    },
    limits: LIMITS,
    games: m.games,
    seconds: Math.round(seconds * 10) / 10,
    threads: m.threads,
  };
}
