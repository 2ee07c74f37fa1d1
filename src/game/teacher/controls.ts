// The teacher's controls over the game in progress, behind the teacher key: pause and resume,
// bring a scenario event forward, give the day more hours. Each goes through the game's one
// input path as an event, so it is in the log, the ledger and every replay.
import type { GameEvent } from '../../machine/index.ts';
import type { MediatorState } from '../../machine/index.ts';
import { MAX_EXTENSION_HOURS, type CompiledScenario } from '../../model/index.ts';
import { el, uid } from '../dom/el.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { hoursText, injectChoices, roundLabel } from '../../present/index.ts';
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
  if (!hasTeacherKey(host.storage)) {
    await host.dialogs.open(
      'Teacher controls',
      [
        el('p', { text: 'No teacher key is set on this device, so the teacher controls are closed.' }),
        el('p', { class: 'muted small', text: 'A teacher sets a key in Teacher setup on the title screen, before “Start this game”. The key stays on that device; it is never part of a class code.' }),
      ],
      [{ id: 'close', label: 'Close', primary: true }],
      'close',
    );
    return false;
  }
  const field = keyField('Teacher key', 'The key chosen in the teacher’s setup on this device.');
  let ok = false;
  const pending = host.dialogs.open(
    'Teacher controls',
    [field.row, field.error],
    [
      { id: 'cancel', label: 'Cancel' },
      { id: 'unlock', label: 'Unlock', primary: true },
    ],
    'cancel',
    () => {
      ok = checkTeacherKey(host.storage, field.input.value);
      if (!ok) {
        field.error.textContent = 'That is not the teacher key.';
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
  const s = game.state;
  const where = s.outcome ? 'The talks are over.' : `${roundLabel(game.c, s.round)}; ${hoursText(s.hoursLeft)} left today.`;
  return `${s.paused ? 'Paused by you.' : 'The talks are running.'} ${where}`;
}

/** Opens the controls (after the key). `game` is read afresh after every action. */
export async function openTeacherControls(host: TeacherHost, game: () => TeacherGame | null): Promise<void> {
  if (!game()) return;
  if (!(await unlock(host))) return;
  const status = el('p', { attrs: { 'data-teacher': 'status', 'aria-live': 'polite' } });
  const done = el('p', { class: 'small', attrs: { 'aria-live': 'polite', 'data-teacher': 'done' } });
  const pauseButton = el('button', { attrs: { type: 'button', 'data-teacher': 'pause' } });
  const eventId = uid('teacher-event');
  const eventSelect = el('select', { id: eventId, attrs: { 'data-teacher': 'event' } });
  const injectButton = el('button', { text: 'Bring it forward now', attrs: { type: 'button', 'data-teacher': 'inject' } });
  const hoursId = uid('teacher-hours');
  const hoursInput = el('input', { id: hoursId, attrs: { type: 'number', min: 1, max: MAX_EXTENSION_HOURS, step: 1, value: 2, inputmode: 'numeric', 'data-teacher': 'hours' } });
  const extendButton = el('button', { text: 'Give more time', attrs: { type: 'button', 'data-teacher': 'extend' } });

  const refresh = () => {
    const g = game();
    if (!g) return;
    const s = g.state;
    status.textContent = statusText(g);
    pauseButton.textContent = s.paused ? 'Resume the talks' : 'Pause the talks';
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
    done.textContent = ok ? said : 'The game did not allow that now.';
    refresh();
  };
  pauseButton.addEventListener('click', () => {
    const paused = game()?.state.paused === true;
    act({ type: paused ? 'TEACHER_RESUME' : 'TEACHER_PAUSE' }, paused ? 'The talks go on.' : 'The talks are paused until you resume them.');
  });
  injectButton.addEventListener('click', () => {
    const chosen = eventSelect.selectedOptions[0];
    if (chosen) act({ type: 'TEACHER_INJECT', event: chosen.value }, `Brought forward: ${chosen.textContent ?? ''}`);
  });
  extendButton.addEventListener('click', () => {
    const hours = Number(hoursInput.value);
    if (!Number.isInteger(hours) || hours < 1 || hours > MAX_EXTENSION_HOURS) {
      done.textContent = `Give a whole number of hours from 1 to ${MAX_EXTENSION_HOURS}.`;
      hoursInput.focus();
      return;
    }
    act({ type: 'TEACHER_EXTEND', hours }, `The day has ${hoursText(hours)} more.`);
  });
  refresh();
  await host.dialogs.open(
    'Teacher controls',
    [
      status,
      el('div', { class: 'row' }, pauseButton),
      el('div', { class: 'teacher-row' }, el('label', { attrs: { for: eventId }, text: 'A scenario event' }), eventSelect, injectButton),
      el('div', { class: 'teacher-row' }, el('label', { attrs: { for: hoursId }, text: 'More hours today' }), hoursInput, extendButton),
      done,
      el('p', { class: 'muted small', text: 'Events and more time are for the days of talks (not between days). Each control is recorded in the game’s ledger and news as the teacher’s doing, and kept in the save and its replays.' }),
    ],
    [{ id: 'close', label: 'Close', primary: true }],
    'close',
  );
}
