// Untrusted text: size, aliases, nesting, prototype keys, duplicates, syntax. The loader returns
// problems for all of these and never throws.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { formatOf, MAX_FILE_BYTES, parseUntrusted } from '../../src/scenario/guard.ts';
import { loadScenarioText, type LoadResult } from '../../src/scenario/load.ts';
import { miniInput } from '../fixtures/mini.ts';

/** Loads without throwing, and returns the errors (the load must fail). */
function errorsFor(text: string, fileName: string): string[] {
  let result: LoadResult | undefined;
  expect(() => {
    result = loadScenarioText(text, fileName);
  }).not.toThrow();
  expect(result!.ok).toBe(false);
  return result!.ok ? [] : result!.errors;
}

const billionLaughs = (() => {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n');
})();

describe('formatOf', () => {
  it('goes by the extension, then by the first character', () => {
    expect(formatOf('a.json', 'x: 1')).toBe('json');
    expect(formatOf('a.YAML', '{}')).toBe('yaml');
    expect(formatOf('a.yml', '{}')).toBe('yaml');
    expect(formatOf('a', '  {"a": 1}')).toBe('json');
    expect(formatOf('a', 'a: 1')).toBe('yaml');
  });
});

describe('hostile inputs', () => {
  it('a file over the size limit is refused before parsing', () => {
    const errors = errorsFor(`# ${'x'.repeat(MAX_FILE_BYTES)}`, 'big.yaml');
    expect(errors).toEqual([`(file): the file is too large (${MAX_FILE_BYTES + 2} bytes; at most ${MAX_FILE_BYTES})`]);
  });

  it('the size limit counts bytes, not characters', () => {
    const text = 'é'.repeat(MAX_FILE_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(errorsFor(text, 'big.yaml')[0]).toMatch(/the file is too large/);
    // at the limit, the size is not the problem
    const atLimit = `# ${'x'.repeat(MAX_FILE_BYTES - 2)}`;
    expect(errorsFor(atLimit, 'ok.yaml').join('\n')).not.toMatch(/too large/);
  });

  it('a YAML "billion laughs" alias bomb fails fast with an alias error', () => {
    const errors = errorsFor(billionLaughs, 'bomb.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid YAML: .*alias/i);
  });

  it('a few aliases are fine (they are ordinary YAML)', () => {
    const r = parseUntrusted('a: &x [1, 2]\nb: *x\n', 'yaml');
    expect(r).toMatchObject({ ok: true, value: { a: [1, 2], b: [1, 2] } });
  });

  it('deeply nested JSON is refused by depth', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    // Nesting is refused before parsing, so no parser ever recurses through it.
    // It says where: the bracket that opens the 41st level.
    expect(errorsFor(deep, 'deep.json')).toEqual(['(file): is nested too deeply (more than 40 levels) (line 1, column 41)']);
    const veryDeep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    expect(errorsFor(veryDeep, 'deep.json')).toEqual(['(file): is nested too deeply (more than 40 levels) (line 1, column 201)']);
  });

  it('deeply nested YAML (block style) is refused by depth', () => {
    const lines = ['top:'];
    for (let i = 1; i <= 60; i++) lines.push(`${'  '.repeat(i)}k${i}:`);
    lines.push(`${'  '.repeat(61)}leaf`);
    const deepest = ['top', ...Array.from({ length: 40 }, (_, i) => `k${i + 1}`)].join('.');
    expect(errorsFor(lines.join('\n'), 'deep.yaml')).toEqual([`${deepest}: is nested too deeply (more than 40 levels) (line 41, column 81)`]);
  });

  it('nesting within the limit is not refused for its depth', () => {
    const r = parseUntrusted(`${'['.repeat(30)}${']'.repeat(30)}`, 'json');
    expect(r.ok).toBe(true);
  });

  it('a file with too many entries is refused', () => {
    const errors = errorsFor(`[${Array(250_000).fill('0').join(',')}]`, 'many.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): the file has too many entries \(more than 200000\) \(line 1, column \d+\)$/);
  });

  it('a __proto__ key is rejected, in JSON and in YAML, and Object.prototype is not polluted', () => {
    const json = errorsFor('{"__proto__": {"polluted": "yes"}}', 'p.json');
    expect(json).toEqual(['__proto__: this key is not allowed (line 1, column 2)']);
    const yaml = errorsFor('__proto__:\n  polluted: yes\n', 'p.yaml');
    expect(yaml).toEqual(['__proto__: this key is not allowed (line 1, column 1)']);
    // nested inside an otherwise valid scenario
    const input = JSON.stringify(miniInput()).replace('"name":"north delegation"', '"__proto__":{"polluted":"yes"},"name":"north delegation"');
    expect(errorsFor(input, 'p.json')).toEqual([expect.stringMatching(/^delegations\[0\]\.__proto__: this key is not allowed \(line 1, column \d+\)$/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('JSON with a constructor or prototype key is rejected', () => {
    expect(errorsFor('{"constructor": {"prototype": {"polluted": 1}}}', 'c.json')).toEqual(['constructor: this key is not allowed (line 1, column 2)']);
    expect(errorsFor('{"id": "x", "meta": {"prototype": 1}}', 'c.json')).toContain('meta.prototype: this key is not allowed (line 1, column 22)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('duplicate keys in YAML are rejected', () => {
    const errors = errorsFor('id: mini\ntitle: One\ntitle: Two\n', 'dup.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid YAML: .*unique.* \(line 3, column 1\)$/i);
  });

  it('a duplicated field in a valid YAML scenario is rejected, not silently overwritten', () => {
    const text = toYaml(miniInput()).replace(/^title: .*$/m, (line) => `${line}\ntitle: Another title`);
    expect(errorsFor(text, 'dup.yaml')[0]).toMatch(/unique/i);
  });

  // BUG (src/scenario/guard.ts): JSON.parse keeps the last of duplicate keys, so a JSON scenario
  // with a field written twice loads silently with the second value, while the same file in
  // YAML is refused (uniqueKeys). The guard should treat both formats alike.
  it('a duplicated field in a JSON scenario is rejected like in YAML', () => {
    const text = JSON.stringify(miniInput()).replace('"title":"Mini talks"', '"title":"Mini talks","title":"Another title"');
    errorsFor(text, 'dup.json');
  });

  it('invalid YAML syntax is reported as such', () => {
    const errors = errorsFor('id: mini\ntitle: [unclosed\nplace: x\n', 'bad.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid YAML/);
  });

  // BUG (src/scenario/guard.ts): parseYaml is called with prettyErrors: false, so YAMLParseError
  // has no linePos and the "(line L, column C)" the guard means to add is never written.
  it('invalid YAML syntax names the line', () => {
    const errors = errorsFor('id: mini\ntitle: [unclosed\nplace: x\n', 'bad.yaml');
    expect(errors[0]).toMatch(/line \d+/);
  });

  it('invalid JSON is reported as such', () => {
    const errors = errorsFor('{"id": "mini",, }', 'bad.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid JSON/);
  });

  it('other odd YAML is refused without throwing', () => {
    for (const text of ['a: 1\n---\nb: 2\n', 'a:\n\t- b\n', '<<: {a: 1}\n', '\u0000', '{', ']', '&a [*a]', '*undefinedAlias']) {
      expect(errorsFor(text, 'odd.yaml').length).toBeGreaterThan(0);
    }
  });
});

describe('very deep YAML flow nesting (in a child process: it can abort the process)', () => {
  // BUG (src/scenario/guard.ts): depth is checked only after parsing, so a few kilobytes of
  // "[[[[...]]]]" reach the YAML parser's recursion. The first such file gives "Maximum call stack
  // size exceeded"; loading such a file again aborts Node with "FATAL ERROR: RegExpCompiler
  // Allocation failed - process out of memory" (exit 134), which no try/catch can stop. The guard
  // should refuse deep nesting before parsing (e.g. by scanning bracket and indent depth).
  it('a 2000-level YAML flow sequence, loaded three times, is refused by depth and the process survives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuttle-guard-'));
    try {
      const loader = fileURLToPath(new URL('../../src/scenario/load.ts', import.meta.url));
      const script = join(dir, 'deep.ts');
      writeFileSync(
        script,
        [
          `import { loadScenarioText } from ${JSON.stringify(loader)};`,
          `const text = '['.repeat(2000) + ']'.repeat(2000);`,
          `const results = [1, 2, 3].map(() => loadScenarioText(text, 'deep.yaml'));`,
          `console.log(JSON.stringify(results));`,
        ].join('\n'),
      );
      const root = fileURLToPath(new URL('../..', import.meta.url));
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
      expect({ status: child.status, signal: child.signal, fatal: /FATAL ERROR[^\n]*/.exec(child.stderr)?.[0] ?? null }).toEqual({ status: 0, signal: null, fatal: null });
      const results = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as LoadResult[];
      for (const r of results) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.join('\n')).toMatch(/nested too deeply/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
