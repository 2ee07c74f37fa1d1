// The numbers of a scenario the tuning tool moves by ±10%, each with its two variants, and the
// ones it leaves alone, with the reason. A variant stays a valid file: a whole number is rounded,
// a number is kept within its bounds, and a weight moved takes the same share from the other
// weights of its delegation (they must sum to 1). A number ±10% cannot move (zero, a small whole
// number, a bound both ways) is listed, not measured, and so is the best option's value of 1
// (moving it would rescale the issue rather than change a preference).
import { checkScenario } from './check.ts';
import { numberRule, type NumberRule } from './number-rules.ts';
import { numberLeaves, setNumbers, type NumberChange, type NumberPath } from './numbers.ts';
import { formatPath, formatProblem } from './path.ts';
import type { Scenario } from './schema.ts';

/** The two factors every number is moved by. */
export const TUNE_FACTORS = [0.9, 1.1] as const;

export type SkipReason =
  /** A position, not an amount: a rung of the ladder, the round an event follows, the format's version. */
  | 'position'
  /** Zero times anything is zero. */
  | 'zero'
  /** An option's value of 1: the top of its issue's scale (the best option is 1, the worst 0). */
  | 'scale'
  /** A whole number that ±10% rounds back to itself (or a number at a bound both ways). */
  | 'unmoved'
  /** Moved, the file no longer validates (another field depends on it); the message says why. */
  | 'invalid';

export interface Variant {
  factor: number;
  /** The number's value in the variant (after rounding and bounds). */
  value: number;
  /** Every number the variant sets: the one moved, and for a weight the others of its delegation. */
  changes: NumberChange[];
}

export interface TunableNumber {
  path: NumberPath;
  /** As the validator names it: `delegations[1].reservation.initial`. */
  name: string;
  value: number;
  /** ×0.9 then ×1.1; null where that direction cannot move it (a bound). */
  variants: [Variant | null, Variant | null];
}

export interface SkippedNumber {
  path: NumberPath;
  name: string;
  value: number;
  reason: SkipReason;
  /** For `invalid`: the validator's first complaint. */
  problem?: string;
}

export interface TuningPlan {
  numbers: TunableNumber[];
  skipped: SkippedNumber[];
}

/** Fields that hold a position on a scale, where "10% more" has no meaning. */
const POSITIONS = new Set(['formatVersion', 'minRung', 'maxRung', 'fromRung', 'strikeRung', 'afterRound']);
const isPosition = (path: NumberPath) => POSITIONS.has(String(path.at(-1))) || (path[0] === 'escalation' && path[1] === 'start');

const isWeight = (path: NumberPath) => path.length === 4 && path[0] === 'delegations' && path[2] === 'weights';
const isOptionValue = (path: NumberPath) => path.length === 5 && path[0] === 'delegations' && path[2] === 'values';

/** The value ×factor as the format allows it: rounded if whole, kept within the bounds. */
function moved(value: number, factor: number, rule: NumberRule | null): number | null {
  let to = value * factor;
  if (rule?.whole) to = Math.round(to);
  if (rule) {
    if (to < rule.min || (rule.minExcluded && to === rule.min)) to = rule.minExcluded ? value : rule.min;
    if (to > rule.max || (rule.maxExcluded && to === rule.max)) to = rule.maxExcluded ? value : rule.max;
  }
  return to === value ? null : to;
}

/** A delegation's weight moved, the others scaled to leave the sum at 1. */
function weightChanges(scenario: Scenario, path: NumberPath, to: number): NumberChange[] {
  const side = path[1] as number;
  const weights = scenario.delegations[side]!.weights;
  const from = weights[path[3] as string]!;
  const rest = 1 - from;
  const scale = rest > 0 ? (1 - to) / rest : 0;
  return Object.entries(weights).map(([id, w]) => ({ path: ['delegations', side, 'weights', id], value: id === path[3] ? to : w * scale }));
}

export function tuningPlan(scenario: Scenario): TuningPlan {
  const numbers: TunableNumber[] = [];
  const skipped: SkippedNumber[] = [];
  const work = structuredClone(scenario);
  for (const { path, value } of numberLeaves(scenario)) {
    const name = formatPath(path);
    const skip = (reason: SkipReason, problem?: string) => skipped.push({ path, name, value, reason, ...(problem ? { problem } : {}) });
    if (isPosition(path)) skip('position');
    else if (value === 0) skip('zero');
    else if (value === 1 && isOptionValue(path)) skip('scale');
    else {
      const rule = numberRule(path);
      let problem: string | undefined;
      const variants = TUNE_FACTORS.map((factor): Variant | null => {
        const to = moved(value, factor, rule);
        if (to === null) return null;
        // A weight of 1 leaves nothing for the others to give up.
        if (isWeight(path) && value >= 1) return null;
        const changes = isWeight(path) ? weightChanges(scenario, path, to) : [{ path, value: to }];
        // The schema's own bounds hold by construction; the checks across fields are run on a
        // working copy changed and changed back (a copy per variant took seconds).
        const undo = setNumbers(work, changes);
        const problems = checkScenario(work);
        setNumbers(work, undo);
        if (problems.length) {
          problem ??= formatProblem(problems[0]!);
          return null;
        }
        return { factor, value: to, changes };
      }) as [Variant | null, Variant | null];
      if (variants[0] || variants[1]) numbers.push({ path, name, value, variants });
      else skip(problem ? 'invalid' : 'unmoved', problem);
    }
  }
  return { numbers, skipped };
}
