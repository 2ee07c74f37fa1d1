// Which delegations people play, in words for the HUD, the room and the teacher's setup.
import type { Settings } from '../../model/index.ts';
import { messages } from '../catalogue/index.ts';

/** "Played by people: the A and the B." or null when the computer plays both. */
export function peopleLine(delegations: readonly { name: string }[], people: Settings['people']): string | null {
  const names = delegations.filter((_, i) => people[i]).map((d) => d.name);
  return names.length === 0 ? null : messages().playedBy(names);
}
