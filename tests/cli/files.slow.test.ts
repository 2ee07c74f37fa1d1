// Files you can trust, on the command line (issue 11), run as a process: an edited outcome or a
// removed checkpoint makes `validate` and `replay` exit 1 naming the field and both values; a
// byte-order mark is read; an illegal move in a branch is refused; every line is the one the
// browser shows for the same file; text from files never reaches the terminal as control codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { OUTCOME_IDS } from '../../src/model/types.ts';
import { saveRefusalLines } from '../../src/present/words/saves.ts';
import { addBranch, MAIN } from '../../src/replay/branches.ts';
import { createSave, openSave, type FoundScenario } from '../../src/replay/save.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { miniInput } from '../fixtures/mini.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuttle-files-'));
const scenarioFile = join(dir, 'mini.yaml');
writeFileSync(scenarioFile, stringify(miniInput()));
const mini = (() => {
  const r = loadScenarioValue(miniInput());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const game = playGame(mini.scenario, policyByName('broker')!, 17, settingsFor(17));
const save = createSave(mini.scenario, mini.hash, settingsFor(17), game.events);

function shuttle(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/shuttle.mjs', ...args], { timeout: 120_000 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8'), raw: Buffer.concat([r.stdout, r.stderr]) };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** What the browser's reader says of the same bytes (the replay viewer, the debrief, the class comparison). */
function browserLines(content: string | Buffer): string[] {
  const lookup = (id: string, hash: string): FoundScenario => (id === 'mini' && hash === mini.hash ? { scenario: mini.scenario, hash } : { missing: 'id' });
  const v = openSave(typeof content === 'string' ? content : new Uint8Array(content), lookup);
  return v.ok ? [] : saveRefusalLines(v.refusal);
}

/** Bytes that act on a terminal: C0 controls but the line feed, DEL, and C1 controls as UTF-8. */
const TERMINAL_CODES = (b: Buffer) => [...b].some((x, i) => (x < 0x20 && x !== 0x0a) || x === 0x7f || (x === 0xc2 && b[i + 1]! >= 0x80 && b[i + 1]! <= 0x9f));

describe('an edited save on the command line', () => {
  const claimed = OUTCOME_IDS.find((o) => o !== save.outcome)!;
  const edited = file('edited.json', JSON.stringify({ ...save, outcome: claimed }, null, 1));

  it('validate and replay refuse an edited outcome with exit 1, naming the field and both values', () => {
    const words = new RegExp(`outcome: the save records the outcome “${claimed}”, but its replay ends in “${save.outcome}” \\(line \\d+, column 2\\)`);
    const v = shuttle('validate', edited, '--scenario', scenarioFile);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(new RegExp(`^${words.source}\\n$`));
    const r = shuttle('replay', edited, '--scenario', scenarioFile);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${edited}: ${words.source}\\n$`));
    const json = shuttle('replay', edited, '--scenario', scenarioFile, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, field: 'outcome', recorded: claimed, replayed: save.outcome });
  });

  it('refuses a removed checkpoint, saying so', () => {
    const path = file('no-checkpoint.json', JSON.stringify({ ...save, checkpoints: save.checkpoints.slice(0, -1) }));
    const v = shuttle('validate', path, '--scenario', scenarioFile);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/^checkpoints: the save records \d+ checkpoints, but its replay makes \d+: checkpoints were removed/);
  });

  it('reads a save that starts with a byte-order mark, and says what its replay gives', () => {
    const path = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(save))]));
    const v = shuttle('validate', path, '--scenario', scenarioFile);
    expect(v.code).toBe(0);
    expect(v.out).toContain(`outcome ${save.outcome}, ${save.rounds} rounds`);
    const r = shuttle('replay', path, '--scenario', scenarioFile, '--json');
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, outcome: save.outcome, rounds: save.rounds, finalStateHash: save.finalStateHash });
  });
});

describe('the same verdict and the same words as the browser', () => {
  const cases: [string, string | Buffer][] = [
    ['edited.json', JSON.stringify({ ...save, rounds: (save.rounds ?? 1) + 1 })],
    ['branch.json', JSON.stringify(addBranch(save, MAIN, 3, [{ type: 'LISTEN' }, { type: 'CONTINUE' }], 'Plan B').save)],
    ['player.json', JSON.stringify({ ...save, player: 'Team\u001b[2J\u0007' })],
    ['latin1.json', Buffer.from(JSON.stringify({ ...save, player: 'Équipe' }), 'latin1')],
    ['cut.json', JSON.stringify(save).slice(0, 300)],
    ['deep.json', JSON.stringify({ ...save, player: JSON.parse(`${'['.repeat(60)}${']'.repeat(60)}`) as unknown })],
  ];

  it.each(cases)('%s: one line per problem, as the browser says it', (name, content) => {
    const path = file(name, content);
    const v = shuttle('validate', path, '--scenario', scenarioFile);
    expect(v.code).toBe(1);
    const expected = browserLines(content);
    expect(expected.length).toBeGreaterThan(0);
    expect(v.out.trimEnd().split('\n')).toEqual(expected);
    expect(TERMINAL_CODES(v.raw)).toBe(false);
  });

  it('an illegal move in a branch is refused by both, naming the branch', () => {
    expect(browserLines(cases[1]![1])).toEqual([expect.stringMatching(/^branches\[0\]\.events\[1\]: in the branch “Plan B”, event 5 \(CONTINUE\) is not a move the game allows/)]);
  });
});

describe('text from files is inert on a terminal', () => {
  it('a scenario that tries to clear the screen, retitle the terminal and fake an OK is refused, its text escaped', () => {
    const input = miniInput();
    input.title = '\u001b[2J\u001b]0;pwned\u0007\rOK: valid scenario';
    input.delegations[0]!.shortName = 'North\u0000';
    const path = file('hostile.yaml', stringify(input));
    const v = shuttle('validate', path);
    expect(v.code).toBe(1);
    expect(TERMINAL_CODES(v.raw)).toBe(false);
    expect(v.out).toContain('title: must not hold control characters (such as NUL, ESC or BEL) (it is the text "\\x1b[2J\\x1b]0;pwned\\x07\\x0dOK: valid scenario")');
    expect(v.out).toContain('"North\\x00"');
    for (const line of v.out.trimEnd().split('\n')) expect(line).toMatch(/^\S+: .* \(line \d+, column \d+\)$/);
  });

  it('a file name with control codes is printed escaped', () => {
    const path = file('\u001b[31mred\u0007.json', JSON.stringify(save));
    const v = shuttle('replay', path, '--scenario', scenarioFile);
    expect(v.code).toBe(0);
    expect(TERMINAL_CODES(v.raw)).toBe(false);
    expect(v.out).toContain('\\x1b[31mred\\x07.json: ');
  });

  it('a scenario in Latin-1 is named as such, with where its first byte that is not UTF-8 is', () => {
    const path = file('latin1.yaml', Buffer.from(stringify({ ...miniInput(), title: 'Négociation' }), 'latin1'));
    const v = shuttle('validate', path);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/^\(file\): is not UTF-8 text: the byte 0xE9 is not UTF-8 .* \(line \d+, column \d+\)\n$/);
  });
});
