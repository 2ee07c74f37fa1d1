// `shuttle tune`'s report for people: the outcome spread, the scripts that win, the numbers the
// strongest policy is most sensitive to, the knife-edges, and how to measure more precisely.
import { OUTCOME_IDS } from '../model/index.ts';
import { cliWords } from '../present/index.ts';
import { LIMITS, skippedCounts, type SensitivityRow, type SpreadRow } from './tune-analysis.ts';
import type { TuneReport } from './tune-report.ts';

/** Rows of the sensitivity table shown; the rest (smaller effects) are in --json. */
const SHOWN = 25;
/** Names of numbers listed inline before "…". */
const EXAMPLES = 6;

export interface TableExtras {
  plannerSecondsPerGame: number | null;
  /** Variants the sensitivity played (the scenario as it is counts as one). */
  sensitivityRuns: number;
}

function spreadLines(report: TuneReport, kind: SpreadRow['kind']): string[] {
  const w = cliWords().tune;
  const rows = report.policies.filter((r) => r.kind === kind);
  const width = Math.max(14, ...report.policies.map((r) => r.policy.length + 8));
  const name = (r: SpreadRow) => r.policy + (r.games === report.seeds.games ? '' : w.onFewer(r.games));
  const head = w.policy.padEnd(width) + OUTCOME_IDS.map((id) => id.padStart(11)).join('');
  return [head, ...rows.map((r) => name(r).padEnd(width) + OUTCOME_IDS.map((id) => w.share((100 * r.outcomes[id]) / Math.max(1, r.games)).padStart(11)).join(''))];
}

function sensitivityLines(report: TuneReport): string[] {
  const w = cliWords().tune;
  const s = report.sensitivity;
  const shown = s.rows.filter((r, i) => i < SHOWN || r.knifeEdge);
  const width = Math.max(30, ...shown.map((r) => r.number.length + 2));
  const cell = (m: SensitivityRow['down']) => (m ? w.points(m.change) : w.atBound).padStart(9);
  const lines = [
    w.sensitivityHead({ policy: s.policy, chosen: s.chosen, rate: report.policies.find((p) => p.policy === s.policy)?.framework ?? s.framework, games: s.games, first: report.seeds.first, base: s.framework, only: s.only }),
    w.columns.number.padEnd(width) + w.columns.value.padStart(10) + w.columns.down.padStart(9) + w.columns.up.padStart(9),
    ...shown.map((r) => r.number.padEnd(width) + String(r.value).padStart(10) + cell(r.down) + cell(r.up) + (r.knifeEdge ? w.knifeMark : r.noEffect ? w.noEffectMark : '')),
  ];
  const rest = s.rows.slice(shown.length);
  if (rest.length) lines.push(w.more({ shown: shown.length, rest: rest.length, largest: rest[0]!.effect }));
  return lines;
}

export function formatTuneTable(report: TuneReport, extras: TableExtras): string {
  const w = cliWords().tune;
  const { seeds, flags, strongest, sensitivity } = report;
  const lines = [w.title({ scenario: report.scenario.id, hash: report.scenario.hash, games: seeds.games, first: seeds.first, plannerGames: seeds.plannerGames }), ''];
  lines.push(w.spreadHead, ...spreadLines(report, 'policy'), '', w.scriptsHead, ...spreadLines(report, 'script'), '');
  if (flags.scriptsThatWin.length) {
    lines.push(w.scriptsWin(flags.scriptsThatWin.length), ...flags.scriptsThatWin.map((f) => w.scriptWins({ policy: f.policy, rate: f.framework, limit: f.limit, against: f.against, strongest: strongest.policy })));
  } else lines.push(w.scriptsOk({ strongest: strongest.policy, rate: strongest.framework }));
  lines.push('', ...sensitivityLines(report), '');
  lines.push(flags.knifeEdges.length ? w.knifeSome({ policy: sensitivity.policy, limit: LIMITS.knifeEdge, names: flags.knifeEdges }) : w.knifeNone({ policy: sensitivity.policy, limit: LIMITS.knifeEdge }));
  lines.push(w.noEffect({ count: flags.noEffect.length, of: sensitivity.rows.length, games: sensitivity.games, examples: flags.noEffect.slice(0, EXAMPLES) }));
  const unmovedNames = report.skipped.filter((x) => x.reason === 'unmoved').map((x) => x.number);
  lines.push(w.skipped({ ...skippedCounts(report.skipped), unmovedNames: unmovedNames.slice(0, EXAMPLES) }));
  if (sensitivity.policy !== 'planner' && extras.plannerSecondsPerGame !== null && strongest.policy === 'planner') {
    const minutes = (extras.plannerSecondsPerGame * extras.sensitivityRuns * sensitivity.games) / report.threads / 60;
    lines.push(w.plannerStronger({ planner: strongest.framework, policy: sensitivity.policy, minutes: Math.max(1, minutes) }));
  }
  const games = Math.max(1000, seeds.games * 5);
  lines.push(w.precise({ games, sensitivity: Math.round(games / 5), minutes: Math.max(1, (report.seconds * games) / seeds.games / 60) }));
  lines.push(w.total({ games: report.games, seconds: report.seconds, threads: report.threads }));
  return lines.join('\n');
}
