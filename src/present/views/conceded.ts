// How far each delegation has moved, for any number of delegations, from what the mediator knows:
// the public openings and the positions stated since (an issue not heard yet counts at its
// opening). On each issue the span is the option steps between the furthest-apart openings; a
// delegation's share is the steps it has moved from its own opening (within that span) over the
// spans summed. With two delegations this is the gap bars' figure (concessions.ts).
import type { MediatorState } from '../../machine/index.ts';
import { itemAt, type CompiledScenario } from '../../model/index.ts';

/** Each delegation's share of the openings' spread it has moved, in per cent (one decimal). */
export function concededShares(c: CompiledScenario, state: Pick<MediatorState, 'sides'>): number[] {
  let steps = 0;
  const moved = c.sideIndices.map(() => 0);
  for (let i = 0; i < c.issueIds.length; i++) {
    const openings = c.sideIndices.map((s) => itemAt(c.sides[s].opening, i) ?? 0);
    const low = Math.min(...openings);
    const high = Math.max(...openings);
    if (high === low) continue;
    steps += high - low;
    for (const s of c.sideIndices) {
      const at = Math.min(high, Math.max(low, itemAt(state.sides[s]!.heard, i) ?? openings[s]!));
      moved[s]! += Math.abs(at - openings[s]!);
    }
  }
  return moved.map((m) => (steps === 0 ? 0 : Math.round((m / steps) * 1000) / 10));
}
