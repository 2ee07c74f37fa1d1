// The help overlay (`?`): how to move around with the keyboard, and the shortcuts of the
// screen the player is on.
import { el } from '../dom/el.ts';
import { messages } from '../../present/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { KeyRouter } from '../dom/keys.ts';

export function showHelp(dialogs: Dialogs, keys: KeyRouter, shortcutsEnabled: boolean): Promise<string> {
  const w = messages().ui.title.help;
  const screenKeys = keys.active();
  const row = (k: string, what: string) => el('tr', {}, el('th', { attrs: { scope: 'row' } }, el('kbd', { text: k })), el('td', { text: what }));
  const body = [
    el('p', { text: w.intro }),
    el('table', { class: 'shortcut-table' }, el('caption', { class: 'visually-hidden', text: w.everywhere }), el('tbody', {}, ...w.general.map(([k, what]) => row(k, what)))),
    el('h3', { text: w.here }),
    screenKeys.length === 0
      ? el('p', { class: 'muted', text: w.none })
      : el('table', { class: 'shortcut-table' }, el('caption', { class: 'visually-hidden', text: w.shortcuts }), el('tbody', {}, ...screenKeys.map((s) => row(s.key.toUpperCase(), s.label)))),
    shortcutsEnabled ? null : el('p', { class: 'muted', text: w.off }),
    el('h3', { text: w.fromMenu }),
    el('ul', {}, ...w.menu.map((text) => el('li', { text }))),
  ];
  return dialogs.open(w.title, body, [{ id: 'close', label: messages().ui.common.close, primary: true }], 'close');
}
