// The tournament's result as a table for people: outcome shares per policy, the refused and
// malformed moves, what the agreements were worth, and how fast the games ran.
import { OUTCOME_IDS } from '../model/index.ts';
import { cliWords } from '../present/index.ts';
import type { TournamentReport } from '../sim/index.ts';

export interface TableContext {
  /** The delegations' short names, in order. */
  sides: readonly string[];
  seconds: number;
  /** Threads that played (this one and the workers). */
  threads: number;
}

export function formatTable(report: TournamentReport, ctx: TableContext): string {
  const w = cliWords().tournament;
  const { first, count } = report.seeds;
  const nameWidth = Math.max(8, ...report.policies.map((p) => p.policy.length + 2));
  // The outcome columns are headed by their ids: the fields of --json.
  const columns: [string, number][] = [
    ...OUTCOME_IDS.map((id): [string, number] => [id, 10]),
    [w.columns.refused, 9],
    [w.columns.malformed, 10],
    [w.columns.capped, 8],
    // One figure per delegation ("0.711 / 0.596"): wider with more delegations.
    [w.columns.utility, 8 * Math.max(2, ...report.policies.map((p) => p.meanUtility?.length ?? 2)) - 1],
    [w.columns.toNash, 9],
    [w.columns.perSecond, 9],
  ];
  const row = (name: string, cells: string[]) => name.padEnd(nameWidth) + cells.map((cell, i) => cell.padStart(columns[i]![1])).join('');
  const lines = [w.title({ scenario: report.scenario.id, hash: report.scenario.hash, games: count, first, last: first + count - 1 }), '', row(w.columns.policy, columns.map(([title]) => title))];
  for (const p of report.policies) {
    const utility = p.meanUtility ? w.pair(p.meanUtility.map((u) => w.figure(u))) : w.none;
    const cells = [...OUTCOME_IDS.map((id) => w.share(p.outcomes[id], p.games)), String(p.refused), String(p.malformed), String(p.capped), utility, w.figure(p.nashDistance), String(p.gamesPerSecond)];
    lines.push(row(p.policy, cells));
  }
  const total = count * report.policies.length;
  lines.push('', ...w.legend(ctx.sides), w.total({ games: total, seconds: ctx.seconds, threads: ctx.threads, perSecond: Math.round(total / Math.max(1e-9, ctx.seconds)) }));
  return lines.join('\n');
}
