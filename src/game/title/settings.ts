// The settings: how people are shown (names or titles), sound, motion, text size, single-key
// shortcuts, and whether new games let the mediator soften, sharpen or withhold messages.
import { el, uid } from '../dom/el.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { Prefs, PrefsStore } from '../shell/prefs.ts';

function radios<K extends keyof Prefs>(prefs: PrefsStore, key: K, legend: string, options: readonly [Prefs[K], string][]): HTMLFieldSetElement {
  const name = uid(`pref-${key}`);
  return el(
    'fieldset',
    {},
    el('legend', { text: legend }),
    ...options.map(([value, label]) => {
      const id = uid(name);
      const input = el('input', {
        id,
        attrs: { type: 'radio', name, value: String(value), checked: prefs.get()[key] === value },
        on: { change: () => prefs.update({ [key]: value } as Partial<Prefs>) },
      });
      return el('div', { class: 'choice' }, input, el('label', { text: label, attrs: { for: id } }));
    }),
  );
}

function checkbox(prefs: PrefsStore, key: 'sound' | 'shortcuts' | 'allowDistortion', label: string, hint: string): HTMLElement {
  const id = uid(`pref-${key}`);
  const hintId = `${id}-hint`;
  const input = el('input', {
    id,
    attrs: { type: 'checkbox', checked: prefs.get()[key], 'aria-describedby': hintId },
    on: { change: () => prefs.update({ [key]: input.checked } as Partial<Prefs>) },
  });
  return el('div', { class: 'choice' }, input, el('div', {}, el('label', { text: label, attrs: { for: id } }), el('div', { id: hintId, class: 'muted small', text: hint })));
}

export function settingsControls(prefs: PrefsStore): HTMLElement[] {
  return [
    radios(prefs, 'names', 'Show the people at the table by', [
      ['names', 'Their names and titles'],
      ['titles', 'Their titles only (for example “Foreign Minister”)'],
    ]),
    radios(prefs, 'motion', 'Motion', [
      ['system', 'Follow my system setting'],
      ['reduce', 'Reduce motion: no walking or sliding, changes appear at once'],
      ['full', 'Full motion'],
    ]),
    radios(prefs, 'textSize', 'Text size', [
      ['normal', 'Normal'],
      ['large', 'Large'],
      ['larger', 'Larger'],
    ]),
    el(
      'fieldset',
      {},
      el('legend', { text: 'Sound and keys' }),
      checkbox(prefs, 'sound', 'Sound', 'Quiet cues for footsteps, a new draft and the pressure rising. Off by default.'),
      checkbox(prefs, 'shortcuts', 'Single-key shortcuts', 'Letters such as L for listen. Turn off if they clash with your screen reader.'),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: 'New games' }),
      checkbox(prefs, 'allowDistortion', 'Allow the mediator to distort messages', 'Soften, sharpen or withhold what one side says to the other. Helps now, may be found out later.'),
    ),
  ];
}

export function showSettings(dialogs: Dialogs, prefs: PrefsStore): Promise<string> {
  return dialogs.open('Settings', settingsControls(prefs), [{ id: 'close', label: 'Done', primary: true }], 'close');
}
