// The layering of DESIGN.md §1 is checked by dependency-cruiser with the project's own rules
// (.dependency-cruiser.cjs, run by `npm run check:layers` in CI). Here the rules are run on
// small trees that break them, one way each, to show that the check fails when it should, and
// on the project's own tree, which keeps them.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const rules = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A tree of files under src/ in a new folder; returns the violated rules' names. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const result = await cruise(['src'], { ...rules.options, ruleSet: { forbidden: rules.forbidden }, validate: true } as never);
    return (result.output as ICruiseResult).summary.violations.map((v) => v.rule.name).sort();
  } finally {
    process.chdir(previous);
  }
}

const face = (layer: string, from: string[] = []) => ({
  [`src/${layer}/index.ts`]: `${from.map((f) => `import '${f}';`).join('\n')}\nexport const ${layer} = 1;\n`,
});

describe('the layer check', () => {
  it('passes a tree that keeps the rules', async () => {
    expect(await violations({ ...face('lib'), ...face('model', ['../lib/index.ts']), ...face('game', ['../model/index.ts']) })).toEqual([]);
  });

  it('fails an import that points up', async () => {
    expect(await violations({ ...face('model', ['../game/index.ts']), ...face('game') })).toContain('layer-model');
  });

  it('fails an import past another layer’s public face', async () => {
    expect(await violations({ ...face('model'), 'src/model/rules.ts': 'export const x = 1;\n', ...face('machine', ['../model/rules.ts']) })).toContain('public-face');
  });

  it('fails a cycle, inside one layer too', async () => {
    const found = await violations({ ...face('game', ['./a.ts']), 'src/game/a.ts': "import './b.ts';\n", 'src/game/b.ts': "import './a.ts';\n" });
    expect(found).toContain('no-circular');
  });

  it('fails one top folder importing another', async () => {
    expect(await violations({ ...face('cli', ['../game/index.ts']), ...face('game') })).toContain('top-cli');
  });

  it('fails Phaser outside the game, and Node built-ins in the core', async () => {
    expect(await violations({ ...face('present'), 'src/present/draw.ts': "import 'phaser';\n" })).toContain('phaser-only-in-game');
    expect(await violations({ ...face('model'), 'src/model/read.ts': "import 'node:fs';\n" })).toContain('node-only-at-the-edges');
  });

  it('passes the project’s own tree', async () => {
    const result = await cruise(['src'], { ...rules.options, ruleSet: { forbidden: rules.forbidden }, validate: true } as never);
    const found = (result.output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual([]);
  }, 60_000);
});
