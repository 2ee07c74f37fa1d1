// The draft editor in the majlis: one text, an option per issue (or the item left open), what
// each side last said about each item, and what changed since the last version. Choices are
// gathered in a working copy (present/views/draft-work.ts, made with Immer) and written as one
// revision (one EDIT_DRAFT event) when the player writes it.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { el, fill, uid } from '../dom/el.ts';
import { changedIssues, chooseItem, type DraftRow, draftRows, type DraftWork, gameWords, isEdited, messages, NO_EDITS, optionLabel, priorityWords, revisionItems, sideName, type SideNote, workingItem } from '../../present/index.ts';

export interface DraftEditorHandlers {
  write(event: GameEvent): boolean;
  close(): void;
  previousDraft(version: number): string | undefined;
}

export interface DraftEditor {
  readonly node: HTMLElement;
  update(state: MediatorState): void;
  focus(): void;
}

const OPEN = '__open';

function saidCell(c: CompiledScenario, row: DraftRow, s: SideIndex): HTMLElement {
  const w = gameWords().editor;
  const n: SideNote = row.sides[s]!;
  const parts: (HTMLElement | string)[] = [n.said === null ? w.notHeard : optionLabel(c, row.issue, n.said)];
  const tags: HTMLElement[] = [];
  if (n.priority !== '?') tags.push(el('span', { class: 'tag', text: w.priority(priorityWords(n.priority)) }));
  for (const o of n.redLines) tags.push(el('span', { class: 'tag red', text: w.redLine(optionLabel(c, row.issue, o)) }));
  if (n.criticised) tags.push(el('span', { class: 'tag crit', text: w.criticised }));
  return el('td', { class: `said s${s}` }, ...parts, tags.length ? el('div', {}, ...tags) : null);
}

/** The columns after the issue: with two delegations the text sits between them (each side's ask at its own end); with more, the text first and then every delegation's ask. */
function columns(c: CompiledScenario): ('text' | SideIndex)[] {
  return c.sideIndices.length === 2 ? [0, 'text', 1] : ['text', ...c.sideIndices];
}

function optionText(c: CompiledScenario, row: DraftRow, option: number): string {
  const w = gameWords().editor;
  const notes: string[] = [];
  for (const s of c.sideIndices) {
    if (row.sides[s]!.said === option) notes.push(w.position(sideName(c, s)));
    if (row.sides[s]!.redLines.includes(option)) notes.push(w.redLineFor(sideName(c, s)));
  }
  return w.optionNotes({ option: row.options[option]!.label, notes });
}

export function createDraftEditor(c: CompiledScenario, handlers: DraftEditorHandlers): DraftEditor {
  const w = gameWords().editor;
  const headingId = uid('editor');
  const heading = el('h2', { id: headingId, attrs: { tabindex: -1 } });
  const accepted = el('span', { class: 'small' });
  const changes = el('p', { class: 'small' });
  const body = el('tbody');
  const pendingText = el('span', { class: 'small spacer', attrs: { 'aria-live': 'polite' } });
  let work: DraftWork = NO_EDITS;
  let state: MediatorState | null = null;
  const hours = c.scenario.rules.actionHours.edit;

  const writeButton = el('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'write-draft' } });
  const resetButton = el('button', { text: w.undo, attrs: { type: 'button' } });

  const refreshPending = () => {
    const n = work.edits.length;
    pendingText.textContent = n === 0 ? w.noChanges : w.willChange(n);
    writeButton.setAttribute('aria-disabled', n === 0 ? 'true' : 'false');
    resetButton.setAttribute('aria-disabled', n === 0 ? 'true' : 'false');
    for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr[data-issue]')) {
      const issue = Number(tr.dataset.issue);
      tr.querySelector('.pending-change')?.toggleAttribute('hidden', !isEdited(work, issue));
    }
  };

  const rowNode = (row: DraftRow): HTMLTableRowElement => {
    const selectId = uid('item');
    const pendingTag = el('span', { class: 'tag pending-change', text: w.willChangeTag });
    pendingTag.hidden = !isEdited(work, row.issue);
    const tags = [
      row.core ? el('span', { class: 'tag', text: w.core }) : null,
      row.scope ? el('span', { class: 'tag', text: w.agenda }) : null,
      !row.core && !row.scope ? el('span', { class: 'tag', text: w.optional }) : null,
      row.previous !== undefined && row.previous !== row.current ? el('span', { class: 'tag changed', text: w.changed }) : null,
      pendingTag,
    ];
    let cell: HTMLElement;
    if (row.scope) {
      cell = el('td', {}, el('span', { text: optionLabel(c, row.issue, row.current) }), el('div', { class: 'muted small', text: w.byAgenda }));
    } else {
      const chosen = workingItem(work, row.issue, row.current);
      const select = el(
        'select',
        { id: selectId, attrs: { 'data-issue': row.id } },
        el('option', { text: messages().ui.common.leftOpen, attrs: { value: OPEN, selected: chosen === null } }),
        ...row.options.map((o, i) => el('option', { text: optionText(c, row, i), attrs: { value: o.id, selected: chosen === i } })),
      );
      // A long option is cut off in the closed list: its whole text shows on hover.
      const fullText = () => (select.title = select.selectedOptions[0]?.text ?? '');
      fullText();
      select.addEventListener('change', () => {
        const value = select.value === OPEN ? null : row.options.findIndex((o) => o.id === select.value);
        work = chooseItem(work, row.issue, value, row.current);
        fullText();
        refreshPending();
      });
      cell = el('td', {}, select);
    }
    return el(
      'tr',
      { attrs: { 'data-issue': row.issue } },
      el('th', { attrs: { scope: 'row' } }, row.scope ? el('span', { text: row.name }) : el('label', { text: row.name, attrs: { for: selectId } }), el('div', {}, ...tags)),
      ...columns(c).map((col) => (col === 'text' ? cell : saidCell(c, row, col))),
    );
  };

  const render = () => {
    if (!state) return;
    const s = state;
    const previous = handlers.previousDraft(s.draftVersion - 1);
    const rows = draftRows(c, s, previous);
    const focused = body.contains(document.activeElement) ? (document.activeElement as HTMLElement).getAttribute('data-issue') : null;
    heading.textContent = w.heading(s.draftVersion);
    const acc = c.sideIndices.filter((x) => s.sides[x]!.accepted === s.draftVersion).map((x) => w.accepts(sideName(c, x)));
    accepted.textContent = acc.join(' ');
    const changed = previous === undefined ? [] : changedIssues(previous, s.draft);
    changes.textContent =
      s.draftVersion === 1
        ? w.opening
        : changed.length === 0
          ? w.unchanged(s.draftVersion)
          : w.whatChanged({ version: s.draftVersion, changes: changed.map((i) => w.change({ issue: c.scenario.issues[i]!.name, was: optionLabel(c, i, rows[i]!.previous ?? null), now: optionLabel(c, i, rows[i]!.current) })) });
    fill(body, ...rows.map(rowNode));
    writeButton.textContent = w.write({ version: s.draftVersion + 1, hours });
    refreshPending();
    if (focused) body.querySelector<HTMLElement>(`[data-issue="${CSS.escape(focused)}"]`)?.focus();
  };

  writeButton.addEventListener('click', () => {
    const items = revisionItems(c, work);
    if (items === null) {
      pendingText.textContent = w.chooseFirst;
      return;
    }
    // Cleared before the write (the redraw it causes shows the new text with no pending edit);
    // the copy kept is the undo when the game refuses the revision.
    const kept = work;
    work = NO_EDITS;
    if (!handlers.write({ type: 'EDIT_DRAFT', items })) {
      work = kept;
      refreshPending();
      return;
    }
    writeButton.focus();
  });
  resetButton.addEventListener('click', () => {
    work = NO_EDITS;
    render();
  });

  const closeButton = el('button', { text: w.close, attrs: { type: 'button' }, on: { click: () => handlers.close() } });
  const node = el(
    'section',
    { class: 'panel editor', attrs: { 'aria-labelledby': headingId } },
    el('div', { class: 'row' }, heading, accepted, el('span', { class: 'spacer' }), closeButton),
    el('p', { class: 'small muted', text: w.note(hours, c.sides.length) }),
    changes,
    el(
      'div',
      { class: 'editor-scroll' },
      el(
        'table',
        { class: 'draft-table' },
        el('caption', { class: 'visually-hidden', text: w.caption }),
        el('thead', {}, el('tr', {}, ...[messages().ui.common.issue, ...columns(c).map((col) => (col === 'text' ? w.theText : w.said(sideName(c, col))))].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
        body,
      ),
    ),
    el('div', { class: 'editor-foot' }, pendingText, resetButton, writeButton),
  );
  node.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    handlers.close();
  });

  return {
    node,
    update(next) {
      state = next;
      render();
    },
    focus: () => (node.querySelector<HTMLElement>('select') ?? heading).focus(),
  };
}
