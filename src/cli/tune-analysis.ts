// What `shuttle tune` makes of the tallies: the outcome spread per policy, the strongest policy,
// the fixed scripts that win, and each number's effect on the strongest policy, with the
// knife-edges and the numbers that changed nothing. Pure: tallies in, a report's parts out.
import { OUTCOME_IDS, type OutcomeId } from '../model/index.ts';
import type { SkipReason, TunableNumber } from '../scenario/index.ts';
import type { TournamentTally } from '../sim/index.ts';

/** The targets of "Delegations that negotiate" (issue 14). */
export const LIMITS = {
  /** The fixed text presented at every visit: at most this share of frameworks... */
  script: 10,
  /** ...a policy repeating one act: at most this... */
  repeat: 5,
  /** ...and either at most this fraction of the strongest policy's rate. */
  ofStrongest: 1 / 3,
  /** ±10% on one number moves the strongest policy's framework rate by at most this many points. */
  knifeEdge: 20,
} as const;

/** A share of games in percent, to one decimal (as the tables print it). */
export const percent = (n: number, of: number) => Math.round((1000 * n) / Math.max(1, of)) / 10;

export interface SpreadRow {
  policy: string;
  /** A built-in mediator, or a fixed script (not a mediator: the measure of a scenario's balance). */
  kind: 'policy' | 'script';
  games: number;
  /** Games per outcome. */
  outcomes: Record<OutcomeId, number>;
  /** Frameworks, in percent of the games. */
  framework: number;
}

export function spreadRow(policy: string, kind: SpreadRow['kind'], t: TournamentTally): SpreadRow {
  return { policy, kind, games: t.games, outcomes: { ...t.outcomes }, framework: percent(t.outcomes.framework, t.games) };
}

/** The policy with the most frameworks among these (the first of equals). */
export function strongestOf(rows: readonly SpreadRow[]): SpreadRow | null {
  return rows.reduce<SpreadRow | null>((best, r) => (!best || r.framework > best.framework ? r : best), null);
}

export interface ScriptFlag {
  policy: string;
  framework: number;
  /** The limit it passed, in percent: its own, or a third of the strongest policy's rate. */
  limit: number;
  against: 'own' | 'strongest';
}

/** The fixed scripts above their target: `script` over 10%, a `repeat:*` over 5%, or either over a third of the strongest policy. */
export function scriptsThatWin(rows: readonly SpreadRow[], strongest: number): ScriptFlag[] {
  const flags: ScriptFlag[] = [];
  for (const r of rows) {
    if (r.kind !== 'script') continue;
    const own = r.policy === 'script' ? LIMITS.script : LIMITS.repeat;
    const third = Math.round(10 * strongest * LIMITS.ofStrongest) / 10;
    if (r.framework > own) flags.push({ policy: r.policy, framework: r.framework, limit: own, against: 'own' });
    else if (r.framework > third) flags.push({ policy: r.policy, framework: r.framework, limit: third, against: 'strongest' });
  }
  return flags;
}

export interface Move {
  factor: number;
  /** The number's value in the variant. */
  value: number;
  framework: number;
  /** Against the scenario as it is, in points of framework rate. */
  change: number;
}

export interface SensitivityRow {
  /** The number's path as the validator names it. */
  number: string;
  value: number;
  /** ×0.9 and ×1.1; null where that way is at a bound. */
  down: Move | null;
  up: Move | null;
  /** The larger change either way, in points (its size). */
  effect: number;
  knifeEdge: boolean;
  /** Neither variant changed any game's outcome or agreement on these seeds. */
  noEffect: boolean;
}

/** Two tallies of the same games that agree on every outcome and every agreement's worth. */
function sameGames(a: TournamentTally, b: TournamentTally): boolean {
  return OUTCOME_IDS.every((id) => a.outcomes[id] === b.outcomes[id]) && a.utilitySum[0] === b.utilitySum[0] && a.utilitySum[1] === b.utilitySum[1] && a.nashSum === b.nashSum;
}

const round1 = (x: number) => Math.round(10 * x) / 10;

/** One row per number, the largest effect first (then in the file's order). */
export function sensitivityRows(numbers: readonly TunableNumber[], base: TournamentTally, variants: readonly [TournamentTally | null, TournamentTally | null][]): SensitivityRow[] {
  const baseRate = percent(base.outcomes.framework, base.games);
  const rows = numbers.map((n, i): SensitivityRow => {
    const moves = n.variants.map((v, k): Move | null => {
      const t = variants[i]![k];
      if (!v || !t) return null;
      const framework = percent(t.outcomes.framework, t.games);
      return { factor: v.factor, value: v.value, framework, change: round1(framework - baseRate) };
    });
    const effect = Math.max(...moves.map((m) => Math.abs(m?.change ?? 0)));
    const noEffect = variants[i]!.every((t) => !t || sameGames(t, base));
    return { number: n.name, value: n.value, down: moves[0]!, up: moves[1]!, effect, knifeEdge: effect > LIMITS.knifeEdge, noEffect };
  });
  return rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.effect - a.row.effect || a.i - b.i).map(({ row }) => row);
}

/** How many numbers were left alone, by reason. */
export function skippedCounts(skipped: readonly { reason: SkipReason }[]): Record<SkipReason, number> {
  const counts: Record<SkipReason, number> = { position: 0, zero: 0, scale: 0, unmoved: 0, invalid: 0 };
  for (const s of skipped) counts[s.reason]++;
  return counts;
}
