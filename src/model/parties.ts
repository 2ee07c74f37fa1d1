// Who is party to what, for two to four delegations. With two, every exchange is with "the other
// one" and nothing names it (so two-party games keep their saves and hashes); with more, offers
// and messages name their addressee.
import { other, type CompiledScenario } from './compile.ts';
import type { Offer, SideIndex } from './types.ts';

/** Every delegation but `s`, in order. */
export function othersOf(c: CompiledScenario, s: SideIndex): SideIndex[] {
  return c.sideIndices.filter((t) => t !== s);
}

/** Whether exchanges name their addressee (more than two delegations). */
export function named(c: CompiledScenario): boolean {
  return c.sides.length > 2;
}

/** The delegation an offer is made to. */
export function offerTo(offer: Offer): SideIndex {
  return offer.to ?? other(offer.from);
}

/** The offer addressed to `to`: named only where there are more than two delegations. */
export function addressed(c: CompiledScenario, offer: Offer, to: SideIndex): Offer {
  return named(c) ? { ...offer, to } : offer;
}

/** Where `s`'s model of delegation `of` starts in its model array (one block per other delegation, in order). */
export function modelBlock(c: CompiledScenario, s: SideIndex, of: SideIndex): number {
  return (of < s ? of : of - 1) * c.issueIds.length;
}
