// The `shuttle` command as other tools use it (DESIGN.md §5): run as a real process.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_VERSION } from '../../src/model/version.ts';
import { DEFAULT_POLICY, POLICIES, QUICK_POLICIES } from '../../src/sim/policies/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuttle-cli-'));

function shuttle(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/shuttle.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const OUTCOMES = ['framework', 'interim', 'continue', 'suspended', 'collapse', 'strike'];

describe('shuttle sim', () => {
  it('plays one game and prints the outcome as JSON, the same for the same seed', () => {
    const a = shuttle('sim', '--seed', '42', '--json');
    expect(a.code).toBe(0);
    const game = JSON.parse(a.out) as Record<string, unknown>;
    expect(OUTCOMES).toContain(game.outcome);
    expect(game.seed).toBe(42);
    expect(game.policy).toBe(DEFAULT_POLICY);
    expect(game.rules).toBe(RULES_VERSION);
    expect(game.rounds).toBeGreaterThanOrEqual(1);
    expect(game.finalStateHash).toMatch(/^[0-9a-f]{16}$/);
    const b = JSON.parse(shuttle('sim', '--seed', '42', '--json').out) as Record<string, unknown>;
    expect(b.finalStateHash).toBe(game.finalStateHash);
    const other = JSON.parse(shuttle('sim', '--seed', '43', '--json', '--policy', 'passive').out) as Record<string, unknown>;
    expect(other.finalStateHash).not.toBe(game.finalStateHash);
  });

  it('prints a readable transcript: rooms, who spoke, the news, what moved and why, the text and the outcome', () => {
    const r = shuttle('sim', '--seed', '7');
    expect(r.code).toBe(0);
    expect(r.out).toContain('== Round 1: Muscat, the first day');
    expect(r.out).toMatch(/\[Tehran’s room\]|\[Washington’s room\]/);
    expect(r.out).toMatch(/\n {4}(Tehran|Washington): /);
    // A reply names its delegation itself: it is reported, never "Tehran: Tehran states…".
    expect(r.out).toMatch(/\n {4}· (Tehran|Washington) /);
    expect(r.out).not.toMatch(/\n {4}(Tehran|Washington): \1 (states its position|cares|moves on|offers a trade)/);
    expect(r.out).toContain('News:');
    expect(r.out).toMatch(/What moved:\n {4}[A-Z]/);
    // What moved moved: no meter from a value to the same value.
    expect(r.out).not.toMatch(/\n {4}[^\n]*: (\d+) -> \1 {2}\[/);
    // The day's news in date order.
    for (const block of r.out.split('News:\n').slice(1)) {
      const dates = [...block.split('\n  What moved')[0]!.matchAll(/^ {4}(\d{1,2} \w{3} \d{4}) /gm)].map((m) => Date.parse(m[1]!));
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
    expect(r.out).toContain('Nash bargaining point');
    expect(r.out).toMatch(/\nOutcome: (framework|interim|continue|suspended|collapse|strike) \([^)]+\): /);
    // Worths on the game's 0–100, as every screen prints them, the Nash point's by delegation.
    expect(r.out).toMatch(/\n {2}Worth \(0–100, each in its own terms\) to \w+: \d+\.\d \(fallback \d+\.\d\); to \w+: /);
    expect(r.out).not.toMatch(/Worth .*0\.\d{3}/);
    expect(r.out).toMatch(/Final state hash: [0-9a-f]{16}/);
  });

  it('runs a batch and reports the outcome counts per policy and games per second', () => {
    const r = shuttle('sim', '--batch', '12', '--policy', 'all', '--json', '--seed', '5');
    expect(r.code).toBe(0);
    const batch = JSON.parse(r.out) as { gamesPerSecond: number; policies: { policy: string; outcomes: Record<string, number> }[] };
    expect(batch.gamesPerSecond).toBeGreaterThan(0);
    expect(batch.policies.map((p) => p.policy)).toEqual(POLICIES.map((p) => p.name));
    for (const p of batch.policies) {
      expect(Object.keys(p.outcomes).sort()).toEqual([...OUTCOMES].sort());
      expect(Object.values(p.outcomes).reduce((a, b) => a + b, 0)).toBe(12);
    }
    const table = shuttle('sim', '--batch', '5', '--policy', 'passive');
    expect(table.out).toMatch(/passive\s+[\d.]+%/);
    expect(table.out).toMatch(/games\/s/);
  });

  it('writes a save that replays to the same final hash, and names the event where a tampered one diverges', () => {
    const file = join(dir, 'game.json');
    const sim = JSON.parse(shuttle('sim', '--seed', '11', '--policy', 'manipulator', '--json', '--save', file).out) as { finalStateHash: string };
    const save = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { events: { type: string }[] };
    for (const field of ['version', 'rules', 'scenario', 'settings', 'seed', 'events', 'checkpoints', 'finalStateHash']) expect(save).toHaveProperty(field);
    expect(save.rules).toBe(RULES_VERSION);
    expect(save.finalStateHash).toBe(sim.finalStateHash);
    expect(statSync(file).size).toBeLessThan(10_000);

    const replay = shuttle('replay', file, '--json');
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.out)).toMatchObject({ ok: true, finalStateHash: sim.finalStateHash, rules: RULES_VERSION });

    const i = save.events.findIndex((e, k) => k > 10 && e.type === 'WALK');
    save.events[i] = { type: save.events[i + 1]?.type === 'LISTEN' ? 'PAINT_STALEMATE' : 'LISTEN' };
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(save));
    const bad = shuttle('replay', tampered);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(new RegExp(`(diverges at event|event) ${i + 1}\\b`));
  });
});

describe('a save of other rules', () => {
  // Kept as a fixture: a save made before the rules were recorded (rules 1).
  const old = 'tests/fixtures/saves/rules1-mini.json';
  const named = new RegExp(`version 1\\b.*version ${RULES_VERSION}\\b`);

  it('replay refuses it by name, never replaying it, and exits 1', () => {
    const r = shuttle('replay', old);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${old}: rules: it was made under `));
    expect(r.err).toMatch(named);
    const json = shuttle('replay', old, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, rules: 1, problem: expect.stringMatching(named) });
  });

  it('validate names the rules field, and whatif refuses it too', () => {
    const r = shuttle('validate', old);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([expect.stringMatching(/^rules: /)]);
    expect(r.out).toMatch(named);
    const w = shuttle('whatif', old, '--at', '3');
    expect(w.code).not.toBe(0);
    expect(w.err).toMatch(named);
  });
});

describe('shuttle validate', () => {
  it('accepts the default scenario and a save', () => {
    expect(shuttle('validate', 'scenarios/muscat-2026.yaml').code).toBe(0);
    const file = join(dir, 'v.json');
    shuttle('sim', '--seed', '3', '--save', file, '--json');
    expect(shuttle('validate', file).code).toBe(0);
  });

  it('names each problem by its field, one line each, and exits 1 with no stack trace', () => {
    const text = readFileSync('scenarios/muscat-2026.yaml', 'utf8').replace('enrichment: 0.20', 'enrichment: 3').replace(/^id: muscat-2026$/m, 'id: Muscat 2026');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, text);
    const r = shuttle('validate', file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^delegations\[0\]\.weights\.enrichment: must be a number between 0 and 1 \(it is 3\) \(line \d+, column \d+\)$/));
    expect(lines.some((l) => l.startsWith('id: must be a lower-case id'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[\w$.[\]()-]+: /);
    expect(r.out + r.err).not.toMatch(/\n\s+at .*\(/);
  });

  it('refuses a hostile file cleanly', () => {
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)},*${String.fromCharCode(97 + k)}]`).join('\n')}\n`);
    const r = shuttle('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\(file\): /);
  });
});

describe('bad arguments', () => {
  it.each([
    [['sim', '--seed', 'x'], /--seed must be a whole number/],
    [['sim', '--policy', 'nobody'], /unknown policy "nobody"/],
    [['sim', '--bogus'], /unknown option '--bogus'/],
    [['replay'], /replay needs exactly one save file/],
    [['replay', 'no-such-file.json'], /no-such-file.json: no such file/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j gets one clear line and a non-zero exit', (args, message) => {
    const r = shuttle(...args);
    expect(r.code).not.toBe(0);
    expect(r.err.split('\n')[0]).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('shuttle whatif', () => {
  it('runs continuations from a step of a save and ranks the next moves', () => {
    const file = join(dir, 'whatif.json');
    shuttle('sim', '--seed', '11', '--policy', 'manipulator', '--json', '--save', file);
    const r = shuttle('whatif', file, '--at', '12', '--n', '60', '--policy', 'all', '--decisions', '4', '--json');
    expect(r.code).toBe(0);
    const w = JSON.parse(r.out) as { at: number; runs: number; hidden: string; baseline: { runs: number; outcomes: Record<string, number> }; perPolicy: unknown[]; decisions: { event: { type: string }; shift: number; words: string }[] };
    expect(w.at).toBe(12);
    // By default the hidden values are sampled from the mediator's beliefs, and the output says so.
    expect(w.hidden).toBe('beliefs');
    expect(w.baseline.runs).toBe(60);
    // 'all' is every quick mediator: the planner is too slow for thousands of continuations.
    expect(w.perPolicy).toHaveLength(QUICK_POLICIES.length);
    expect(w.decisions.length).toBeGreaterThan(0);
    for (let i = 1; i < w.decisions.length; i++) expect(Math.abs(w.decisions[i - 1]!.shift)).toBeGreaterThanOrEqual(Math.abs(w.decisions[i]!.shift));
    // The moves are named in words (the vocabulary's imperative, as the menu names them), not as raw events.
    for (const d of w.decisions) {
      expect(d.words).toMatch(/^[A-Z][a-z]+ /);
      expect(d.words).not.toContain(d.event.type);
    }
    const text = shuttle('whatif', file, '--at', '12', '--n', '30', '--decisions', '3');
    expect(text.out).toContain('The next moves that change it most');
    expect(text.out).toContain("Hidden values: sampled from the mediator's notebook at that step");
    const truth = shuttle('whatif', file, '--at', '12', '--n', '10', '--decisions', '0', '--hidden', 'truth');
    expect(truth.out).toContain("Hidden values: the game's true ones (teaching mode");
    expect(JSON.parse(shuttle('whatif', file, '--at', '12', '--n', '10', '--decisions', '0', '--hidden', 'truth', '--json').out).hidden).toBe('truth');
    expect(shuttle('whatif', file, '--at', '12', '--hidden', 'oracle').err).toMatch(/--hidden must be beliefs or truth/);
    expect(text.out).not.toContain('{"type"');
    expect(shuttle('whatif', file).err).toMatch(/--at is required/);
    expect(shuttle('whatif', file, '--at', '9999').err).toMatch(/--at must be between 0 and/);
  });
});
