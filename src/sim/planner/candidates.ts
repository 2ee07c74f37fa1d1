// The revision the planner (and the fixed script) makes toward a text: every draftable item the
// draft has otherwise, in one EDIT_DRAFT.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import { itemAt, type Package } from '../../model/index.ts';

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
