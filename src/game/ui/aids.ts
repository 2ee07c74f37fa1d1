// The mediator's own aids in the side panel of the hall and the rooms: the seasoned mediator's
// advice (H) and the notebook of beliefs (K), with their shortcuts.
import type { MediatorView } from '../../machine/index.ts';
import { gameWords } from '../../present/index.ts';
import type { Shortcut } from '../dom/keys.ts';
import type { Talks } from '../play/talks.ts';
import { createAdvisorBox, KEY as ADVICE_KEY } from './advisor-box.ts';
import { createNotebookPanel, KEY as NOTEBOOK_KEY } from './notebook-panel.ts';

export interface Aids {
  readonly nodes: readonly HTMLElement[];
  update(view: MediatorView): void;
  shortcuts(): Shortcut[];
}

export function createAids(talks: Talks): Aids {
  const advisor = createAdvisorBox(talks);
  const notebook = createNotebookPanel(talks.panel);
  const w = gameWords().advisor;
  return {
    nodes: [advisor.node, notebook.node],
    update(view) {
      advisor.update(view);
      notebook.update(view);
    },
    shortcuts: () => [
      { key: ADVICE_KEY, label: w.advice.key, run: () => advisor.ask() },
      { key: NOTEBOOK_KEY, label: w.notebook.key, run: () => notebook.toggle() },
    ],
  };
}
