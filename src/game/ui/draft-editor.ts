// The draft editor in the majlis: one text, an option per issue (or the item left open), what
// each side last said about each item, and what changed since the last version. Choices are
// gathered in a working copy (present/views/draft-work.ts, made with Immer) and written as one
// revision (one EDIT_DRAFT event) when the player writes it.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { el, fill, uid } from '../dom/el.ts';
import { changedIssues, chooseItem, draftRows, isEdited, NO_EDITS, optionLabel, PRIORITY_WORDS, revisionItems, sideName, workingItem, type DraftRow, type DraftWork, type SideNote } from '../../present/index.ts';

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
  const n: SideNote = row.sides[s];
  const parts: (HTMLElement | string)[] = [n.said === null ? 'Not heard yet' : optionLabel(c, row.issue, n.said)];
  const tags: HTMLElement[] = [];
  if (n.priority !== '?') tags.push(el('span', { class: 'tag', text: `Priority: ${PRIORITY_WORDS[n.priority]}` }));
  for (const o of n.redLines) tags.push(el('span', { class: 'tag red', text: `Red line: ${optionLabel(c, row.issue, o)}` }));
  if (n.criticised) tags.push(el('span', { class: 'tag crit', text: 'Criticised in the last draft they saw' }));
  return el('td', { class: `said s${s}` }, ...parts, tags.length ? el('div', {}, ...tags) : null);
}

function optionText(c: CompiledScenario, row: DraftRow, option: number): string {
  const notes: string[] = [];
  for (const s of [0, 1] as const) {
    if (row.sides[s].said === option) notes.push(`${sideName(c, s)}’s position`);
    if (row.sides[s].redLines.includes(option)) notes.push(`red line for ${sideName(c, s)}`);
  }
  return notes.length ? `${row.options[option]!.label} (${notes.join('; ')})` : row.options[option]!.label;
}

export function createDraftEditor(c: CompiledScenario, handlers: DraftEditorHandlers): DraftEditor {
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
  const resetButton = el('button', { text: 'Undo my choices', attrs: { type: 'button' } });

  const refreshPending = () => {
    const n = work.edits.length;
    pendingText.textContent = n === 0 ? 'No changes yet: choose options above.' : `${n} item${n === 1 ? '' : 's'} will change in the next version.`;
    writeButton.setAttribute('aria-disabled', n === 0 ? 'true' : 'false');
    resetButton.setAttribute('aria-disabled', n === 0 ? 'true' : 'false');
    for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr[data-issue]')) {
      const issue = Number(tr.dataset.issue);
      tr.querySelector('.pending-change')?.toggleAttribute('hidden', !isEdited(work, issue));
    }
  };

  const rowNode = (row: DraftRow): HTMLTableRowElement => {
    const selectId = uid('item');
    const pendingTag = el('span', { class: 'tag pending-change', text: 'Will change' });
    pendingTag.hidden = !isEdited(work, row.issue);
    const tags = [
      row.core ? el('span', { class: 'tag', text: 'Core' }) : null,
      row.scope ? el('span', { class: 'tag', text: 'Agenda' }) : null,
      row.previous !== undefined && row.previous !== row.current ? el('span', { class: 'tag changed', text: 'Changed in this version' }) : null,
      pendingTag,
    ];
    let cell: HTMLElement;
    if (row.scope) {
      cell = el('td', {}, el('span', { text: optionLabel(c, row.issue, row.current) }), el('div', { class: 'muted small', text: 'Set by proposing the agenda in a room.' }));
    } else {
      const chosen = workingItem(work, row.issue, row.current);
      const select = el(
        'select',
        { id: selectId, attrs: { 'data-issue': row.id } },
        el('option', { text: 'Left open', attrs: { value: OPEN, selected: chosen === null } }),
        ...row.options.map((o, i) => el('option', { text: optionText(c, row, i), attrs: { value: o.id, selected: chosen === i } })),
      );
      select.addEventListener('change', () => {
        const value = select.value === OPEN ? null : row.options.findIndex((o) => o.id === select.value);
        work = chooseItem(work, row.issue, value, row.current);
        refreshPending();
      });
      cell = el('td', {}, select);
    }
    return el(
      'tr',
      { attrs: { 'data-issue': row.issue } },
      el('th', { attrs: { scope: 'row' } }, row.scope ? el('span', { text: row.name }) : el('label', { text: row.name, attrs: { for: selectId } }), el('div', {}, ...tags)),
      saidCell(c, row, 0),
      cell,
      saidCell(c, row, 1),
    );
  };

  const render = () => {
    if (!state) return;
    const s = state;
    const previous = handlers.previousDraft(s.draftVersion - 1);
    const rows = draftRows(c, s, previous);
    const focused = body.contains(document.activeElement) ? (document.activeElement as HTMLElement).getAttribute('data-issue') : null;
    heading.textContent = `The draft, version ${s.draftVersion}`;
    const acc = ([0, 1] as const).filter((x) => s.sides[x].accepted === s.draftVersion).map((x) => `${sideName(c, x)} accepts this version.`);
    accepted.textContent = acc.join(' ');
    const changed = previous === undefined ? [] : changedIssues(previous, s.draft);
    changes.textContent =
      s.draftVersion === 1
        ? 'This is the opening text: items the scenario starts with, the rest left open.'
        : changed.length === 0
          ? `Version ${s.draftVersion}: no item changed.`
          : `What changed in version ${s.draftVersion}: ${changed.map((i) => `${c.scenario.issues[i]!.name} (was: ${optionLabel(c, i, previous === undefined ? null : (rows[i]!.previous ?? null))}; now: ${optionLabel(c, i, rows[i]!.current)})`).join('; ')}.`;
    fill(body, ...rows.map(rowNode));
    writeButton.textContent = `Write draft ${s.draftVersion + 1} (${hours} h)`;
    refreshPending();
    if (focused) body.querySelector<HTMLElement>(`[data-issue="${CSS.escape(focused)}"]`)?.focus();
  };

  writeButton.addEventListener('click', () => {
    const items = revisionItems(c, work);
    if (items === null) {
      pendingText.textContent = 'Choose at least one change before writing a new version.';
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

  const closeButton = el('button', { text: 'Close (Esc)', attrs: { type: 'button' }, on: { click: () => handlers.close() } });
  const node = el(
    'section',
    { class: 'panel editor', attrs: { 'aria-labelledby': headingId } },
    el('div', { class: 'row' }, heading, accepted, el('span', { class: 'spacer' }), closeButton),
    el('p', { class: 'small muted', text: `One text for both sides (the single negotiating text). Choose an option for each item, or leave it open, then write the revision: it takes ${hours} h. Present it in each room.` }),
    changes,
    el(
      'div',
      { class: 'editor-scroll' },
      el(
        'table',
        { class: 'draft-table' },
        el('caption', { class: 'visually-hidden', text: 'The draft: each issue with what each side said and the option in the text' }),
        el('thead', {}, el('tr', {}, el('th', { text: 'Issue', attrs: { scope: 'col' } }), el('th', { text: `${sideName(c, 0)} said`, attrs: { scope: 'col' } }), el('th', { text: 'The text', attrs: { scope: 'col' } }), el('th', { text: `${sideName(c, 1)} said`, attrs: { scope: 'col' } }))),
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
