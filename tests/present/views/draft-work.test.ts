// The draft editor's working copy: choices kept until written as one revision, each update a new
// copy (the one kept before a write is the undo when the game refuses it).
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor } from '../../../src/machine/game.ts';
import { chooseItem, isEdited, NO_EDITS, revisionItems, workingItem } from '../../../src/present/views/draft-work.ts';
import { loadMini } from '../../fixtures/mini.ts';

const c = compiledFor(loadMini(), settingsFor(1));

describe('the draft editor’s working copy', () => {
  it('keeps a choice per item until it is written, and drops one that returns to the text', () => {
    const one = chooseItem(NO_EDITS, 0, 2, 1);
    const two = chooseItem(one, 1, null, 0);
    expect(workingItem(two, 0, 1)).toBe(2);
    expect(workingItem(two, 1, 0)).toBeNull();
    expect(workingItem(two, 2, 3)).toBe(3);
    expect(revisionItems(c, two)).toEqual({ [c.issueIds[0]!]: c.optionIds[0]![2]!, [c.issueIds[1]!]: null });
    const back = chooseItem(two, 0, 1, 1);
    expect(isEdited(back, 0)).toBe(false);
    expect(revisionItems(c, chooseItem(back, 1, 0, 0))).toBeNull();
  });

  it('changes a choice in place and never changes a copy it was given', () => {
    const one = chooseItem(NO_EDITS, 0, 2, 1);
    const changed = chooseItem(one, 0, 3, 1);
    expect(changed.edits).toEqual([{ issue: 0, option: 3 }]);
    expect(one.edits).toEqual([{ issue: 0, option: 2 }]);
    expect(NO_EDITS.edits).toEqual([]);
    expect(Object.isFrozen(one.edits)).toBe(true);
  });
});
