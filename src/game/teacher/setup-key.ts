// The teacher key's part of the teacher's setup: choose a key for this device (or keep the one
// set before). The key is never in the class code: students who join have no teacher controls.
import { el, uid } from '../dom/el.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { forgetTeacherKey, hasTeacherKey, keyProblem, setTeacherKey } from './key.ts';
import { randomSalt } from './salt.ts';

export interface SetupKey {
  node: HTMLElement;
  /** Stores a typed key; returns why it cannot, or null (an empty field keeps the key as it is). */
  commit(): string | null;
}

export function teacherKeySection(storage: SafeStorage): SetupKey {
  const id = uid('setup-teacher-key');
  const input = el('input', { id, attrs: { type: 'password', autocomplete: 'new-password', maxlength: 64, 'aria-describedby': `${id}-hint ${id}-error`, 'data-setup': 'teacher-key' } });
  const error = el('p', { id: `${id}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  const hint = el('p', { id: `${id}-hint`, class: 'muted small' });
  const forget = el('button', { class: 'link', text: 'Forget the key on this device', attrs: { type: 'button', 'data-setup': 'forget-teacher-key' } });
  const describe = () => {
    const has = hasTeacherKey(storage);
    hint.textContent = has
      ? 'A teacher key is set on this device. Type a new one to change it, or leave this empty to keep it. It unlocks pause, events and more time from the game’s menu.'
      : 'Optional. A key for this device (at least 4 characters) that unlocks the teacher controls in the game’s menu: pause, bring an event forward, more time. It is not part of the class code.';
    forget.hidden = !has;
  };
  forget.addEventListener('click', () => {
    forgetTeacherKey(storage);
    describe();
    input.focus();
  });
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    error.textContent = '';
  });
  describe();
  const node = el('fieldset', { class: 'stack' }, el('legend', { text: 'Teacher controls' }), el('label', { attrs: { for: id }, text: 'Teacher key' }), input, hint, forget, error);
  return {
    node,
    commit() {
      const key = input.value;
      if (key === '') return null;
      const problem = keyProblem(key) ?? (setTeacherKey(storage, key, randomSalt()) ? null : 'The browser did not let the game keep the key.');
      error.textContent = problem ?? '';
      if (problem) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } else {
        input.value = '';
        describe();
      }
      return problem;
    },
  };
}
