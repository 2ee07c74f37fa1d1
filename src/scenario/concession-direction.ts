// Which way a concession runs on an issue, for one delegation: away from the end of the option
// list it values more. It is read from the delegation's values, not from its place in the list of
// delegations, so any delegation may prefer either end of any list.

/** +1 when the side values the first option more than the last (a concession steps toward the last), else -1; with both ends level, +1 for the first delegation and -1 for the others. */
export function concessionDirection(values: readonly number[], delegationIndex: number): 1 | -1 {
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  if (first !== last) return first > last ? 1 : -1;
  return delegationIndex === 0 ? 1 : -1;
}
