// Renaming a saved game: a dialog with one field, kept open until the name is one the slot takes.
import type { Dialogs } from '../dom/dialogs.ts';
import { el, uid } from '../dom/el.ts';
import { messages } from '../../present/index.ts';
import { MAX_PLAYER_NAME, playerName } from './player-name.ts';

/** The new name, or null when cancelled. */
export async function renameDialog(dialogs: Dialogs, current: string): Promise<string | null> {
  const w = messages().ui.title;
  const id = uid('slot-name');
  const input = el('input', { id, attrs: { type: 'text', value: current, maxlength: MAX_PLAYER_NAME, autocomplete: 'off', 'aria-describedby': `${id}-error` } });
  const error = el('p', { id: `${id}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  const valid = () => {
    const name = playerName(input.value);
    return name.ok && name.name !== null ? name.name : null;
  };
  const answer = await dialogs.open(w.renameTitle, [el('label', { attrs: { for: id }, text: w.newName }), input, error], [
    { id: 'cancel', label: messages().ui.common.cancel },
    { id: 'save', label: w.saveName, primary: true },
  ], 'cancel', () => {
    const ok = valid() !== null;
    error.textContent = ok ? '' : w.needsName;
    if (!ok) input.focus();
    return ok;
  });
  return answer === 'save' ? valid() : null;
}
