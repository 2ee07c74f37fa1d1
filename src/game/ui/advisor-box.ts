// "What would a seasoned mediator do?": a button in the side panel (and the H key) that asks the
// game's advisor and shows its suggestion in words in a status region (read out when it comes),
// with a small progress bar while it thinks. The suggestion belongs to the moment it was asked
// for: once the game moves, it is cleared.
import type { MediatorView } from '../../machine/index.ts';
import { adviceWords, gameWords } from '../../present/index.ts';
import { el, uid } from '../dom/el.ts';
import type { Asked } from '../play/talks.ts';

/** Its shortcut key (the scene registers it). */
export const KEY = 'h';

export interface AdvisorBox {
  readonly node: HTMLElement;
  update(view: MediatorView): void;
  ask(): void;
}

/** Whether it is the mediator's move in the talks (no question waits for a person, no pause). */
export function canAdvise(view: MediatorView): boolean {
  return view.phase === 'talks' && !view.state.paused && view.state.question === null;
}

export function createAdvisorBox(talks: { readonly view: MediatorView; advise(): Promise<Asked> }): AdvisorBox {
  const w = gameWords().advisor.advice;
  const headingId = uid('advice');
  const button = el('button', { class: 'advise', attrs: { type: 'button', 'data-action': 'advise', 'aria-keyshortcuts': KEY, 'aria-describedby': headingId } });
  button.append(el('span', { text: w.button }), el('kbd', { text: KEY.toUpperCase(), attrs: { 'aria-hidden': 'true' } }));
  const status = el('div', { class: 'advice', attrs: { role: 'status', 'data-advice': '' } });
  const node = el('section', { class: 'advisor', attrs: { 'aria-labelledby': headingId } }, el('h3', { id: headingId, class: 'visually-hidden', text: w.heading }), button, status);
  let step = -1;
  let asking = false;

  const say = (...children: HTMLElement[]) => {
    status.replaceChildren(...children);
    status.dataset.advice = children.length ? 'shown' : '';
    // Long advice scrolls inside its box: the keyboard can reach it to scroll it.
    if (children.length) status.tabIndex = 0;
    else status.removeAttribute('tabindex');
  };
  const show = (view: MediatorView, asked: Asked) => {
    if (asked.kind === 'earlier') return say(el('p', { class: 'small muted', text: w.earlier }));
    if (asked.kind === 'failed' || asked.kind === 'none') return say(el('p', { class: 'small muted', text: w.failed }));
    const words = adviceWords(view, asked.advice);
    say(el('p', { attrs: { 'data-advice-text': '' } }, el('strong', { text: words.text })), words.next ? el('p', { class: 'small muted', text: words.next }) : el('span'));
  };

  const ask = () => {
    const view = talks.view;
    if (!canAdvise(view)) return say(el('p', { class: 'small muted', text: w.notNow }));
    if (asking) return;
    asking = true;
    button.setAttribute('aria-busy', 'true');
    say(el('p', { class: 'small muted', text: w.thinking }), el('progress', { attrs: { 'aria-label': w.thinking } }));
    void talks
      .advise()
      .catch((): Asked => ({ kind: 'failed' }))
      .then((asked) => {
        asking = false;
        button.removeAttribute('aria-busy');
        // The game may have moved while it thought: advice for another moment is not shown.
        if (talks.view.state.step !== view.state.step) return say();
        show(talks.view, asked);
      });
  };
  button.addEventListener('click', ask);

  return {
    node,
    update(view) {
      node.hidden = view.phase !== 'talks';
      button.setAttribute('aria-disabled', String(!canAdvise(view)));
      if (view.state.step === step) return;
      step = view.state.step;
      if (!asking) say();
    },
    ask,
  };
}
