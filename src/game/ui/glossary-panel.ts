// The glossary panel (`t` on every screen, and the Glossary button): every term with its
// definition, how the game uses it, and its sources as links: the general terms and those of
// the scenario in play (or chosen on the title screen). Opened on one entry, it scrolls there
// and focuses it.
import { glossaryFor, type GlossaryEntry } from '../../classroom/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { sourceBadge, sourceKindNote } from '../../present/index.ts';
import { el, safeHref } from '../dom/el.ts';
import { gameWords, messages } from '../../present/index.ts';

export const glossaryAnchor = (id: string) => `glossary-${id}`;

function entryNode(e: GlossaryEntry): HTMLElement {
  const w = gameWords().play.glossary;
  const sources = e.sources.map((s) => {
    const href = safeHref(s.url);
    return el(
      'li',
      {},
      href ? el('a', { text: s.title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: s.title }),
      el('span', { class: `badge source-kind kind-${s.kind}${s.reported ? ' reported' : ''}`, text: sourceBadge(s), attrs: { title: sourceKindNote(s.kind) } }),
    );
  });
  return el(
    'div',
    { class: 'glossary-entry', id: glossaryAnchor(e.id), attrs: { tabindex: -1 } },
    el('dt', { text: e.term }),
    el(
      'dd',
      {},
      el('p', { text: e.definition }),
      e.inGame ? el('p', { class: 'muted small', text: w.inGame(e.inGame) }) : null,
      sources.length ? el('ul', { class: 'source-list small', attrs: { 'aria-label': w.sourcesFor(e.term) } }, ...sources) : e.kind === 'game' ? el('p', { class: 'muted small', text: w.rule }) : null,
    ),
  );
}

export function showGlossary(dialogs: Dialogs, scenario: Scenario | null, focus?: string): Promise<string> {
  const list = el('dl', { class: 'glossary-list', attrs: { 'data-glossary': '', 'data-scenario': scenario?.id ?? '' } }, ...glossaryFor(scenario).map(entryNode));
  const w = gameWords().play.glossary;
  const intro = scenario ? w.introCase(scenario.title) : w.intro;
  const done = dialogs.open(w.title, [el('p', { class: 'muted small', text: intro }), list], [{ id: 'close', label: messages().ui.common.close, primary: true }], 'close');
  if (focus) list.querySelector<HTMLElement>(`#${CSS.escape(glossaryAnchor(focus))}`)?.focus();
  return done;
}
