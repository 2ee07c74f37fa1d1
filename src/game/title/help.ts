// The help overlay (`?`): how to move around with the keyboard, and the shortcuts of the
// screen the player is on.
import { el } from '../dom/el.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { KeyRouter } from '../dom/keys.ts';

const GENERAL: [string, string][] = [
  ['Tab / Shift+Tab', 'Move between the parts of the screen: the meters, the actions, the dialogue, the draft.'],
  ['Arrow keys', 'Move within a group: the actions, the tabs of the dossier, the options of an item.'],
  ['Enter or Space', 'Take the focused action, open a choice, confirm.'],
  ['Escape', 'Close a choice, the draft editor, a tooltip or this overlay.'],
  ['?', 'Open this overlay.'],
  ['T', 'Open the glossary: the terms of the talks and of negotiation theory, with sources.'],
  ['Focus or hover a meter', 'Hear or see why it moved: each change and its cause.'],
];

export function showHelp(dialogs: Dialogs, keys: KeyRouter, shortcutsEnabled: boolean): Promise<string> {
  const screenKeys = keys.active();
  const row = (k: string, what: string) => el('tr', {}, el('th', { attrs: { scope: 'row' } }, el('kbd', { text: k })), el('td', { text: what }));
  const body = [
    el('p', { text: 'Every action can be taken with the keyboard alone. The mouse works too: click the buttons, or the doors of the hall.' }),
    el('table', { class: 'shortcut-table' }, el('caption', { class: 'visually-hidden', text: 'Keys that work everywhere' }), el('tbody', {}, ...GENERAL.map(([k, w]) => row(k, w)))),
    el('h3', { text: 'On this screen' }),
    screenKeys.length === 0
      ? el('p', { class: 'muted', text: 'This screen has no single-key shortcuts.' })
      : el('table', { class: 'shortcut-table' }, el('caption', { class: 'visually-hidden', text: 'Shortcuts on this screen' }), el('tbody', {}, ...screenKeys.map((s) => row(s.key.toUpperCase(), s.label)))),
    shortcutsEnabled ? null : el('p', { class: 'muted', text: 'Single-key shortcuts are turned off in the settings; the buttons still work.' }),
    el('h3', { text: 'From the game’s menu' }),
    el(
      'ul',
      {},
      el('li', { text: 'Replays and branches: scrub through the game, branch from any step and play on, compare two lines or a line with what really happened, and ask “what if” from any step.' }),
      el('li', { text: 'Teacher controls (with the teacher key set in Teacher setup): pause the talks, bring an event forward, give the day more hours.' }),
      el('li', { text: 'Download the save file: to keep, to hand in, or to open on another computer (Open a save file on the title screen).' }),
    ),
  ];
  return dialogs.open('Keyboard and help', body, [{ id: 'close', label: 'Close', primary: true }], 'close');
}
