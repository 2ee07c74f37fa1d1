// The side panel of the hall and the rooms: where the mediator stands, the message waiting to
// be carried, the offers on the table, the actions, the seasoned mediator's advice, and what was
// said today beside the mediator's notebook. When a move ends the day, the actions make way for
// the way on to the news, and the day's last answer stays in view.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, Location } from '../../model/index.ts';
import { el, setText, uid } from '../dom/el.ts';
import { gameWords, locationName, messageText, waitingMessages } from '../../present/index.ts';
import type { ActionMenu } from './action-menu.ts';

export interface SidePanel {
  readonly node: HTMLElement;
  update(state: MediatorState): void;
  focusHeading(): void;
  /** Puts this in place of the actions and the advice (the day is over); the scene goes with it. */
  hold(box: HTMLElement): void;
}

/** `advice` sits beneath the actions; `said` (the day's dialogue, or tabs holding it) fills the rest; `offers` above the actions. */
export function createSidePanel(c: CompiledScenario, where: Location, menu: ActionMenu, said: HTMLElement, advice: HTMLElement | null = null, offers?: HTMLElement): SidePanel {
  const heading = el('h2', { text: locationName(c, where), attrs: { tabindex: -1, id: 'where-heading' } });
  const sub = el('p', { class: 'muted small' });
  const pendingId = uid('pending');
  const pendingList = el('div', {});
  const pending = el('section', { class: 'pending', attrs: { 'aria-labelledby': pendingId, 'data-panel': 'pending' } }, el('h3', { id: pendingId, text: gameWords().play.side.waiting }), pendingList);
  // The messages and the offers scroll in a box of their own: the actions stay in view.
  const notes = el('div', { class: 'side-notes' }, pending, offers);
  const node = el('div', { class: 'side-contents' }, el('div', { class: 'where' }, heading, sub), notes, menu.node, advice, said);
  return {
    node,
    update(state) {
      const w = gameWords().play.side;
      // With more than two delegations a room lists only what can be carried into it.
      const carrying = waitingMessages(c, state, where === 'majlis' || c.sideIndices.length === 2 ? {} : { to: where });
      pending.hidden = carrying.length === 0;
      pendingList.replaceChildren(...carrying.map((m) => el('p', { text: messageText(c, m) })));
      setText(sub, where === 'majlis' ? (c.sides.length === 2 ? w.hall : w.hallOfRooms(c.sides.length)) : w.room(c.scenario.delegations[where]!.name));
    },
    focusHeading: () => heading.focus(),
    hold(box) {
      menu.node.hidden = true;
      if (advice) advice.hidden = true;
      node.insertBefore(box, menu.node);
    },
  };
}
