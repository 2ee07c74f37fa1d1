// A save checked against its own replay (issue 11): whatever it records (the outcome, the rounds,
// the checkpoints, the final hash, each step's digest) must be what the replay gives, and every
// line of its branch tree must be moves the game allows; a refusal names the field and both
// values, placed in the file. Saves of the mini scenario, so no outcome of a shipped one is pinned.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { addBranch, MAIN } from '../../src/replay/branches.ts';
import { checkSave, createSave, openSave, parseSave, SAVE_VERSION, type FoundScenario, type SaveFile } from '../../src/replay/save.ts';
import { saveProblemLine, saveRefusalLines } from '../../src/present/words/saves.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { OUTCOME_IDS } from '../../src/model/types.ts';
import { miniInput } from '../fixtures/mini.ts';

const mini = (() => {
  const r = loadScenarioValue(miniInput());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const lookup = (id: string, hash: string): FoundScenario => (id === 'mini' && hash === mini.hash ? { scenario: mini.scenario, hash } : { missing: 'id' });
const game = playGame(mini.scenario, policyByName('broker')!, 17, settingsFor(17));
const save = createSave(mini.scenario, mini.hash, settingsFor(17), game.events);

/** The one line a reader gives for a save, or 'read'. */
function verdictOf(s: SaveFile | string | Uint8Array): string {
  const v = openSave(typeof s === 'object' && !(s instanceof Uint8Array) ? JSON.stringify(s) : s, lookup);
  return v.ok ? 'read' : saveRefusalLines(v.refusal).join('\n');
}

describe('what a save records is what its replay gives', () => {
  it('a save as written is read, and its replayed values are what screens show', () => {
    const v = openSave(JSON.stringify(save), lookup);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.replayed).toMatchObject({ outcome: game.outcome, finalStateHash: save.finalStateHash });
    expect(v.replayed.rounds).toBe(save.rounds);
    expect(save.version).toBe(SAVE_VERSION);
  });

  it('an edited outcome is refused, naming the field and both outcomes', () => {
    const claimed = OUTCOME_IDS.find((o) => o !== save.outcome)!;
    expect(verdictOf({ ...save, outcome: claimed })).toMatch(new RegExp(`^outcome: the save records the outcome “${claimed}”, but its replay ends in “${save.outcome}” \\(line 1, column \\d+\\)$`));
    expect(verdictOf({ ...save, outcome: null })).toMatch(/^outcome: the save records the outcome as unfinished, but its replay ends in /);
  });

  it('edited rounds are refused with both numbers', () => {
    expect(verdictOf({ ...save, rounds: save.rounds! + 1 })).toMatch(new RegExp(`^rounds: the save records ${save.rounds! + 1} rounds played, but its replay plays ${save.rounds} \\(line 1, column \\d+\\)$`));
  });

  it('a removed checkpoint is refused, saying so', () => {
    expect(save.checkpoints.length).toBeGreaterThan(1);
    const n = save.checkpoints.length;
    expect(verdictOf({ ...save, checkpoints: save.checkpoints.slice(1) })).toMatch(new RegExp(`^checkpoints: the save records ${n - 1} checkpoints, but its replay makes ${n}: checkpoints were removed \\(line 1, column \\d+\\)$`));
    expect(verdictOf({ ...save, checkpoints: [] })).toMatch(/^checkpoints: .* checkpoints were removed/);
  });

  it('an edited checkpoint, final hash or trail is refused at its field', () => {
    const [first, ...rest] = save.checkpoints;
    expect(verdictOf({ ...save, checkpoints: [{ ...first!, round: first!.round + 1 }, ...rest] })).toMatch(new RegExp(`^checkpoints\\[0\\]\\.round: the save records ${first!.round + 1}, but its replay gives ${first!.round} `));
    expect(verdictOf({ ...save, finalStateHash: '0123456789abcdef' })).toMatch(new RegExp(`^finalStateHash: the save records “0123456789abcdef”, but its replay gives “${save.finalStateHash}”`));
    expect(verdictOf({ ...save, trail: save.trail.slice(0, -6) })).toMatch(/^trail: the save records \d+ steps, but its log has \d+ events/);
  });

  it('a move the game does not allow is refused anywhere in the branch tree, naming the branch', () => {
    const good = addBranch(save, MAIN, 3, [{ type: 'LISTEN' }]).save;
    expect(verdictOf(good)).toBe('read');
    const bad = addBranch(save, MAIN, 3, [{ type: 'CONTINUE' }], 'My plan').save;
    expect(verdictOf(bad)).toMatch(/^branches\[0\]\.events\[0\]: in the branch “My plan”, event 4 \(CONTINUE\) is not a move the game allows where that line stands \(round 1\) \(line 1, column \d+\)$/);
    // A branch of a branch: the move is reported in the branch that holds it.
    const nested = addBranch(good, 'b1', 4, [{ type: 'CONTINUE' }], 'Deeper').save;
    expect(verdictOf(nested)).toMatch(/^branches\[1\]\.events\[0\]: in the branch “Deeper”, event 5 /);
  });

  it('reads a save with a byte-order mark, as text or as bytes', () => {
    const text = JSON.stringify(save);
    expect(verdictOf(`\ufeff${text}`)).toBe('read');
    expect(verdictOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe('read');
  });
});

describe('the save format', () => {
  it('format 3 (no rounds, no player) still reads; format 4 must record its rounds', () => {
    const { rounds: _rounds, ...older } = { ...save, version: 3 as const };
    expect(verdictOf(older as SaveFile)).toBe('read');
    const { rounds: _r, ...missing } = save;
    expect(verdictOf(missing as SaveFile)).toMatch(/^rounds: is missing \(a save of format 4 records the rounds played\) \(line 1, column 1\)$/);
  });

  it('carries a player or team name; one with control characters or blank is refused', () => {
    const named = createSave(mini.scenario, mini.hash, settingsFor(17), game.events, [], { player: '  Team Blue ' });
    expect(named.player).toBe('Team Blue');
    expect(verdictOf(named)).toBe('read');
    expect(createSave(mini.scenario, mini.hash, settingsFor(17), game.events, [], { player: '   ' })).not.toHaveProperty('player');
    expect(verdictOf({ ...save, player: 'Team\u001b[2J' })).toMatch(/^player: must not hold control characters or line breaks \(it is the text "Team\\x1b\[2J"\) \(line 1, column \d+\)$/);
    expect(verdictOf({ ...save, player: ' ' })).toMatch(/^player: must not be only spaces/);
    expect(verdictOf({ ...save, player: 'x'.repeat(61) })).toMatch(/^player: is too long \(at most 60 characters\)/);
  });

  it('a branch name with control characters is refused, escaped', () => {
    const branched = addBranch(save, MAIN, 3, [], 'ok').save;
    const line = verdictOf({ ...branched, branches: [{ ...branched.branches[0]!, name: 'x\u0007' }] });
    expect(line).toMatch(/^branches\[0\]\.name: must not hold control characters/);
    expect(line).not.toContain('\u0007');
  });

  it('checkSave gives the problem as data: the field, and both values', () => {
    const v = checkSave({ ...save, outcome: 'framework' === save.outcome ? 'strike' : 'framework' }, mini.scenario, mini.hash);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problem).toMatchObject({ kind: 'differs', path: ['outcome'], replayed: save.outcome });
    expect(saveProblemLine(v.problem)).toMatch(/^outcome: /);
    expect(parseSave(JSON.stringify(save)).ok).toBe(true);
  });
});
