// A mediator's guarantee (an escrow, hosting technical talks, a third party's assurance): a way out for a side.
import type { CompiledScenario } from '../compile.ts';
import type { RuleContext } from '../context.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import type { GameState, SideIndex } from '../types.ts';

export function guaranteeAvailable(c: CompiledScenario, state: GameState, s: SideIndex, id: string): boolean {
  const m = c.scenario.mediator;
  const g = m.guarantees.find((x) => x.id === id);
  if (!g || state.guaranteesUsed.includes(id) || state.guaranteesUsed.length >= m.guaranteeBudget) return false;
  return g.for.length === 0 || g.for.includes(c.scenario.delegations[s]!.id);
}

export function offerGuarantee(state: GameState, ctx: RuleContext, s: SideIndex, id: string): void {
  const g = ctx.c.scenario.mediator.guarantees.find((x) => x.id === id);
  if (!g) return;
  state.guaranteesUsed = [...ctx.base.guaranteesUsed, id];
  narrate(state, ctx, { type: 'OFFER_GUARANTEE', side: s, guarantee: id });
  addSide(state, ctx, 'wayOut', s, g.wayOut);
  addSide(state, ctx, 'closeness', s, g.closeness);
  say(state, ctx, s, 'guarantee');
}
