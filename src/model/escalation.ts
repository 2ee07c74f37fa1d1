// Crisis bargaining as choices (Fearon): between days each delegation may choose a coercive move
// from the scenario's list (a deadline, an ultimatum, more ships; hedging, proxies, raising
// a programme), when its resolve reaches the move's: its hardliners and its frustration with the
// talks, the deadline near, against visible progress. Each move climbs the ladder, has its
// effects, and commits the side in public: its hardliners rise by half the audience cost at once.
import { timeFraction } from './acceptance.ts';
import type { CompiledScenario } from './compile.ts';
import type { CoercionMove } from '../scenario/index.ts';
import type { GameState, SideIndex } from './types.ts';

/** How resolved a side is to coerce now, 0 to 1. */
export function resolveOf(c: CompiledScenario, state: GameState, s: SideIndex): number {
  const side = state.sides[s];
  const r = 0.45 * (side.hardliners / 100) + 0.45 * side.frustration + 0.3 * timeFraction(c, state) - 0.6 * (state.progress / 100);
  return Math.min(1, Math.max(0, r));
}

/** Whether another side coerced in this round or the one before (an answer needs something to answer). */
function provoked(state: GameState, s: SideIndex): boolean {
  return state.news.some((n) => n.kind === 'coercion' && n.by !== undefined && n.by !== null && n.by !== s && n.round >= state.round - 1);
}

/** The move a side chooses now, if any: the strongest its resolve reaches, within its rungs and uses. */
export function chooseCoercion(c: CompiledScenario, state: GameState, s: SideIndex, pressure: number): CoercionMove | null {
  const moves = c.scenario.delegations[s]!.coercion;
  if (moves.length === 0) return null;
  const resolve = resolveOf(c, state, s);
  const used = state.sides[s].coerced;
  let best: CoercionMove | null = null;
  for (const m of moves) {
    if (resolve < m.resolve || pressure < m.minRung || pressure > m.maxRung) continue;
    if (used.filter((id) => id === m.id).length >= m.uses) continue;
    if (m.kind === 'answer' && !provoked(state, s)) continue;
    // Never the top rung by one move: war comes at the end of a path, not in one step.
    if (pressure + m.rungs >= c.topRung && pressure < c.topRung - 1) continue;
    if (!best || m.resolve > best.resolve) best = m;
  }
  return best;
}
