// The settings: how people are shown (names or titles), sound, motion, text size, single-key
// shortcuts, and whether new games let the mediator soften, sharpen or withhold messages.
import { el, uid } from '../dom/el.ts';
import { messages } from '../../present/index.ts';
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
  const w = messages().ui.title.settings;
  return [
    radios(prefs, 'names', w.names, [
      ['names', w.namesAndTitles],
      ['titles', w.titlesOnly],
    ]),
    radios(prefs, 'motion', w.motion, [
      ['system', w.motionSystem],
      ['reduce', w.motionReduce],
      ['full', w.motionFull],
    ]),
    radios(prefs, 'textSize', w.textSize, [
      ['normal', w.normal],
      ['large', w.large],
      ['larger', w.larger],
    ]),
    el('fieldset', {}, el('legend', { text: w.soundAndKeys }), checkbox(prefs, 'sound', w.sound, w.soundHint), checkbox(prefs, 'shortcuts', w.shortcuts, w.shortcutsHint)),
    el('fieldset', {}, el('legend', { text: w.newGames }), checkbox(prefs, 'allowDistortion', w.distort, w.distortHint)),
  ];
}

export function showSettings(dialogs: Dialogs, prefs: PrefsStore): Promise<string> {
  return dialogs.open(messages().ui.common.settings, settingsControls(prefs), [{ id: 'close', label: messages().ui.title.settings.done, primary: true }], 'close');
}
