// Problems the player must know about but that do not stop the game (storage full or
// unavailable, a save that cannot be restored): an alert that stays until dismissed.
import { messages } from '../../present/index.ts';
import { el } from './el.ts';

export interface Notices {
  show(id: string, text: string): void;
  clear(id: string): void;
}

export function createNotices(region: HTMLElement): Notices {
  const shown = new Map<string, HTMLElement>();
  const clear = (id: string) => {
    shown.get(id)?.remove();
    shown.delete(id);
  };
  const show = (id: string, text: string) => {
    const existing = shown.get(id);
    if (existing) {
      existing.querySelector('p')!.textContent = text;
      return;
    }
    const node = el('div', { class: 'notice row' }, el('p', { text, class: 'spacer' }), el('button', { text: messages().ui.common.dismiss, on: { click: () => clear(id) } }));
    shown.set(id, node);
    region.appendChild(node);
  };
  return { show, clear };
}
