// The lines of a save as a tree, like a chess game's variations: the main line and the branches
// left from it, each item marked with where it leaves its parent. A line can be chosen, renamed
// in place (at most 80 characters) or deleted with what branches from it.
import { MAIN, type LineNode } from '../../replay/index.ts';
import { el, uid } from '../dom/el.ts';
import { gameWords, messages } from '../../present/index.ts';

export interface LineTreeActions {
  choose(id: string): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
}

export interface LineTreeView {
  tree: LineNode;
  /** The line shown in the viewer. */
  current: string;
  /** The line the game in progress plays (it and its ancestors cannot be deleted), if any. */
  live: string | null;
}

export const MAX_LINE_NAME = 80;

function ancestors(tree: LineNode, id: string | null): Set<string> {
  const found = new Set<string>();
  const walk = (node: LineNode, path: string[]): boolean => {
    if (node.id === id) {
      path.forEach((p) => found.add(p));
      found.add(node.id);
      return true;
    }
    return node.children.some((ch) => walk(ch, [...path, node.id]));
  };
  if (id !== null) walk(tree, []);
  return found;
}

function renameForm(node: LineNode, actions: LineTreeActions, done: () => void): HTMLElement {
  const w = gameWords().replays.tree;
  const id = uid('line-name');
  const input = el('input', { id, attrs: { type: 'text', value: node.name, maxlength: MAX_LINE_NAME, autocomplete: 'off', 'data-action': 'line-name', required: true } });
  const error = el('span', { class: 'error small', attrs: { 'aria-live': 'polite' } });
  const form = el(
    'form',
    {
      class: 'line-rename row',
      attrs: { novalidate: true },
      on: {
        submit: (e) => {
          e.preventDefault();
          const name = input.value.trim();
          if (!name) {
            error.textContent = w.needsName;
            input.focus();
            return;
          }
          actions.rename(node.id, name.slice(0, MAX_LINE_NAME));
        },
        // Escape leaves the field (not the page).
        keydown: (e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          done();
        },
      },
    },
    el('label', { class: 'visually-hidden', attrs: { for: id }, text: w.newName(node.name) }),
    input,
    el('button', { text: w.save, attrs: { type: 'submit', 'data-action': 'save-line-name' } }),
    el('button', { text: messages().ui.common.cancel, attrs: { type: 'button' }, on: { click: done } }),
    error,
  );
  requestAnimationFrame(() => {
    input.focus();
    input.select();
  });
  return form;
}

export function lineTree(view: LineTreeView, actions: LineTreeActions): HTMLElement {
  const kept = ancestors(view.tree, view.live);
  const w = gameWords().replays.tree;
  const item = (node: LineNode): HTMLElement => {
    const isCurrent = node.id === view.current;
    const where = node.parent === null ? w.steps(node.length) : w.leaves({ steps: node.length, at: node.at });
    const row = el(
      'div',
      { class: 'line-row row' },
      el('button', {
        class: `line-choose${isCurrent ? ' current' : ''}`,
        text: node.name,
        attrs: { type: 'button', 'aria-current': isCurrent ? 'true' : null, 'data-action': 'choose-line' },
        on: { click: () => actions.choose(node.id) },
      }),
      el('span', { class: 'muted small', text: where }),
      node.id === view.live ? el('span', { class: 'badge small', text: w.playing }) : null,
    );
    if (node.id !== MAIN) {
      const rename = el('button', { class: 'link small', text: w.rename, attrs: { type: 'button', 'data-action': 'rename-line', 'aria-label': w.renameLine(node.name) } });
      rename.addEventListener('click', () => {
        const form = renameForm(node, actions, () => {
          form.replaceWith(row);
          rename.focus();
        });
        row.replaceWith(form);
      });
      row.append(rename);
      if (!kept.has(node.id)) {
        row.append(el('button', { class: 'link small', text: w.delete, attrs: { type: 'button', 'data-action': 'delete-line', 'aria-label': w.deleteLine(node.name) }, on: { click: () => actions.remove(node.id) } }));
      }
    }
    return el('li', { attrs: { 'data-line': node.id, 'data-current': isCurrent ? 'true' : null } }, row, node.children.length ? el('ul', { class: 'line-children' }, ...node.children.map(item)) : null);
  };
  return el('ul', { class: 'line-tree', attrs: { 'aria-label': w.label } }, item(view.tree));
}
