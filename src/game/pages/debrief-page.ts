// Opens the debrief page for a game (from the outcome screen, or a save file opened on the title
// screen): the page, printing, and the Markdown and JSON exports from the classroom core.
import type { GameEvent } from '../../machine/index.ts';
import type { GameState } from '../../model/index.ts';
import type { Hint } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { downloadText } from '../dom/download.ts';
import { classroomWords } from '../../present/index.ts';
import type { PageHost } from './page-host.ts';

/** The advisor's hints of the line debriefed, with that line's events (to tell which were taken). */
export interface LineHints {
  hints: readonly Hint[];
  line: string;
  events: readonly GameEvent[];
}

export async function openDebriefPage(pages: PageHost, scenario: Scenario, state: GameState, print: () => void, hints?: LineHints): Promise<void> {
  const [{ buildDebrief, countHints, debriefMarkdown, debriefJson }, { debriefView }] = await Promise.all([import('../../classroom/index.ts'), import('./debrief-view.ts')]);
  const debrief = buildDebrief(scenario, state, hints ? countHints(hints.hints, hints.line, hints.events) : null);
  const base = `debrief-${scenario.id}-seed${state.settings.seed}`;
  const w = classroomWords().debrief;
  const main = pages.open(
    w.title(scenario.title),
    [
      { label: w.printButton, action: 'print', run: print },
      { label: w.downloadMarkdown, action: 'debrief-md', run: () => downloadText(`${base}.md`, 'text/markdown', debriefMarkdown(debrief)) },
      { label: w.downloadJson, action: 'debrief-json', run: () => downloadText(`${base}.json`, 'application/json', debriefJson(debrief)) },
    ],
    debriefView(debrief),
  );
  main.classList.add('debrief-page');
}
