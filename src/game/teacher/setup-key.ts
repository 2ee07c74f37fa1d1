// The teacher key's part of the teacher's setup: choose a key for this device (or keep the one
// set before). The key is never in the class code: students who join have no teacher controls.
import { el, uid } from '../dom/el.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { gameWords } from '../../present/index.ts';
import { forgetTeacherKey, hasTeacherKey, keyProblem, MIN_KEY_LENGTH, setTeacherKey } from './key.ts';
import { randomSalt } from './salt.ts';

export interface SetupKey {
  node: HTMLElement;
  /** Stores a typed key; returns why it cannot, or null (an empty field keeps the key as it is). */
  commit(): string | null;
}

export function teacherKeySection(storage: SafeStorage): SetupKey {
  const w = gameWords().teacher;
  const id = uid('setup-teacher-key');
  const input = el('input', { id, attrs: { type: 'password', autocomplete: 'new-password', maxlength: 64, 'aria-describedby': `${id}-hint ${id}-error`, 'data-setup': 'teacher-key' } });
  const error = el('p', { id: `${id}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  const hint = el('p', { id: `${id}-hint`, class: 'muted small' });
  const forget = el('button', { class: 'link', text: w.forget, attrs: { type: 'button', 'data-setup': 'forget-teacher-key' } });
  const describe = () => {
    const has = hasTeacherKey(storage);
    hint.textContent = has ? w.keySet : w.keyOptional(MIN_KEY_LENGTH);
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
  const node = el('fieldset', { class: 'stack' }, el('legend', { text: w.title }), el('label', { attrs: { for: id }, text: w.key }), input, hint, forget, error);
  return {
    node,
    commit() {
      const key = input.value;
      if (key === '') return null;
      const problem = keyProblem(key) ?? (setTeacherKey(storage, key, randomSalt()) ? null : w.keyNotKept);
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
