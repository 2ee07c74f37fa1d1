// Class packs: a scenario from disk and its class code in one file. A pack round-trips to the
// same scenario and game; anything else is refused with a reason, never thrown.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/classroom/code.ts';
import { classPackFileName, makeClassPack, readClassPack } from '../../src/classroom/pack.ts';
import { loadScenarioText } from '../../src/scenario/index.ts';
import type { Settings } from '../../src/model/index.ts';

const MUSCAT = readFileSync('scenarios/muscat-2026.yaml', 'utf8');
/** A scenario no copy of the game ships: Muscat under another id and title, as a teacher might adapt it. */
const ADAPTED = MUSCAT.replace(/^id: muscat-2026$/m, 'id: muscat-class-7b').replace(/^title: .*$/m, 'title: "Muscat, class 7B"');
const SETTINGS: Settings = { seed: 4242, names: 'titles', allowDistortion: false, difficulty: 'hard', rounds: 2, people: [true, false] };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('class packs', () => {
  it('carry a scenario no copy ships, and start the game its code names', () => {
    expect(ADAPTED).not.toBe(MUSCAT);
    const code = encodeClassCode({ scenarioId: 'muscat-class-7b', settings: SETTINGS });
    const pack = makeClassPack(code, 'muscat-class-7b.yaml', ADAPTED);
    const read = readClassPack(bytes(pack), 'pack.json');
    const loaded = loadScenarioText(ADAPTED, 'muscat-class-7b.yaml');
    if (!read.ok || !loaded.ok) throw new Error(read.ok ? 'scenario' : read.error);
    expect(read.scenarioId).toBe('muscat-class-7b');
    expect(read.settings).toEqual(SETTINGS);
    expect(read.hash).toBe(loaded.hash);
    expect(read.scenario.title).toBe('Muscat, class 7B');
    expect(read.text).toBe(ADAPTED);
    expect(read.fileName).toBe('muscat-class-7b.yaml');
  });

  it('name their file by scenario and code', () => {
    expect(classPackFileName('muscat-class-7b', 'K7Q2-M9XF-3')).toBe('muscat-class-7b-class-K7Q2-M9XF-3.json');
  });

  it('refuse a file that is not a pack, naming the file', () => {
    for (const text of ['not json at all {', '[1, 2, 3]', '{"kind": "shuttle-save"}', JSON.stringify({ kind: 'shuttle-class-pack', format: 1, code: 5, scenario: {} })]) {
      const r = readClassPack(bytes(text), 'odd.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('odd.json');
    }
  });

  it('refuse a pack of a newer kind, asking for a reload', () => {
    const code = encodeClassCode({ scenarioId: 'muscat-2026', settings: SETTINGS });
    const newer = JSON.parse(makeClassPack(code, 'm.yaml', MUSCAT)) as { format: number };
    newer.format = 2;
    const r = readClassPack(bytes(JSON.stringify(newer)), 'new.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/newer.*reload/);
  });

  it('refuse a pack whose scenario has problems, with the field and line', () => {
    const broken = ADAPTED.replace(/^(\s+initial: )0\.42$/m, '$1seven');
    expect(broken).not.toBe(ADAPTED);
    const code = encodeClassCode({ scenarioId: 'muscat-class-7b', settings: SETTINGS });
    const r = readClassPack(bytes(makeClassPack(code, 'broken.yaml', broken)), 'broken-pack.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('broken-pack.json');
      expect(r.error).toMatch(/delegations\[0\]\.reservation\.initial/);
      expect(r.error).toMatch(/line \d+/);
    }
  });

  it('refuse a pack whose code names another scenario, or has a typo', () => {
    const other = encodeClassCode({ scenarioId: 'camp-david-1978', settings: SETTINGS });
    const r = readClassPack(bytes(makeClassPack(other, 'a.yaml', ADAPTED)), 'mixed.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/another scenario/);
    const code = encodeClassCode({ scenarioId: 'muscat-class-7b', settings: SETTINGS });
    const typo = code.slice(0, 2) + (code[2] === 'A' ? 'B' : 'A') + code.slice(3);
    const t = readClassPack(bytes(makeClassPack(typo, 'a.yaml', ADAPTED)), 'typo.json');
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error).toContain('typo.json');
  });

  it('never throw on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        expect(readClassPack(b, 'x.json').ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(readClassPack(bytes(JSON.stringify(v)), 'x.json').ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
