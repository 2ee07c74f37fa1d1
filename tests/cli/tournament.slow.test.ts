// `shuttle tournament` as other tools use it (DESIGN.md §5): run as a real process.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'shuttle-tournament-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shuttle(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/shuttle.mjs', 'tournament', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const OUTCOMES = ['framework', 'interim', 'continue', 'suspended', 'collapse', 'strike'];
const BUILT_IN = ['passive', 'random', 'formulator', 'manipulator', 'broker', 'planner'];

interface Report {
  scenario: { id: string; hash: string };
  seeds: { first: number; count: number };
  policies: { policy: string; games: number; outcomes: Record<string, number>; refused: number; malformed: number; meanUtility: number[] | null; nashDistance: number | null; gamesPerSecond: number }[];
  gamesPerSecond: number;
}

/** The JSON output without the games per second, the one figure that changes from run to run. */
const withoutSpeed = (out: string) => out.replace(/"gamesPerSecond":\d+/g, '"gamesPerSecond":0');

describe('shuttle tournament --json', () => {
  it('prints one object: the scenario, the seeds, and per policy its outcomes, moves refused and malformed, utilities and speed', () => {
    const r = shuttle('--games', '8', '--seed', '5', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(r.out) as Report;
    expect(Object.keys(report)).toEqual(['scenario', 'seeds', 'policies', 'gamesPerSecond']);
    expect(report.scenario).toEqual({ id: 'muscat-2026', hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(report.seeds).toEqual({ first: 5, count: 8 });
    expect(report.policies.map((p) => p.policy)).toEqual(BUILT_IN);
    for (const p of report.policies) {
      expect(Object.keys(p)).toEqual(['policy', 'games', 'outcomes', 'refused', 'malformed', 'capped', 'meanUtility', 'nashDistance', 'gamesPerSecond']);
      expect(Object.keys(p.outcomes)).toEqual(OUTCOMES);
      expect(Object.values(p.outcomes).reduce((a, b) => a + b, 0)).toBe(8);
      expect(p.refused + p.malformed).toBe(0);
      const agreements = p.outcomes.framework! + p.outcomes.interim!;
      if (agreements === 0) expect(p.meanUtility).toBeNull();
      else expect(p.meanUtility).toEqual([expect.any(Number), expect.any(Number)]);
      expect(p.gamesPerSecond).toBeGreaterThan(0);
    }
  });

  it('gives the same output for the same arguments, on one worker or two, apart from the games per second', () => {
    const args = ['--games', '12', '--policy', 'broker', '--policy', 'examples/policies/courier.mjs', '--json'];
    const one = shuttle(...args, '--workers', '1');
    const two = shuttle(...args, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(withoutSpeed(two.out)).toBe(withoutSpeed(one.out));
    expect(withoutSpeed(shuttle(...args, '--workers', '1').out)).toBe(withoutSpeed(one.out));
  });

  it('plays the example policies, in JavaScript and TypeScript, with allowed moves only', () => {
    const r = shuttle('--games', '10', '--policy', 'examples/policies/courier.mjs', '--policy', 'examples/policies/drafter.ts', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.policies.map((p) => p.policy)).toEqual(['courier', 'drafter']);
    for (const p of report.policies) expect(p.refused + p.malformed).toBe(0);
    // The drafter writes a text and gets it accepted, at least in part, in some of the games.
    expect(report.policies[1]!.meanUtility).not.toBeNull();
  });

  it('counts the moves of a policy that breaks the rules, and the games still end', () => {
    const rogue = file(
      'rogue.mjs',
      `export default { name: 'rogue', create() { let n = 0; return { next(view) {
        n++;
        if (n % 3 === 0) throw new Error('oops');
        if (n % 3 === 1) return { type: 'TELEPORT' };
        return { type: 'PRESENT_DRAFT' };
      } }; } };`,
    );
    const r = shuttle('--games', '3', '--policy', rogue, '--json');
    expect(r.code).toBe(0);
    const [p] = (JSON.parse(r.out) as Report).policies;
    expect(p!.malformed).toBeGreaterThan(0);
    expect(p!.refused).toBeGreaterThan(0);
    expect(Object.values(p!.outcomes).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('loads a CommonJS .js module from a folder that is not an ES-module package', () => {
    const old = file('plain/old.js', `module.exports = { name: 'old', create() { return { next: (v) => (v.phase === 'briefing' ? { type: 'BEGIN' } : v.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' }) }; } };`);
    const r = shuttle('--games', '2', '--policy', old, '--json', '--workers', '2');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Report).policies[0]).toMatchObject({ policy: 'old', refused: 0, malformed: 0 });
  });
});

describe('shuttle tournament as a table', () => {
  it('shows the outcome shares, refused and malformed moves, utilities and games per second per policy', () => {
    const r = shuttle('--games', '6', '--policy', 'passive', '--policy', 'broker');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tournament on muscat-2026');
    expect(r.out).toMatch(/^policy\s+framework\s+interim\s+continue\s+suspended\s+collapse\s+strike\s+refused\s+malformed\s+capped\s+utility\s+to Nash\s+games\/s$/m);
    expect(r.out).toMatch(/^passive(\s+\d+\.\d%){6}\s+0\s+0\s+0\s+-\s+-\s+\d+$/m);
    expect(r.out).toMatch(/^broker(\s+\d+\.\d%){6}\s+0\s+0\s+0\s+/m);
    expect(r.out).toMatch(/12 games in [\d.]+ s on 1 thread: \d+ games\/s/);
    // No progress bar when stderr is not a terminal.
    expect(r.err).toBe('');
  });
});

describe('shuttle tournament refuses', () => {
  const shape = () => file('shape.mjs', `export default { name: 'x' };`);
  const syntax = () => file('syntax.mjs', `export default { name: 'x', create( };`);
  const esm = () => {
    file('esm/package.json', '{ "type": "module" }');
    return file('esm/cjs.js', `module.exports = { name: 'x', create() {} };`);
  };
  it.each([
    ['--games x', () => ['--games', 'x'], /^shuttle: --games must be a whole number \(got "x"\)$/, 2],
    ['--games 0', () => ['--games', '0'], /^shuttle: --games must be between 1 and 1000000 \(got 0\)$/, 2],
    ['--workers 0', () => ['--workers', '0'], /^shuttle: --workers must be between 1 and 64 \(got 0\)$/, 2],
    ['a seed range past the last seed', () => ['--seed', '2147483647', '--games', '2'], /^shuttle: --seed 2147483647 with --games 2 runs past the last seed/, 2],
    ['an unknown option', () => ['--bogus'], /^shuttle: unknown option '--bogus'$/, 2],
    ['an unknown policy', () => ['--policy', 'nobody'], /^shuttle: unknown policy "nobody" \(choose passive, random, formulator, manipulator, broker, planner, all, or a path/, 2],
    ['a policy given twice', () => ['--policy', 'broker', '--policy', 'broker'], /^shuttle: policy "broker" is given twice; give each policy once$/, 2],
    ['a policy given twice through all', () => ['--policy', 'all', '--policy', 'broker'], /^shuttle: policy "broker" is given twice \(all holds every built-in policy\)/, 2],
    ['a file that is not a module', () => ['--policy', 'x.cjs'], /^shuttle: x\.cjs: a policy module must be a \.mjs, \.js or \.ts file$/, 2],
    ['a missing module', () => ['--policy', 'nowhere/mine.mjs'], /^shuttle: nowhere\/mine\.mjs: no such file$/, 1],
    ['a module of the wrong shape', () => ['--policy', shape()], /shape\.mjs: the default export must be \{ name, create\(\) \}$/, 1],
    ['a module that does not parse', () => ['--policy', syntax()], /syntax\.mjs: cannot load the module \(SyntaxError: /, 1],
    ['CommonJS in an ES-module package', () => ['--policy', esm()], /cjs\.js: CommonJS \(module\.exports\) in an ES-module package; write export default \{ name, create \}$/, 1],
    ['a missing scenario', () => ['--scenario', 'nowhere.yaml'], /^shuttle: nowhere\.yaml: no such file$/, 1],
  ])('%s: one clear line and its exit code', (_what, args, message, code) => {
    const r = shuttle(...args());
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err.trim()).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('shuttle tournament with three delegations', () => {
  it('plays every built-in mediator on a scenario file of three and reports a utility per delegation', async () => {
    const { stringify } = await import('yaml');
    const { nPartyInput } = await import('../fixtures/n-party.ts');
    const path = file('three/mini-3.yaml', stringify(nPartyInput(3)));
    const r = shuttle('--scenario', path, '--games', '4', '--policy', 'all', '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.scenario.id).toBe('mini-3');
    expect(report.policies.map((p) => p.policy)).toEqual(BUILT_IN);
    for (const p of report.policies) {
      expect(p.refused).toBe(0);
      if (p.meanUtility) expect(p.meanUtility).toHaveLength(3);
    }
    expect(report.policies.some((p) => p.outcomes['framework']! > 0)).toBe(true);
  });

  it('shows a utility per delegation in the table, and names all three in the legend', async () => {
    const { stringify } = await import('yaml');
    const { nPartyInput } = await import('../fixtures/n-party.ts');
    const path = file('three/mini-3-table.yaml', stringify(nPartyInput(3)));
    const r = shuttle('--scenario', path, '--games', '4', '--policy', 'broker');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^broker .* \d\.\d{3} \/ \d\.\d{3} \/ \d\.\d{3} /m);
    expect(r.out).toContain('for Northland / Southland / Eastland;');
  });
});
