// Values that run against the option order. The engine reads every option list (scope issues too)
// as running from the first delegation's preferred end to the second's: a concession is one step
// toward the other end, and what it costs is the value lost on the way (model/compile.ts
// `direction`, model/reciprocity.ts `stepCost`). Values that rise along that step turn a
// concession into a gain and make it free, and nothing else would say so.
import type { Issue, Scenario } from './schema.ts';
import { type CheckProblem } from './check-problem.ts';

export type OrderProblem = CheckProblem;

type Ends = 'first' | 'second';

/** An option and its value, as a message names it: "civil (0.7)". */
const named = (issue: Issue, values: readonly number[], k: number) => `${issue.options[k]!.id} (${values[k]})`;

/** The first step, walking away from this delegation's own end, where its value rises; null if none. */
function firstRise(values: readonly number[], own: Ends): [number, number] | null {
  const order = values.map((_, k) => k);
  if (own === 'second') order.reverse();
  for (let k = 0; k + 1 < order.length; k++) {
    if (values[order[k + 1]!]! > values[order[k]!]! + 1e-9) return [order[k]!, order[k + 1]!];
  }
  return null;
}

/** Its best option is at the other delegation's end and its worst at its own: the list is the wrong way round for it. */
function reversed(values: readonly number[], own: Ends): boolean {
  const ownEnd = own === 'first' ? values[0]! : values[values.length - 1]!;
  const otherEnd = own === 'first' ? values[values.length - 1]! : values[0]!;
  return otherEnd === Math.max(...values) && ownEnd === Math.min(...values) && otherEnd > ownEnd;
}

export function checkValueOrder(s: Scenario): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const [first, second] = s.delegations;
  if (!first || !second) return problems;
  const order = 'the options run from the first delegation\'s preferred end to the second\'s';
  s.issues.forEach((issue, i) => {
    const valuesOf = (d: typeof first) => issue.options.map((o) => d.values[issue.id]?.[o.id] ?? Number.NaN);
    const a = valuesOf(first);
    const b = valuesOf(second);
    // Missing values are reported elsewhere (check.ts): judge only complete lists.
    if ([...a, ...b].some(Number.isNaN)) return;
    const scope = issue.scope ? ' (a scope issue runs from widest to narrowest: the first delegation is the one that wants it inside the deal)' : '';
    // Both the wrong way round: the list itself is in the second delegation's order.
    if (reversed(a, 'first') && reversed(b, 'second')) {
      problems.push({
        path: ['issues', i, 'options'],
        message: `run the wrong way: ${first.id} values the last option (${issue.options[issue.options.length - 1]!.id}) most and ${second.id} the first (${issue.options[0]!.id}), but ${order}${scope}; reverse the list (as written, every concession would be a gain)`,
      });
      return;
    }
    ([[first, a, 'first'], [second, b, 'second']] as const).forEach(([d, values, own], di) => {
      const rise = firstRise(values, own);
      if (!rise) return;
      const path = ['delegations', di, 'values', issue.id];
      const must = own === 'first' ? 'fall from the first option to the last' : 'rise from the first option to the last';
      const whose = `the ${own} delegation (${d.id})`;
      if (reversed(values, own)) {
        const best = own === 'first' ? issue.options.length - 1 : 0;
        const worst = own === 'first' ? 0 : issue.options.length - 1;
        problems.push({
          path,
          message: `run the wrong way: ${whose} values ${named(issue, values, best)} most and ${named(issue, values, worst)} least, but ${order}${scope}, so its values must ${must}; as written, every concession would be a gain`,
        });
        return;
      }
      const [from, to] = rise;
      problems.push({
        path,
        message: `run against the option order: the step from ${named(issue, values, from)} to ${named(issue, values, to)}, toward the other delegation's end, raises the value, but ${order}${scope}, so the values of ${whose} must ${must} (or stay level); as written, that concession would be a gain`,
      });
    });
  });
  return problems;
}
