// Every event allowed where the game stands, grouped by type: for the random mediator, the
// model-based tests and the what-if explorer.
import type { GameEvent, GameEventType } from '../machine/events.ts';
import { AGENDA_MOVES, RELAY_MODES } from '../machine/events.ts';
import type { GameView } from '../machine/game.ts';
import { allowedInTalks } from '../machine/guards.ts';

export function legalEvents(view: GameView): Map<GameEventType, GameEvent[]> {
  const groups = new Map<GameEventType, GameEvent[]>();
  const add = (e: GameEvent) => {
    if (view.phase === 'talks' && !allowedInTalks(view.c, view.state, e)) return;
    const list = groups.get(e.type) ?? [];
    list.push(e);
    groups.set(e.type, list);
  };
  if (view.phase === 'briefing') add({ type: 'BEGIN' });
  if (view.phase === 'interlude') add({ type: 'CONTINUE' });
  if (view.phase !== 'talks') return groups;
  const c = view.c;
  for (const to of ['majlis', c.sides[0].id, c.sides[1].id]) add({ type: 'WALK', to });
  add({ type: 'LISTEN' });
  for (const mode of RELAY_MODES) add({ type: 'RELAY', mode });
  add({ type: 'PRESENT_DRAFT' });
  for (const issue of c.issueIds) add({ type: 'ASK_CONCESSION', issue });
  c.issueIds.forEach((issue, i) => {
    add({ type: 'EDIT_DRAFT', items: { [issue]: null } });
    for (const option of c.optionIds[i]!) add({ type: 'EDIT_DRAFT', items: { [issue]: option } });
  });
  for (const move of AGENDA_MOVES) add({ type: 'PROPOSE_AGENDA', move });
  add({ type: 'PAINT_STALEMATE' });
  for (const g of c.scenario.mediator.guarantees) add({ type: 'OFFER_GUARANTEE', guarantee: g.id });
  add({ type: 'RECESS' });
  return groups;
}
