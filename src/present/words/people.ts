// Which delegations people play, in words for the HUD, the room and the teacher's setup.
import type { CompiledScenario, Settings } from '../../model/index.ts';

/** The delegations' names (as the scenario gives them) that people play, first side first. */
export function peopleNames(delegations: readonly { name: string }[], people: Settings['people']): string[] {
  return delegations.filter((_, i) => people[i as 0 | 1]).map((d) => `the ${d.name}`);
}

/** "Played by people: the A and the B." or null when the computer plays both. */
export function peopleLine(delegations: readonly { name: string }[], people: Settings['people']): string | null {
  const names = peopleNames(delegations, people);
  if (names.length === 0) return null;
  return `Played by ${names.length === 1 ? 'a person' : 'people'}: ${names.join(' and ')}.`;
}

export function peopleLineOf(c: CompiledScenario, people: Settings['people']): string | null {
  return peopleLine(c.scenario.delegations, people);
}
