// The agenda at home, as the hall shows it: the stretch of the tug-of-war that every side whose
// critics attack the agenda can sell at home (the overlap of their tolerances), and which sides
// cannot sell the scope where it stands. Tolerances are published in the scenario, not hidden.
import type { CompiledScenario, SideIndex } from '../../model/index.ts';

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
