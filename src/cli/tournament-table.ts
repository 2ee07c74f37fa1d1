// The tournament's result as a table for people: outcome shares per policy, the refused and
// malformed moves, what the agreements were worth, and how fast the games ran.
import { OUTCOME_IDS } from '../model/index.ts';
import type { TournamentReport } from '../sim/index.ts';

export interface TableContext {
  /** The delegations' short names, first then second. */
  sides: [string, string];
  seconds: number;
  /** Threads that played (this one and the workers). */
  threads: number;
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const figure = (x: number | null) => (x === null ? '-' : x.toFixed(3));

export function formatTable(report: TournamentReport, ctx: TableContext): string {
  const { first, count } = report.seeds;
  const nameWidth = Math.max(8, ...report.policies.map((p) => p.policy.length + 2));
  const columns: [string, number][] = [
    ...OUTCOME_IDS.map((id): [string, number] => [id, 10]),
    ['refused', 9],
    ['malformed', 10],
    ['capped', 8],
    ['utility', 15],
    ['to Nash', 9],
    ['games/s', 9],
  ];
  const row = (name: string, cells: string[]) => name.padEnd(nameWidth) + cells.map((cell, i) => cell.padStart(columns[i]![1])).join('');
  const lines = [
    `Tournament on ${report.scenario.id} (hash ${report.scenario.hash}): ${count} games per policy, seeds ${first}..${first + count - 1}`,
    '',
    row('policy', columns.map(([title]) => title)),
  ];
  for (const p of report.policies) {
    const utility = p.meanUtility ? `${figure(p.meanUtility[0])} / ${figure(p.meanUtility[1])}` : '-';
    const cells = [...OUTCOME_IDS.map((id) => percent(p.outcomes[id], p.games)), String(p.refused), String(p.malformed), String(p.capped), utility, figure(p.nashDistance), String(p.gamesPerSecond)];
    lines.push(row(p.policy, cells));
  }
  const total = count * report.policies.length;
  lines.push(
    '',
    `utility: mean utility of the agreed texts (framework or interim) for ${ctx.sides[0]} / ${ctx.sides[1]}; to Nash: their mean distance to the Nash bargaining point.`,
    `refused: moves not allowed when sent; malformed: answers that were not an event, or a throw; capped: games in which the policy used up its moves.`,
    `${total} games in ${ctx.seconds.toFixed(2)} s on ${ctx.threads} ${ctx.threads === 1 ? 'thread' : 'threads'}: ${Math.round(total / Math.max(1e-9, ctx.seconds))} games/s`,
  );
  return lines.join('\n');
}
