// Values that rise on the way from a delegation's preferred end of an option list to the other.
// The end each delegation prefers is read from its values (concession-direction.ts): a concession
// is one step away from it, and what it costs is the value lost on the way (model/reciprocity.ts
// `stepCost`). A value that rises along that way turns a concession into a gain and makes it free,
// and nothing else would say so.
import type { Issue, Scenario } from './schema.ts';
import { type CheckProblem } from './check-problem.ts';
import { concessionDirection } from './concession-direction.ts';

export type OrderProblem = CheckProblem;

/** An option and its value, as a message names it: "civil (0.7)". */
const named = (issue: Issue, values: readonly number[], k: number) => `${issue.options[k]!.id} (${values[k]})`;

/** The first step, walking away from the side's preferred end, where its value rises; null if none. */
function firstRise(values: readonly number[], direction: 1 | -1): [number, number] | null {
  const order = values.map((_, k) => k);
  if (direction < 0) order.reverse();
  for (let k = 0; k + 1 < order.length; k++) {
    if (values[order[k + 1]!]! > values[order[k]!]! + 1e-9) return [order[k]!, order[k + 1]!];
  }
  return null;
}

export function checkValueOrder(s: Scenario): OrderProblem[] {
  const problems: OrderProblem[] = [];
  s.issues.forEach((issue) => {
    s.delegations.forEach((d, di) => {
      const values = issue.options.map((o) => d.values[issue.id]?.[o.id] ?? Number.NaN);
      // Missing values are reported elsewhere (check.ts): judge only complete lists.
      if (values.some(Number.isNaN)) return;
      const direction = concessionDirection(values, di);
      const rise = firstRise(values, direction);
      if (!rise) return;
      const own = direction > 0 ? issue.options[0]! : issue.options[issue.options.length - 1]!;
      const [from, to] = rise;
      problems.push({
        path: ['delegations', di, 'values', issue.id],
        message: `rise on the way from ${d.id}'s preferred end (${own.id}) to the other: the step from ${named(issue, values, from)} to ${named(issue, values, to)} raises the value, but a concession is a step away from the end a delegation prefers, so its values must fall (or stay level) along the list; as written, that concession would be a gain`,
      });
    });
  });
  return problems;
}
