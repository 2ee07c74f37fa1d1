// A tournament's entrants from its --policy arguments: built-in names, `all`, and policy modules
// (.mjs, .ts, CommonJS .js) by path, each checked with one clear line for what is wrong.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../src/cli/scenarios.ts';
import { loadPolicyModule } from '../../src/cli/policy-module.ts';
import { resolveEntrants } from '../../src/cli/tournament-entrants.ts';
// Imported as well as loaded by path, so that `tsc` checks the TypeScript example against the game's types.
import drafter from '../../examples/policies/drafter.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuttle-policies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RECESSER = `{ create() { return { next: (v) => (v.phase === 'briefing' ? { type: 'BEGIN' } : v.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' }) }; } }`;

function file(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** The CliError a promise fails with: its message and exit code. */
async function failure(promise: Promise<unknown>): Promise<{ message: string; exitCode: number }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
    throw err;
  }
  throw new Error('expected a failure');
}

describe('policy modules', () => {
  it('loads the examples, in JavaScript and in TypeScript', async () => {
    expect((await loadPolicyModule('examples/policies/courier.mjs')).name).toBe('courier');
    expect((await loadPolicyModule('examples/policies/drafter.ts')).name).toBe(drafter.name);
  });

  it('loads a .ts module outside the project, and a CommonJS .js one', async () => {
    const ts = file('mine/lean.ts', `const policy = { name: 'lean', ${RECESSER.slice(1)};\nexport default policy;\n`);
    expect((await loadPolicyModule(ts)).name).toBe('lean');
    const cjs = file('cjs/old.js', `module.exports = { name: 'old', ${RECESSER.slice(1)};\n`);
    expect((await loadPolicyModule(cjs)).name).toBe('old');
  });

  it.each([
    ['no default export', 'shape1.mjs', `export const policy = { name: 'x', ${RECESSER.slice(1)};`, /shape1\.mjs: the default export must be \{ name, create\(\) \}$/],
    ['no create', 'shape2.mjs', `export default { name: 'x' };`, /the default export must be \{ name, create\(\) \}$/],
    ['a name that is no name', 'shape3.mjs', `export default { name: '', ${RECESSER.slice(1)};`, /shape3\.mjs: the name must be 1 to 40 characters on one line/],
    ['a create() that returns no mediator', 'shape4.mjs', `export default { name: 'x', create() { return {}; } };`, /shape4\.mjs: create\(\) must return \{ next\(view\) \}$/],
    ['a create() that throws', 'shape5.mjs', `export default { name: 'x', create() { throw new TypeError('no luck'); } };`, /shape5\.mjs: create\(\) failed \(TypeError: no luck\)$/],
    // The words after it are the loader's (Vite's here, Node's in the command).
    ['a syntax error', 'syntax.mjs', `export default { name: 'x', create( };`, /syntax\.mjs: cannot load the module \(/],
    ['a throw when loaded', 'throws.mjs', `throw new RangeError('loaded badly');`, /throws\.mjs: cannot load the module \(RangeError: loaded badly\)$/],
  ])('refuses %s with one line (exit 1)', async (_what, name, text, message) => {
    const f = await failure(loadPolicyModule(file(name, text)));
    expect(f.message).toMatch(message);
    expect(f.message).not.toContain('\n');
    expect(f.exitCode).toBe(1);
  });
});

describe('--policy arguments', () => {
  it('default to every built-in policy', async () => {
    const { specs, entrants } = await resolveEntrants([]);
    expect(entrants.map((e) => e.name)).toEqual(['passive', 'random', 'formulator', 'manipulator', 'broker', 'planner']);
    expect(specs.every((s) => s.kind === 'builtin')).toBe(true);
    expect((await resolveEntrants(['all'])).entrants.map((e) => e.name)).toEqual(entrants.map((e) => e.name));
  });

  it('keep the order given, modules by absolute path', async () => {
    const { specs } = await resolveEntrants(['broker', 'examples/policies/courier.mjs', 'passive']);
    expect(specs.map((s) => s.name)).toEqual(['broker', 'courier', 'passive']);
    expect(specs[1]).toMatchObject({ kind: 'module', file: join(process.cwd(), 'examples/policies/courier.mjs') });
  });

  it('suffix a module whose name is taken, by a built-in or another module', async () => {
    const a = file('clash/a.mjs', `export default { name: 'broker', ${RECESSER.slice(1)};`);
    const b = file('clash/b.mjs', `export default { name: 'broker', ${RECESSER.slice(1)};`);
    const { entrants } = await resolveEntrants([a, 'broker', b]);
    expect(entrants.map((e) => e.name)).toEqual(['broker (2)', 'broker', 'broker (3)']);
  });

  it.each([
    [['broker', 'broker'], /^policy "broker" is given twice; give each policy once$/, 2],
    [['all', 'passive'], /^policy "passive" is given twice \(all holds every built-in policy\)/, 2],
    [['random', 'all'], /^policy "random" is given twice \(all holds every built-in policy\)/, 2],
    [['all', 'all'], /^policy "all" is given twice/, 2],
    [['examples/policies/courier.mjs', './examples/policies/courier.mjs'], /^policy "\.\/examples\/policies\/courier\.mjs" is given twice/, 2],
    [['nobody'], /^unknown policy "nobody" \(choose passive, random, formulator, manipulator, broker, planner, all, or a path to a \.mjs, \.js or \.ts module\)$/, 2],
    [['policies/x.cjs'], /^policies\/x\.cjs: a policy module must be a \.mjs, \.js or \.ts file$/, 2],
    [['no/such/policy.mjs'], /^no\/such\/policy\.mjs: no such file$/, 1],
    [['examples/policies'], /^examples\/policies: a policy module must be a \.mjs, \.js or \.ts file$/, 2],
  ])('%j: one clear line', async (args, message, exitCode) => {
    const f = await failure(resolveEntrants(args));
    expect(f.message).toMatch(message);
    expect(f.exitCode).toBe(exitCode);
  });
});
