// The side panel of the hall and the rooms: where the mediator stands, the message waiting to
// be carried, the offers on the table, the actions, and what was said today.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, Location } from '../../model/index.ts';
import { el, setText } from '../dom/el.ts';
import { gameWords, locationName, messageText } from '../../present/index.ts';
import type { ActionMenu } from './action-menu.ts';
import type { DialogueLog } from './dialogue.ts';

export interface SidePanel {
  readonly node: HTMLElement;
  update(state: MediatorState): void;
  focusHeading(): void;
}

export function createSidePanel(c: CompiledScenario, where: Location, menu: ActionMenu, log: DialogueLog, offers?: HTMLElement): SidePanel {
  const heading = el('h2', { text: locationName(c, where), attrs: { tabindex: -1, id: 'where-heading' } });
  const sub = el('p', { class: 'muted small' });
  const pending = el('p', { class: 'pending' });
  const node = el('div', { class: 'side-contents' }, el('div', { class: 'where' }, heading, sub), pending, offers, menu.node, log.node);
  return {
    node,
    update(state) {
      const w = gameWords().play.side;
      const carrying = ([0, 1] as const).filter((s) => state.sides[s]!.pending !== null);
      pending.hidden = carrying.length === 0;
      setText(pending, carrying.map((s) => messageText(c, state.sides[s]!.pending!)).join(' '));
      setText(sub, where === 'majlis' ? w.hall : w.room(c.scenario.delegations[where]!.name));
    },
    focusHeading: () => heading.focus(),
  };
}
