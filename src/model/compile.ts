// A scenario turned into arrays the rules can use without lookups by name. Built once per
// scenario and shared by every game on it (the batch simulator runs thousands).
import { concessionDirection, type Scenario } from '../scenario/index.ts';
import { optionAt, packageOf, type Package } from './package.ts';
import type { Link, SideIndex } from './types.ts';

/** A delegation as the scenario publishes it: its priors (each game draws the truth around them). */
export interface CompiledSide {
  id: string;
  weights: number[];
  /** values[issue][option] */
  values: number[][];
  /** redLine[issue][option] */
  redLine: boolean[][];
  opening: Package;
  /** Linked issues (absent when the side has none). */
  links?: readonly Link[];
  /**
   * The index step that is a concession, per issue: away from the end of the option list this
   * side values more (+1 when it prefers the first option). Read from its values, not from its
   * place in the list of delegations.
   */
  directions: readonly (1 | -1)[];
  /** Issue indices from most to least important. */
  byWeight: number[];
  best: number;
}

export interface CompiledScenario {
  scenario: Scenario;
  issueIds: string[];
  optionIds: string[][];
  optionCount: number[];
  core: boolean[];
  scopeIssues: number[];
  coreIssues: number[];
  parallel: (number | null)[];
  initialDraft: Package;
  /** One per delegation, in the scenario's order (two today; the rules below do not assume it). */
  sides: CompiledSide[];
  /** Every delegation's index, in order: what rules loop over instead of a fixed pair. */
  sideIndices: readonly SideIndex[];
  /** The delegations whose yes makes an agreement (the scenario's `signers`; every one when it names none), in order. */
  signers: readonly SideIndex[];
  totalHours: number;
  /** Hours in all rounds before round r. */
  hoursBefore: number[];
  topRung: number;
  /** The delegation that decides at the deadline whether no deal is better (escalation.strikeBy). */
  striker: SideIndex;
  /** Mean distance between the openings, over every pair of delegations (0-1): progress measures how much of it is closed. */
  initialGap: number;
  /** dialogue line indices by `${side}:${situation}:${day}` (day: first or later; see dialogue.ts) */
  lines: Map<string, number[]>;
}

const cache = new WeakMap<Scenario, CompiledScenario>();

/** A side's linked issues as indices (the validator has checked every id). */
function compileLinks(scenario: Scenario, s: SideIndex): Link[] {
  const issueAt = (id: string) => scenario.issues.findIndex((i) => i.id === id);
  return (scenario.delegations[s]!.links ?? []).map((l) => {
    const when = issueAt(l.if.issue);
    const issue = issueAt(l.then.issue);
    const options = scenario.issues[issue]!.options;
    return { when: [when, scenario.issues[when]!.options.findIndex((o) => o.id === l.if.option)] as const, issue, delta: options.map((o) => l.then.values[o.id] ?? 0) };
  });
}

export function compile(scenario: Scenario): CompiledScenario {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const issueIds = scenario.issues.map((i) => i.id);
  const optionIds = scenario.issues.map((i) => i.options.map((o) => o.id));
  const side = (index: SideIndex): CompiledSide => {
    const d = scenario.delegations[index]!;
    const weights = issueIds.map((id) => d.weights[id] ?? 0);
    const values = scenario.issues.map((issue) => issue.options.map((o) => d.values[issue.id]?.[o.id] ?? 0));
    const redLine = scenario.issues.map((issue) => issue.options.map((o) => (d.redLines[issue.id] ?? []).includes(o.id)));
    const opening = packageOf(scenario.issues.map((issue) => Math.max(0, issue.options.findIndex((o) => o.id === d.opening[issue.id]))));
    const byWeight = issueIds.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
    const best = values.reduce((sum, v, i) => sum + weights[i]! * Math.max(...v), 0);
    const links = compileLinks(scenario, index);
    return { id: d.id, weights, values, redLine, opening, ...(links.length ? { links } : {}), directions: values.map((v) => concessionDirection(v, index)), byWeight, best };
  };
  const hoursBefore: number[] = [];
  let total = 0;
  for (const r of scenario.rounds) {
    hoursBefore.push(total);
    total += r.hours;
  }
  const lines = new Map<string, number[]>();
  scenario.dialogue.forEach((line, i) => {
    const side = scenario.delegations.findIndex((d) => d.id === line.delegation);
    // A line for any day is in both lists; one for the first or a later day, in its own.
    for (const day of ['first', 'later'] as const) {
      if (line.days !== 'any' && line.days !== day) continue;
      const key = `${side}:${line.situation}:${day}`;
      const list = lines.get(key) ?? [];
      list.push(i);
      lines.set(key, list);
    }
  });
  const compiled: CompiledScenario = {
    scenario,
    issueIds,
    optionIds,
    optionCount: optionIds.map((o) => o.length),
    core: scenario.issues.map((i) => i.core),
    scopeIssues: scenario.issues.flatMap((i, k) => (i.scope ? [k] : [])),
    coreIssues: scenario.issues.flatMap((i, k) => (i.core ? [k] : [])),
    parallel: scenario.issues.map((i) => (i.parallel === undefined ? null : i.options.findIndex((o) => o.id === i.parallel))),
    initialDraft: packageOf(scenario.issues.map((i) => (i.initial === undefined ? null : i.options.findIndex((o) => o.id === i.initial)))),
    sides: scenario.delegations.map((_, i) => side(i)),
    sideIndices: scenario.delegations.map((_, i) => i),
    signers: scenario.delegations.flatMap((d, i) => (scenario.signers === undefined || scenario.signers.includes(d.id) ? [i] : [])),
    totalHours: total,
    hoursBefore,
    topRung: scenario.escalation.rungs.length - 1,
    striker: strikerOf(scenario),
    initialGap: 0,
    lines,
  };
  compiled.initialGap = positionsGap(compiled, compiled.sides.map((d) => d.opening));
  cache.set(scenario, compiled);
  return compiled;
}

/** The delegation named by escalation.strikeBy (the first when none is named; the validator checks the id). */
function strikerOf(scenario: Scenario): SideIndex {
  const i = scenario.delegations.findIndex((d) => d.id === scenario.escalation.strikeBy);
  return i < 0 ? 0 : i;
}

export function issueIndex(c: CompiledScenario, id: string): number {
  return c.issueIds.indexOf(id);
}

export function sideIndex(c: CompiledScenario, id: string): SideIndex | -1 {
  const i = c.scenario.delegations.findIndex((d) => d.id === id);
  return i;
}

/**
 * The counterpart in an exchange between two delegations. Only where a rule still pairs the two
 * (a message's addressee, a trade's parties, each side's model of the other): see
 * docs/experiments/n-party-plan.md for how those become named.
 */
export function other(side: SideIndex): SideIndex {
  return side === 0 ? 1 : 0;
}

/** Mean distance between two positions, each issue scaled to 0-1. */
export function positionGap(c: CompiledScenario, a: Package, b: Package): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(optionAt(a, i) - optionAt(b, i)) / Math.max(1, c.optionCount[i]! - 1);
  return sum / Math.max(1, a.length);
}

/** Mean distance between every pair of positions (for two, the distance between them). */
export function positionsGap(c: CompiledScenario, positions: readonly Package[]): number {
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < positions.length; a++) {
    for (let b = a + 1; b < positions.length; b++) {
      sum += positionGap(c, positions[a]!, positions[b]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}
