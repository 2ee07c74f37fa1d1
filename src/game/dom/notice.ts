// Problems the player must know about but that do not stop the game (storage full or
// unavailable, a save that cannot be restored): an alert that stays until dismissed. A notice
// may offer one thing to do about it (keep a copy of a save the game cannot continue).
import { messages } from '../../present/index.ts';
import { el } from './el.ts';

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notices {
  show(id: string, text: string, action?: NoticeAction): void;
  clear(id: string): void;
}

export function createNotices(region: HTMLElement): Notices {
  const shown = new Map<string, HTMLElement>();
  const clear = (id: string) => {
    shown.get(id)?.remove();
    shown.delete(id);
  };
  const show = (id: string, text: string, action?: NoticeAction) => {
    const existing = shown.get(id);
    if (existing && !action && !existing.querySelector('[data-notice-action]')) {
      existing.querySelector('p')!.textContent = text;
      return;
    }
    clear(id);
    const extra = action ? el('button', { text: action.label, attrs: { 'data-notice-action': id }, on: { click: () => action.run() } }) : null;
    const node = el('div', { class: 'notice row' }, el('p', { text, class: 'spacer' }), extra, el('button', { text: messages().ui.common.dismiss, on: { click: () => clear(id) } }));
    shown.set(id, node);
    region.appendChild(node);
  };
  return { show, clear };
}
