// The draft editor's working copy: the items the player has chosen to change, kept until they
// are written as one revision (one EDIT_DRAFT event). It is state a screen edits, so Immer
// makes each update (the core's hot path keeps its own copy-on-write, model/apply.ts); being
// immutable, a copy kept before a write is the undo when the game refuses it.
import { produce } from 'immer';
import type { CompiledScenario } from '../../model/index.ts';

export interface DraftEdit {
  issue: number;
  /** The option chosen, or null to leave the item open. */
  option: number | null;
}

export interface DraftWork {
  readonly edits: readonly DraftEdit[];
}

export const NO_EDITS: DraftWork = { edits: [] };

/** The working copy with an item chosen; choosing what the text already says drops the edit. */
export function chooseItem(work: DraftWork, issue: number, option: number | null, current: number | null): DraftWork {
  return produce(work, (draft) => {
    const at = draft.edits.findIndex((e) => e.issue === issue);
    if (option === current) {
      if (at !== -1) draft.edits.splice(at, 1);
    } else if (at === -1) draft.edits.push({ issue, option });
    else draft.edits[at]!.option = option;
  });
}

export function isEdited(work: DraftWork, issue: number): boolean {
  return work.edits.some((e) => e.issue === issue);
}

/** What the editor shows for an item: the player's choice, else the text's. */
export function workingItem(work: DraftWork, issue: number, current: number | null): number | null {
  const edit = work.edits.find((e) => e.issue === issue);
  return edit ? edit.option : current;
}

/** The revision as the EDIT_DRAFT event's items (issue id to option id, null: left open); null when nothing changes. */
export function revisionItems(c: CompiledScenario, work: DraftWork): Record<string, string | null> | null {
  if (work.edits.length === 0) return null;
  const items: Record<string, string | null> = {};
  for (const { issue, option } of work.edits) items[c.issueIds[issue]!] = option === null ? null : c.optionIds[issue]![option]!;
  return items;
}
