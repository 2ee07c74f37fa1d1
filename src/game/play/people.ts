// Who plays each delegation: one entry per delegation of the scenario, whatever a class code or a
// setup held (a short code holds two; an entry left out is the computer).
export function peopleFor(delegations: number, people: readonly boolean[]): boolean[] {
  return Array.from({ length: delegations }, (_, i) => people[i] === true);
}
