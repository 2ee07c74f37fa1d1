// The pause at the end of a day that ended on a move (its hours spent, or the talks over): the
// answer to that move stays on screen, quoted here (a room's last subtitle is the recess line
// that follows it), with a button (and N) on to the news, or to how the talks ended. Without it
// the news would replace the day's last reply at once.
import type { CompiledScenario, TranscriptEntry } from '../../model/index.ts';
import { gameWords, type NameMode } from '../../present/index.ts';
import { el, uid } from '../dom/el.ts';
import { lineNode } from './dialogue.ts';

/** Its shortcut key (the scene registers it). */
export const KEY = 'n';

/** What the delegations answered to the move that ended the day: the lines said at its step. */
export function answersTo(before: readonly TranscriptEntry[], after: readonly TranscriptEntry[]): TranscriptEntry[] {
  const added = after.slice(before.length);
  const step = added[0]?.step;
  return added.filter((t) => t.step === step && typeof t.speaker === 'number');
}

export function dayOverBox(c: CompiledScenario, names: NameMode, over: boolean, answers: readonly TranscriptEntry[], go: () => void, transcript?: readonly TranscriptEntry[]): { node: HTMLElement; button: HTMLButtonElement; label: string } {
  const w = gameWords().advisor.dayOver;
  const id = uid('day-over');
  const label = over ? w.end : w.next;
  const button = el('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'day-over', 'aria-keyshortcuts': KEY, 'aria-describedby': answers.length ? `${id}-answers ${id}-text` : `${id}-text` } });
  button.addEventListener('click', go);
  button.append(el('span', { text: label }), el('kbd', { text: KEY.toUpperCase(), attrs: { 'aria-hidden': 'true' } }));
  const node = el(
    'section',
    { class: 'day-over', attrs: { 'aria-labelledby': id, 'data-day-over': over ? 'over' : 'day' } },
    el('h3', { id, text: over ? w.over : w.heading }),
    answers.length ? el('ol', { id: `${id}-answers`, class: 'answers', attrs: { 'aria-label': w.replies, 'data-day-over': 'answers' } }, ...answers.map((t) => lineNode(c, t, names, undefined, transcript))) : null,
    el('p', { id: `${id}-text`, class: 'small', text: over ? w.overText : w.text }),
    button,
  );
  return { node, button, label };
}
