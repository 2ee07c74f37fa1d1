// While the teacher holds the talks, a layer over the game says so and the game beneath takes
// no input; the teacher's controls (behind the key) are one button away.
import { el } from '../dom/el.ts';
import { gameWords, messages } from '../../present/index.ts';
import type { Announcer } from '../dom/announcer.ts';
import type { AppLock } from '../dom/app-lock.ts';
import './teacher.css';

export interface PauseOverlay {
  update(paused: boolean): void;
  /** Puts the focus on the layer's button (after a dialog over it closes). */
  focus(): void;
  dispose(): void;
}

/** What the layer needs of the page: where to put itself, the lock on the game, the live region. */
export interface PauseHost {
  readonly doc: Document;
  readonly appLock: AppLock;
  readonly announcer: Announcer;
}

export function createPauseOverlay(host: PauseHost, openControls: () => void): PauseOverlay {
  const w = gameWords().teacher;
  const button = el('button', { class: 'primary', text: messages().ui.common.teacherControls, attrs: { type: 'button', 'data-action': 'teacher-controls' }, on: { click: () => openControls() } });
  const node = el(
    'div',
    { class: 'pause-overlay', attrs: { role: 'region', 'aria-labelledby': 'pause-heading', 'data-teacher': 'paused' } },
    el('div', { class: 'panel' }, el('h2', { id: 'pause-heading', text: w.pausedHeading }), el('p', { text: w.pausedText }), button),
  );
  let shown = false;
  let release: (() => void) | null = null;
  return {
    update(paused) {
      if (paused === shown) return;
      shown = paused;
      if (paused) {
        host.doc.body.appendChild(node);
        release = host.appLock.hold();
        host.announcer.say(w.pausedSaid);
        button.focus();
      } else {
        node.remove();
        release?.();
        release = null;
      }
    },
    focus() {
      if (shown) button.focus();
    },
    dispose() {
      if (shown) this.update(false);
    },
  };
}
