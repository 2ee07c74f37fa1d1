// The mediator's notebook in the side panel: a disclosure (a button with aria-expanded over a
// region) that shows, for each delegation, what the mediator believes from what it heard: its
// likely top priorities and how sure, how far listening has narrowed the picture, what no deal
// is likely worth to it, and the red lines heard. The words are present/words/beliefs.ts's; the
// content is rebuilt only while it is open and only when the game has moved.
import type { MediatorView } from '../../machine/index.ts';
import { gameWords, notebookWords, type SideNotebookWords } from '../../present/index.ts';
import { el, uid } from '../dom/el.ts';
import type { PanelState } from '../play/talks.ts';

/** Its shortcut key (the scene registers it). */
export const KEY = 'k';

export interface NotebookPanel {
  readonly node: HTMLElement;
  update(view: MediatorView): void;
  /** Opens it (or closes it, when open) and moves the focus to it. */
  toggle(): void;
}

function sideSection(side: SideNotebookWords): HTMLElement {
  const w = gameWords().advisor.notebook;
  const id = uid('notebook-side');
  return el(
    'section',
    { class: `notebook-side s${side.side}`, attrs: { 'aria-labelledby': id, 'data-notebook-side': side.side } },
    el('h4', { id, text: side.heading }),
    el('p', { class: 'headline', text: side.headline, attrs: { 'data-notebook': 'headline' } }),
    el('p', { class: 'small muted', text: w.priorities }),
    el('ol', { class: 'priorities', attrs: { 'data-notebook': 'priorities' } }, ...side.priorities.map((p) => el('li', { text: p.text, attrs: { 'data-sure': p.sure } }))),
    el('p', { class: 'small', text: side.clarityText, attrs: { 'data-notebook': 'clarity', 'data-clarity': side.clarity } }),
    el('p', { class: 'small' }, el('strong', { text: w.fallback }), el('span', { text: side.fallback.text, attrs: { 'data-notebook': 'fallback' } })),
    el(
      'p',
      { class: 'small' },
      el('strong', { text: w.redLines }),
      el('span', { text: side.redLines.length ? side.redLines.join('; ') : w.noRedLines, attrs: { 'data-notebook': 'red-lines' } }),
    ),
  );
}

export function createNotebookPanel(panel: PanelState): NotebookPanel {
  const w = gameWords().advisor.notebook;
  const regionId = uid('notebook');
  const button = el('button', {
    class: 'notebook-toggle',
    attrs: { type: 'button', 'data-action': 'notebook', 'aria-expanded': 'false', 'aria-controls': regionId, 'aria-keyshortcuts': KEY },
  });
  const label = el('span', { text: w.tab });
  button.append(label, el('kbd', { text: KEY.toUpperCase(), attrs: { 'aria-hidden': 'true' } }));
  const body = el('div', { class: 'notebook-body' });
  const region = el('section', { id: regionId, class: 'notebook', attrs: { 'aria-label': w.tab, tabindex: -1, 'data-notebook': 'panel' } }, el('p', { class: 'small muted', text: w.intro }), body);
  const node = el('div', { class: 'notebook-wrap' }, button, region);
  let view: MediatorView | null = null;
  let shownFor = -1;

  const render = () => {
    if (!panel.notebookOpen || !view) return;
    // The notebook changes only with what was said (and red lines heard, said too).
    const at = view.state.transcript.length;
    if (at === shownFor) return;
    shownFor = at;
    body.replaceChildren(...notebookWords(view).map(sideSection));
  };
  const show = () => {
    button.setAttribute('aria-expanded', String(panel.notebookOpen));
    region.hidden = !panel.notebookOpen;
    render();
  };
  button.addEventListener('click', () => {
    panel.notebookOpen = !panel.notebookOpen;
    show();
  });
  show();

  return {
    node,
    update(next) {
      view = next;
      render();
    },
    toggle() {
      panel.notebookOpen = !panel.notebookOpen;
      show();
      (panel.notebookOpen ? region : button).focus();
    },
  };
}
