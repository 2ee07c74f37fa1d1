// Modal dialogs on the one <dialog> element: showModal() traps focus and makes the page inert,
// Escape cancels, and focus returns to where it was.
import { messages } from '../../present/index.ts';
import { el, fill, type Child } from './el.ts';

export interface DialogButton<T extends string> {
  id: T;
  label: string;
  primary?: boolean;
  /** Its data-action name, for a button that does what a control elsewhere does (tests find it by that). */
  action?: string;
}

export interface Dialogs {
  /** `accept`, if given, may keep the dialog open for a button (say, until a field is valid); the cancel always closes. */
  open<T extends string>(title: string, body: readonly Child[], buttons: readonly DialogButton<T>[], cancel: T, accept?: (id: T) => boolean): Promise<T>;
  isOpen(): boolean;
  /** `no` defaults to the catalogue's Cancel. */
  confirm(title: string, text: string, yes: string, no?: string): Promise<boolean>;
}

export function createDialogs(dialog: HTMLDialogElement): Dialogs {
  let resolveCurrent: ((id: string) => void) | null = null;
  let cancelId = '';
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    resolveCurrent?.(cancelId);
  });
  const open = <T extends string>(title: string, body: readonly Child[], buttons: readonly DialogButton<T>[], cancel: T, accept?: (id: T) => boolean): Promise<T> => {
    resolveCurrent?.(cancelId);
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise<T>((resolve) => {
      const done = (id: string) => {
        resolveCurrent = null;
        dialog.close();
        fill(dialog);
        if (returnTo?.isConnected) returnTo.focus();
        resolve(id as T);
      };
      resolveCurrent = done;
      cancelId = cancel;
      const buttonRow = el(
        'div',
        { class: 'dialog-buttons' },
        ...buttons.map((b) => el('button', { text: b.label, class: b.primary ? 'primary' : '', attrs: { type: 'button', 'data-dialog-button': b.id, 'data-action': b.action }, on: { click: () => (b.id === cancel || !accept || accept(b.id) ? done(b.id) : undefined) } })),
      );
      fill(dialog, el('h2', { id: 'dialog-title', text: title }), el('div', { class: 'stack' }, ...body), buttonRow);
      dialog.showModal();
      // The primary button takes the focus; the dialog stays scrolled to its title.
      const primary = buttonRow.querySelector<HTMLButtonElement>('button.primary') ?? buttonRow.querySelector('button');
      primary?.focus({ preventScroll: true });
      dialog.scrollTop = 0;
    });
  };
  return {
    open,
    isOpen: () => dialog.open,
    async confirm(title, text, yes, no = messages().ui.common.cancel) {
      const answer = await open(title, [el('p', { text })], [
        { id: 'no', label: no },
        { id: 'yes', label: yes, primary: true },
      ], 'no');
      return answer === 'yes';
    },
  };
}
