// The full debrief (the classroom module: Description, Analysis, Application), shown as its
// Markdown text in a dialog (literal text: nothing in it is parsed as markup) and offered for
// download as Markdown or JSON. The classroom code is loaded only when asked for.
import type { GameState } from '../../model/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { downloadText } from '../dom/download.ts';
import { el } from '../dom/el.ts';

export async function showDebrief(dialogs: Dialogs, scenario: Scenario, state: GameState): Promise<void> {
  const { buildDebrief, debriefMarkdown, debriefJson } = await import('../../classroom/debrief.ts');
  const debrief = buildDebrief(scenario, state);
  const markdown = debriefMarkdown(debrief);
  const base = `debrief-${scenario.id}-seed${state.settings.seed}`;
  for (;;) {
    const answer = await dialogs.open(
      'The debrief',
      [
        el('p', { class: 'muted small', text: 'Description, analysis and application, as text you can print, paste or hand in.' }),
        el('pre', { class: 'debrief-text', text: markdown, attrs: { tabindex: 0, 'aria-label': 'The debrief text' } }),
      ],
      [
        { id: 'md', label: 'Download (Markdown)' },
        { id: 'json', label: 'Download (JSON)' },
        { id: 'close', label: 'Close', primary: true },
      ],
      'close',
    );
    if (answer === 'md') downloadText(`${base}.md`, 'text/markdown', markdown);
    else if (answer === 'json') downloadText(`${base}.json`, 'application/json', debriefJson(debrief));
    else return;
  }
}
