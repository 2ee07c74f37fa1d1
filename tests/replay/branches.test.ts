// Branches kept as a tree beside the main line, and two lines compared.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { addBranch, branchTree, deleteBranch, extendBranch, lineEvents, MAIN, renameBranch, restoreBranches, treeProblems } from '../../src/replay/branches.ts';
import { compareLines, firstDifference } from '../../src/replay/compare.ts';
import { createSave, parseSave } from '../../src/replay/save.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { formatProblem } from '../../src/scenario/path.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { miniInput } from '../fixtures/mini.ts';

const loaded = (() => {
  const r = loadScenarioValue(miniInput());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const { scenario, hash } = loaded;
const settings = settingsFor(6);
const main = playGame(scenario, policyByName('broker')!, 6, settings).events;
const other = playGame(scenario, policyByName('passive')!, 6, settings).events;
const save = createSave(scenario, hash, settings, main);

describe('branches', () => {
  it('keep the main line and resolve a branch to its parent prefix plus its own events', () => {
    const { save: s1, id } = addBranch(save, MAIN, 5, other.slice(5, 12), '  Softer line ');
    expect(s1.events).toEqual(save.events);
    expect(lineEvents(s1, id)).toEqual([...main.slice(0, 5), ...other.slice(5, 12)]);
    expect(s1.branches[0]!.name).toBe('Softer line');
    const { save: s2, id: child } = addBranch(s1, id, 8, [{ type: 'RECESS' }]);
    expect(lineEvents(s2, child)).toEqual([...lineEvents(s1, id).slice(0, 8), { type: 'RECESS' }]);
    const tree = branchTree(s2, 'Main line');
    expect(tree.children.map((n) => n.id)).toEqual([id]);
    expect(tree.children[0]!.children.map((n) => n.id)).toEqual([child]);
    expect(treeProblems(s2)).toEqual([]);
  });

  it('can be renamed, extended, deleted with their descendants, and the deletion undone', () => {
    const { save: s1, id } = addBranch(save, MAIN, 3, []);
    const { save: s2, id: child } = addBranch(s1, id, 3, [{ type: 'LISTEN' }]);
    const renamed = renameBranch(s2, id, 'Hard line');
    expect(renamed.branches.find((b) => b.id === id)!.name).toBe('Hard line');
    expect(() => renameBranch(s2, id, '   ')).toThrow(/needs a name/);
    expect(lineEvents(extendBranch(s2, id, [{ type: 'RECESS' }]), id)).toHaveLength(4);
    const { save: pruned, removed } = deleteBranch(renamed, id);
    expect(pruned.branches).toEqual([]);
    expect(removed.map((b) => b.id)).toEqual([id, child]);
    expect(restoreBranches(pruned, removed).branches).toEqual(renamed.branches);
  });

  it('leave the save they were given as it was, and share what they did not change', () => {
    const { save: s1, id } = addBranch(save, MAIN, 3, [{ type: 'LISTEN' }], 'First');
    const { save: s2, id: second } = addBranch(s1, MAIN, 4, [{ type: 'RECESS' }], 'Second');
    const before = JSON.stringify(s2);
    const renamed = renameBranch(s2, id, 'Renamed');
    const extended = extendBranch(s2, second, [{ type: 'CONTINUE' }]);
    const { save: pruned } = deleteBranch(s2, second);
    expect(restoreBranches(pruned, s2.branches.slice(1)).branches.map((b) => b.name)).toEqual(['First', 'Second']);
    expect(JSON.stringify(s2)).toBe(before);
    expect(save.branches).toEqual([]);
    expect(renamed.branches[1]).toBe(s2.branches[1]);
    expect(extended.branches[0]).toBe(s2.branches[0]);
    expect(renamed.events).toBe(s2.events);
  });

  it('refuse branch points outside the parent line, and saves with a broken tree', () => {
    expect(() => addBranch(save, MAIN, main.length + 1, [])).toThrow(/cannot branch/);
    const broken = { ...save, branches: [{ id: 'b1', name: 'x', parent: 'b9', at: 0, events: [] }] };
    expect(treeProblems(broken).map(formatProblem)).toEqual(['branches[0].parent: no line "b9"']);
    const cycle = { ...save, branches: [{ id: 'b1', name: 'x', parent: 'b2', at: 0, events: [] }, { id: 'b2', name: 'y', parent: 'b1', at: 0, events: [] }] };
    expect(treeProblems(cycle).map(formatProblem).join('\n')).toMatch(/its own ancestor/);
    expect(parseSave(JSON.stringify(broken))).toEqual({ ok: false, kind: 'invalid', errors: [expect.stringMatching(/^branches\[0\]\.parent: no line "b9" \(line 1, column \d+\)$/)] });
    const good = addBranch(save, MAIN, 2, [{ type: 'RECESS' }]).save;
    expect(parseSave(JSON.stringify(good)).ok).toBe(true);
  });
});

describe('compareLines', () => {
  it('finds where two lines part and explains the split from the ledger', () => {
    const cmp = compareLines(scenario, settings, main, other);
    expect(cmp.divergesAt).toBe(firstDifference(main, other));
    expect(cmp.divergesAt).toBeLessThan(Math.min(main.length, other.length));
    expect(cmp.meters[0]).toHaveLength(main.length + 1);
    expect(cmp.meters[1]).toHaveLength(other.length + 1);
    // Before the split, both lines are the same game.
    for (let i = 0; i <= cmp.divergesAt; i++) expect(cmp.meters[0][i]).toEqual(cmp.meters[1][i]);
    expect(cmp.outcomes[0]?.id).toBeTruthy();
    expect(cmp.outcomes[1]?.id).toBeTruthy();
    for (const list of cmp.explaining) for (const e of list) expect(e.hidden).toBe(false);
    expect(cmp.explaining[0].length + cmp.explaining[1].length).toBeGreaterThan(0);
  });

  it('reports no difference for the same line', () => {
    const cmp = compareLines(scenario, settings, main, main);
    expect(cmp.divergesAt).toBe(main.length);
    expect(cmp.textDifferences).toEqual([]);
    expect(cmp.explaining).toEqual([[], []]);
  });
});
