// How far each delegation has moved, for any number of delegations, from what the mediator knows:
// the public openings and the positions stated since (an issue not heard yet counts at its
// opening). On each issue the span is the option steps between the furthest-apart openings; a
// delegation's share is the steps it has moved from its own opening (within that span) over the
// spans summed. With two delegations the span is the gap between their openings, and the shares
// are where the gap bars end (concessions.ts).
import type { MediatorState } from '../../machine/index.ts';
import { itemAt, type CompiledScenario } from '../../model/index.ts';

/** Each delegation's share (0 to 1) of the openings' spread it has moved. */
export function movedShares(c: CompiledScenario, state: Pick<MediatorState, 'sides'>): number[] {
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
  return moved.map((m) => (steps === 0 ? 0 : m / steps));
}

/** A share in per cent, to one decimal. */
export const sharePercent = (share: number): number => Math.round(share * 1000) / 10;

/** Each delegation's share of the openings' spread it has moved, in per cent (one decimal). */
export function concededShares(c: CompiledScenario, state: Pick<MediatorState, 'sides'>): number[] {
  return movedShares(c, state).map(sharePercent);
}
