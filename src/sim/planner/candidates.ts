// The moves the planner weighs at a decision: every kind of legal move, but only the few most
// promising of the many (draft texts, concessions, trades), chosen by what the notebook expects.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import { itemAt, optionAt, summarise, type Package, type SideIndex } from '../../model/index.ts';

const key = (e: GameEvent) => JSON.stringify(e);

/** Expected weights of each side's issues, from the notebook. */
function expectedWeights(view: MediatorView): [number[], number[]] {
  return [summarise(view.c, view.notebook, 0).issues.map((i) => i.weight), summarise(view.c, view.notebook, 1).issues.map((i) => i.weight)];
}

/** The revision that turns the draft into `target` (draftable items only), or null when they agree. */
export function editTo(view: Pick<MediatorView, 'c'>, draft: Package, target: Package): GameEvent | null {
  const c = view.c;
  const items: Record<string, string | null> = {};
  let changed = false;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.scenario.issues[i]!.scope || target[i] === draft[i]) continue;
    const o = itemAt(target, i);
    items[c.issueIds[i]!] = o === null ? null : c.optionIds[i]![o]!;
    changed = true;
  }
  return changed ? { type: 'EDIT_DRAFT', items } : null;
}

/**
 * The candidate moves: in the majlis, the walks and the revisions toward each sampled best text;
 * in a room, each kind of move, with concessions and trades narrowed to the most promising.
 */
export function candidates(view: MediatorView, targets: readonly Package[]): GameEvent[] {
  const { c, state } = view;
  const legal = view.legal;
  const out = new Map<string, GameEvent>();
  const add = (e: GameEvent | null) => {
    if (e && legal.some((l) => key(l) === key(e))) out.set(key(e), e);
    else if (e && e.type === 'EDIT_DRAFT') out.set(key(e), e);
  };
  for (const e of legal) if (e.type === 'WALK' || e.type === 'RECESS') add(e);
  if (state.location === 'majlis') {
    for (const t of targets) add(editTo(view, state.draft, t));
    return [...out.values()];
  }
  const here: SideIndex = state.location;
  const there: SideIndex = here === 0 ? 1 : 0;
  const [w0, w1] = expectedWeights(view);
  const mine = here === 0 ? w0 : w1;
  const theirs = here === 0 ? w1 : w0;
  for (const e of legal) {
    if (e.type === 'LISTEN' || e.type === 'RELAY' || e.type === 'PRESENT_DRAFT' || e.type === 'PAINT_STALEMATE' || e.type === 'OFFER_GUARANTEE' || e.type === 'PROPOSE_AGENDA') add(e);
  }
  // Concessions: the side's least important issues where the positions still differ.
  const open = c.issueIds
    .map((_, i) => i)
    .filter((i) => !c.scenario.issues[i]!.scope && optionAt(state.sides[here]!.position, i) !== optionAt(state.sides[there]!.position, i));
  const asks = [...open].sort((a, b) => mine[a]! - mine[b]!).slice(0, 3);
  for (const i of asks) add({ type: 'ASK_CONCESSION', issue: c.issueIds[i]! });
  // Trades: it gives where it cares least, gets where it cares most and the other side least.
  const pairs: { give: number; get: number; score: number }[] = [];
  for (const give of open) for (const get of open) if (give !== get) pairs.push({ give, get, score: mine[get]! / Math.max(1e-3, mine[give]!) + theirs[give]! / Math.max(1e-3, theirs[get]!) });
  pairs.sort((a, b) => b.score - a.score);
  for (const p of pairs.slice(0, 3)) add({ type: 'PROPOSE_TRADE', give: c.issueIds[p.give]!, get: c.issueIds[p.get]! });
  return [...out.values()];
}
