// The teacher's controls over the game in progress, behind the teacher key: pause and resume,
// bring a scenario event forward, give the day more hours. Each goes through the game's one
// input path as an event, so it is in the log, the ledger and every replay.
import type { GameEvent } from '../../machine/index.ts';
import type { MediatorState } from '../../machine/index.ts';
import { MAX_EXTENSION_HOURS, type CompiledScenario } from '../../model/index.ts';
import { el, uid } from '../dom/el.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { gameWords, hoursText, injectChoices, messages, roundLabel } from '../../present/index.ts';
import { checkTeacherKey, hasTeacherKey } from './key.ts';
import './teacher.css';

/** What the controls need of the game in progress. */
export interface TeacherGame {
  readonly c: CompiledScenario;
  readonly state: MediatorState;
  readonly phase: string;
  send(event: GameEvent): boolean;
}

function keyField(label: string, hint: string): { row: HTMLElement; input: HTMLInputElement; error: HTMLElement } {
  const id = uid('teacher-key');
  const input = el('input', { id, attrs: { type: 'password', autocomplete: 'off', maxlength: 64, 'aria-describedby': `${id}-hint ${id}-error`, 'data-teacher': 'key' } });
  const error = el('p', { id: `${id}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  const row = el('div', { class: 'stack' }, el('label', { attrs: { for: id }, text: label }), input, el('p', { id: `${id}-hint`, class: 'muted small', text: hint }));
  return { row, input, error };
}

/** Asks for the key. True when unlocked. A device with no key has no controls: the key is
 * chosen in the teacher's setup, never from inside a game a student could be playing. */
/** What the controls need of the page: the dialog and the storage that holds the key. */
export interface TeacherHost {
  readonly dialogs: Dialogs;
  readonly storage: SafeStorage;
}

async function unlock(host: TeacherHost): Promise<boolean> {
  const w = gameWords().teacher;
  const common = messages().ui.common;
  if (!hasTeacherKey(host.storage)) {
    await host.dialogs.open(w.title, [el('p', { text: w.noKey }), el('p', { class: 'muted small', text: w.noKeyHint })], [{ id: 'close', label: common.close, primary: true }], 'close');
    return false;
  }
  const field = keyField(w.key, w.keyHint);
  let ok = false;
  const pending = host.dialogs.open(
    w.title,
    [field.row, field.error],
    [
      { id: 'cancel', label: common.cancel },
      { id: 'unlock', label: w.unlock, primary: true },
    ],
    'cancel',
    () => {
      ok = checkTeacherKey(host.storage, field.input.value);
      if (!ok) {
        field.error.textContent = w.wrongKey;
        field.input.setAttribute('aria-invalid', 'true');
        field.input.select();
      }
      return ok;
    },
  );
  // The dialog is open (it focused its primary button): the key is what is typed first.
  field.input.focus();
  // Enter in the field unlocks, as the primary button would.
  field.input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    field.input.closest('dialog')?.querySelector<HTMLButtonElement>('[data-dialog-button="unlock"]')?.click();
  });
  const answer = await pending;
  return answer === 'unlock' && ok;
}

function statusText(game: TeacherGame): string {
  const w = gameWords().teacher;
  const s = game.state;
  const where = s.outcome ? w.over : w.where({ round: roundLabel(game.c, s.round), left: hoursText(s.hoursLeft) });
  return w.status({ paused: s.paused, where });
}

/** Opens the controls (after the key). `game` is read afresh after every action. */
export async function openTeacherControls(host: TeacherHost, game: () => TeacherGame | null): Promise<void> {
  if (!game()) return;
  if (!(await unlock(host))) return;
  const w = gameWords().teacher;
  const status = el('p', { attrs: { 'data-teacher': 'status', 'aria-live': 'polite' } });
  const done = el('p', { class: 'small', attrs: { 'aria-live': 'polite', 'data-teacher': 'done' } });
  const pauseButton = el('button', { attrs: { type: 'button', 'data-teacher': 'pause' } });
  const eventId = uid('teacher-event');
  const eventSelect = el('select', { id: eventId, attrs: { 'data-teacher': 'event' } });
  const injectButton = el('button', { text: w.bringForward, attrs: { type: 'button', 'data-teacher': 'inject' } });
  const hoursId = uid('teacher-hours');
  const hoursInput = el('input', { id: hoursId, attrs: { type: 'number', min: 1, max: MAX_EXTENSION_HOURS, step: 1, value: 2, inputmode: 'numeric', 'data-teacher': 'hours' } });
  const extendButton = el('button', { text: w.giveTime, attrs: { type: 'button', 'data-teacher': 'extend' } });

  const refresh = () => {
    const g = game();
    if (!g) return;
    const s = g.state;
    status.textContent = statusText(g);
    pauseButton.textContent = s.paused ? w.resume : w.pause;
    pauseButton.disabled = s.outcome !== null || g.phase === 'briefing';
    const choices = injectChoices(g.c, s);
    const kept = eventSelect.value;
    eventSelect.replaceChildren(...choices.map((ch) => el('option', { text: ch.label, attrs: { value: ch.id } })));
    if (choices.some((ch) => ch.id === kept)) eventSelect.value = kept;
    const inTalks = g.phase === 'talks' || g.phase === 'answering';
    injectButton.disabled = choices.length === 0 || !inTalks;
    extendButton.disabled = !inTalks;
  };
  const act = (event: GameEvent, said: string) => {
    const g = game();
    const ok = g?.send(event) ?? false;
    done.textContent = ok ? said : w.refused;
    refresh();
  };
  pauseButton.addEventListener('click', () => {
    const paused = game()?.state.paused === true;
    act({ type: paused ? 'TEACHER_RESUME' : 'TEACHER_PAUSE' }, paused ? w.goOn : w.pausedUntil);
  });
  injectButton.addEventListener('click', () => {
    const chosen = eventSelect.selectedOptions[0];
    if (chosen) act({ type: 'TEACHER_INJECT', event: chosen.value }, w.broughtForward(chosen.textContent ?? ''));
  });
  extendButton.addEventListener('click', () => {
    const hours = Number(hoursInput.value);
    if (!Number.isInteger(hours) || hours < 1 || hours > MAX_EXTENSION_HOURS) {
      done.textContent = w.wholeHours(MAX_EXTENSION_HOURS);
      hoursInput.focus();
      return;
    }
    act({ type: 'TEACHER_EXTEND', hours }, w.moreHours(hoursText(hours)));
  });
  refresh();
  await host.dialogs.open(
    w.title,
    [
      status,
      el('div', { class: 'row' }, pauseButton),
      el('div', { class: 'teacher-row' }, el('label', { attrs: { for: eventId }, text: w.event }), eventSelect, injectButton),
      el('div', { class: 'teacher-row' }, el('label', { attrs: { for: hoursId }, text: w.hours }), hoursInput, extendButton),
      done,
      el('p', { class: 'muted small', text: w.note }),
    ],
    [{ id: 'close', label: messages().ui.common.close, primary: true }],
    'close',
  );
}
