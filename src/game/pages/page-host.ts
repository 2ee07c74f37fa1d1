// Pages over the game (the debrief, the class comparison): a full-window document the reader
// scrolls and prints, with its own toolbar. While one is open the game beneath is inert and its
// shortcuts are off and its canvas is not drawn; closing it (the Back button or Escape) returns
// focus where it was.
import type { AppLock } from '../dom/app-lock.ts';
import { el, fill, type Child } from '../dom/el.ts';
import { messages } from '../../present/index.ts';

export interface PageButton {
  label: string;
  action: string;
  run(): void;
  primary?: boolean;
}

export interface PageOptions {
  /** Runs when the page goes (closed, or replaced by another page): stop its work there. */
  onClose?: () => void;
  /** Where the toolbar's back button leads, when not back to the game (say, to the replay). */
  back?: PageButton;
}

const both = (a: () => void, b: () => void) => () => {
  a();
  b();
};

export interface PageHost {
  open(title: string, buttons: readonly PageButton[], body: readonly Child[], options?: PageOptions): HTMLElement;
  close(): void;
  isOpen(): boolean;
}

/**
 * `holdFrames` stops the canvas's frames while a page covers it, and returns what starts them
 * again.
 */
export function createPageHost(doc: Document, lock: AppLock, dialogOpen: () => boolean, holdFrames: () => () => void = () => () => {}): PageHost {
  let current: { node: HTMLElement; returnTo: HTMLElement | null; release: () => void; onClose?: () => void } | null = null;
  const close = () => {
    if (!current) return;
    const { node, returnTo, release, onClose } = current;
    current = null;
    node.remove();
    release();
    onClose?.();
    doc.documentElement.classList.remove('page-open');
    if (returnTo?.isConnected) returnTo.focus();
  };
  doc.addEventListener('keydown', (event) => {
    if (current && event.key === 'Escape' && !dialogOpen() && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });
  return {
    open(title, buttons, body, options = {}) {
      const { onClose, back } = options;
      const previous = current;
      const returnTo = previous?.returnTo ?? (doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
      if (previous) {
        previous.node.remove();
        previous.onClose?.();
      }
      const w = messages().ui.common;
      const heading = el('h1', { id: 'page-heading', text: title, attrs: { tabindex: -1 } });
      const toolbar = el(
        'nav',
        { class: 'page-toolbar no-print', attrs: { 'aria-label': w.pageActions } },
        back
          ? el('button', { text: w.back(back.label), attrs: { type: 'button', 'data-action': back.action }, on: { click: () => back.run() } })
          : el('button', { text: w.backToGame, attrs: { type: 'button', 'data-action': 'page-back' }, on: { click: close } }),
        ...buttons.map((b) => el('button', { text: b.label, class: b.primary ? 'primary' : '', attrs: { type: 'button', 'data-action': b.action }, on: { click: () => b.run() } })),
      );
      const main = el('main', { class: 'page-main', attrs: { 'aria-labelledby': 'page-heading' } }, heading);
      const node = el('div', { class: 'page-view', attrs: { 'data-page': '' } }, toolbar, main);
      fill(main, heading, ...body);
      doc.body.appendChild(node);
      // One claim on the game for as long as any page is up, however many replace each other.
      const release = previous?.release ?? both(lock.hold(), holdFrames());
      doc.documentElement.classList.add('page-open');
      current = { node, returnTo, release, onClose };
      node.scrollTop = 0;
      heading.focus();
      return main;
    },
    close,
    isOpen: () => current !== null,
  };
}
