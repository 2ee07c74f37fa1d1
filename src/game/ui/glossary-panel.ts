// The glossary panel (`t` on every screen, and the Glossary button): every term with its
// definition, how the game uses it, and its sources as links. Opened on one entry, it scrolls
// there and focuses it.
import { GLOSSARY, type GlossaryEntry } from '../../classroom/glossary.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { el, safeHref } from '../dom/el.ts';

export const glossaryAnchor = (id: string) => `glossary-${id}`;

function entryNode(e: GlossaryEntry): HTMLElement {
  const sources = e.sources.map((s) => {
    const href = safeHref(s.url);
    return el('li', {}, href ? el('a', { text: s.title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: s.title }), s.reported ? el('span', { class: 'badge reported', text: 'reported' }) : null);
  });
  return el(
    'div',
    { class: 'glossary-entry', id: glossaryAnchor(e.id), attrs: { tabindex: -1 } },
    el('dt', { text: e.term }),
    el(
      'dd',
      {},
      el('p', { text: e.definition }),
      e.inGame ? el('p', { class: 'muted small', text: `In the game: ${e.inGame}` }) : null,
      sources.length ? el('ul', { class: 'source-list small', attrs: { 'aria-label': `Sources for ${e.term}` } }, ...sources) : e.kind === 'game' ? el('p', { class: 'muted small', text: 'A rule of this game.' }) : null,
    ),
  );
}

export function showGlossary(dialogs: Dialogs, focus?: string): Promise<string> {
  const list = el('dl', { class: 'glossary-list', attrs: { 'data-glossary': '' } }, ...GLOSSARY.map(entryNode));
  const done = dialogs.open('Glossary', [el('p', { class: 'muted small', text: 'The terms of the talks and of negotiation theory. Entries that state a fact or name an idea give their source.' }), list], [{ id: 'close', label: 'Close', primary: true }], 'close');
  if (focus) list.querySelector<HTMLElement>(`#${CSS.escape(glossaryAnchor(focus))}`)?.focus();
  return done;
}
