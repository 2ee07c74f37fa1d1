// The mediator's own aids in the side panel of the hall and the rooms: the seasoned mediator's
// advice (H), and the notebook of beliefs (K) in a tab beside the day's dialogue. The tab chosen
// is kept from room to room.
import type { MediatorView } from '../../machine/index.ts';
import { gameWords } from '../../present/index.ts';
import type { Shortcut } from '../dom/keys.ts';
import type { Talks } from '../play/talks.ts';
import { createAdvisorBox, KEY as ADVICE_KEY } from './advisor-box.ts';
import type { DialogueLog } from './dialogue.ts';
import { createNotebookPanel, KEY as NOTEBOOK_KEY } from './notebook-panel.ts';
import { createTabs } from './tabs.ts';

export interface Aids {
  /** The advice, beneath the actions. */
  readonly advice: HTMLElement;
  /** The day's dialogue and the notebook, as tabs. */
  readonly said: HTMLElement;
  update(view: MediatorView): void;
  shortcuts(): Shortcut[];
}

export function createAids(talks: Talks, log: DialogueLog): Aids {
  const advisor = createAdvisorBox(talks);
  const notebook = createNotebookPanel();
  const w = gameWords().advisor;
  const tabs = createTabs(
    w.notebook.tabs,
    [
      { id: 'said', label: w.notebook.logTab, panel: () => [log.node] },
      { id: 'notebook', label: w.notebook.tab, panel: () => [notebook.node] },
    ],
    {
      initial: talks.panel.notebookOpen ? 'notebook' : 'said',
      onSelect: (id) => {
        talks.panel.notebookOpen = id === 'notebook';
        notebook.shown(talks.panel.notebookOpen);
      },
    },
  );
  tabs.node.classList.add('side-tabs');
  notebook.shown(talks.panel.notebookOpen);
  return {
    advice: advisor.node,
    said: tabs.node,
    update(view) {
      advisor.update(view);
      notebook.update(view);
    },
    shortcuts: () => [
      { key: ADVICE_KEY, label: w.advice.key, run: () => advisor.ask() },
      // K shows the notebook, and again the day's dialogue.
      { key: NOTEBOOK_KEY, label: w.notebook.key, run: () => tabs.select(tabs.selected() === 'notebook' ? 'said' : 'notebook') },
    ],
  };
}
