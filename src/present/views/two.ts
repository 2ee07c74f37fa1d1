// The views still draw two delegations (left and right): their figures come from the model's
// per-delegation lists through this, so the one place to change when the screens take more is
// plain to find (docs/experiments/n-party-plan.md, stage 3).
export function pair(values: readonly number[]): [number, number] {
  return [values[0]!, values[1]!];
}
