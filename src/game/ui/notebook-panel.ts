// The mediator's notebook: for each delegation, what the mediator believes from what it heard:
// its likely top priorities and how sure, how much it has heard and how far that narrowed the
// picture, what no deal is likely worth to it, and the red lines heard. A tab of the side panel
// beside the day's dialogue; the words are present/words/beliefs.ts's, and the content is
// rebuilt only while it is shown and only when something new was said.
import type { MediatorView } from '../../machine/index.ts';
import { gameWords, notebookWords, type SideNotebookWords } from '../../present/index.ts';
import { el, uid } from '../dom/el.ts';

/** Its shortcut key (the scene registers it). */
export const KEY = 'k';

export interface NotebookPanel {
  readonly node: HTMLElement;
  update(view: MediatorView): void;
  /** Shown or hidden (its tab chosen or not): it is only worked out while shown. */
  shown(on: boolean): void;
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
    el('p', { class: 'small' }, el('span', { text: side.heard, attrs: { 'data-notebook': 'heard' } }), ' ', el('span', { text: side.clarityText, attrs: { 'data-notebook': 'clarity', 'data-clarity': side.clarity } })),
    el('p', { class: 'small' }, el('strong', { text: w.fallback }), el('span', { text: side.fallback.text, attrs: { 'data-notebook': 'fallback' } })),
    el('p', { class: 'small' }, el('strong', { text: w.redLines }), el('span', { text: side.redLines.length ? side.redLines.join('; ') : w.noRedLines, attrs: { 'data-notebook': 'red-lines' } })),
  );
}

export function createNotebookPanel(): NotebookPanel {
  const w = gameWords().advisor.notebook;
  const body = el('div', { class: 'notebook-body' });
  // Focusable: it scrolls (the keyboard must reach what is below the fold).
  const node = el('section', { class: 'notebook', attrs: { 'aria-label': w.tab, 'data-notebook': 'panel', tabindex: 0 } }, el('p', { class: 'small muted', text: w.intro }), body);
  let view: MediatorView | null = null;
  let visible = false;
  let shownFor = -1;

  const render = () => {
    if (!visible || !view) return;
    // The notebook changes only with what was said (red lines heard are said too).
    const at = view.state.transcript.length;
    if (at === shownFor) return;
    shownFor = at;
    body.replaceChildren(...notebookWords(view).map(sideSection));
  };

  return {
    node,
    update(next) {
      view = next;
      render();
    },
    shown(on) {
      visible = on;
      render();
    },
  };
}
