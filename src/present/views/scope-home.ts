// The agenda at home, as the hall shows it: the stretch of the tug-of-war that every side whose
// critics attack the agenda can sell at home (the overlap of their tolerances), and which sides
// cannot sell the scope where it stands. Tolerances are published in the scenario, not hidden.
import { itemAt, type CompiledScenario, type Package, type SideIndex } from '../../model/index.ts';

export interface ScopeHome {
  /** The stretch of scope (0 to 100) all of them can sell, or null when they share none. */
  zone: { min: number; max: number } | null;
  /** The sides whose critics attack the scope where it stands. */
  outside: SideIndex[];
}

/** Null when no side's home judges the agenda (the scenario turns the rule off). */
export function scopeHome(c: CompiledScenario, scope: number): ScopeHome | null {
  const judged = c.sideIndices.filter((s) => c.scenario.delegations[s]!.hardliners.perDayOutsideScope > 0);
  if (judged.length === 0) return null;
  const tolerance = (s: SideIndex) => c.scenario.delegations[s]!.patience.scopeTolerance;
  const min = Math.max(...judged.map((s) => tolerance(s).min));
  const max = Math.min(...judged.map((s) => tolerance(s).max));
  return { zone: min <= max ? { min, max } : null, outside: judged.filter((s) => scope < tolerance(s).min || scope > tolerance(s).max) };
}

/** Where the text puts the wider (scope) issues: how many are in the deal, on a parallel track, or kept out of it. */
export interface ScopeParts {
  inside: number;
  parallel: number;
  out: number;
}

/**
 * The wider issues by where the text puts them. The scope meter is their average (0 to 100), so
 * two texts can share a reading ("33 of 100") that these parts tell apart: every issue left to
 * later talks, or one on a parallel track and two kept out.
 */
export function scopeParts(c: CompiledScenario, draft: Package): ScopeParts {
  const parts: ScopeParts = { inside: 0, parallel: 0, out: 0 };
  for (const i of c.scopeIssues) {
    const option = itemAt(draft, i);
    if (option === 0) parts.inside++;
    else if (option !== null && option === c.parallel[i]) parts.parallel++;
    else parts.out++;
  }
  return parts;
}
